/**
 * Every IAM permission the action needs, in one place: the dry run reports against it, error
 * messages quote its statements, and the setup guide's policies are generated from it
 * (scripts/docs.mjs). The catalogue itself is in permissions/catalogue.ts; this module looks it
 * up and renders it. Neither uses a package at run time, so the docs script can transpile and
 * load them without a build.
 */
import { REQUIREMENTS } from './permissions/catalogue.js'
import type {
  Condition,
  IamStatement,
  Level,
  PolicyDocument,
  PolicyKind,
  PolicyVars,
  Requirement,
  Setup
} from './permissions/types.js'

export { POLICIES, REQUIREMENTS } from './permissions/catalogue.js'
export type {
  Condition,
  IamStatement,
  Level,
  PolicyDocument,
  PolicyKind,
  PolicyVars,
  Requirement,
  Setup
} from './permissions/types.js'

export function requirementsFor(setup: Setup, levels: readonly Level[] = LEVELS): Requirement[] {
  return REQUIREMENTS.filter(r => levels.includes(r.level) && r.applies(setup))
}

export const LEVELS: readonly Level[] = ['required', 'recommended', 'dry-run']

/** Every action any statement names. */
export function allActions(): string[] {
  return [...new Set(REQUIREMENTS.flatMap(r => r.actions))].sort()
}

/**
 * The statement that grants `action` in `policy`. A bucket policy grants s3:GetObject both to
 * the instances and to the uploader: `sid` tells them apart.
 */
export function requirementFor(
  action: string,
  policy: PolicyKind,
  sid?: string
): Requirement | undefined {
  const candidates = REQUIREMENTS.filter(r => r.policy === policy && r.actions.includes(action))
  return candidates.find(r => sid === undefined || r.sid === sid)
}

type Vars = Partial<PolicyVars> & { uploaderRoleArn?: string }

/** Fills `{name}` placeholders; unknown ones stay as `{name}` for the reader to replace. */
export function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = (vars as Record<string, string | undefined>)[name]
    return value === undefined || value === '' ? whole : value
  })
}

function fillDeep(condition: Condition, vars: Vars): Condition {
  const out: Condition = {}
  for (const [op, entries] of Object.entries(condition)) {
    out[op] = {}
    for (const [key, value] of Object.entries(entries)) {
      out[op][key] = Array.isArray(value) ? value.map(v => fill(v, vars)) : fill(value, vars)
    }
  }
  return out
}

function one(values: string[]): string | string[] {
  return values.length === 1 ? values[0] : values
}

/**
 * The statement as IAM JSON. The uploading role of a bucket policy depends on
 * upload-credentials, so `setup` picks it when given.
 */
export function renderStatement(
  req: Requirement,
  vars: Vars,
  setup?: Pick<Setup, 'upload'>
): IamStatement {
  const uploader = setup?.upload === 'source' ? vars.sourceRoleArn : vars.targetRoleArn
  const all: Vars = { uploaderRoleArn: uploader ?? '{uploaderRoleArn}', ...vars }
  const principal = req.principal && {
    Principal: Object.fromEntries(Object.entries(req.principal).map(([k, v]) => [k, fill(v, all)]))
  }
  const resource = req.resources.length > 0 && {
    Resource: one(req.resources.map(r => fill(r, all)))
  }
  // Key order as in IAM's own examples: principal before action, action before resource.
  const statement: IamStatement = {
    Sid: req.sid,
    Effect: 'Allow',
    ...principal,
    Action: one([...req.actions]),
    ...resource
  }
  const condition = req.condition?.(all)
  if (condition) statement.Condition = fillDeep(condition, all)
  return statement
}

export function policyDocument(
  policy: PolicyKind,
  setup: Setup,
  vars: Vars,
  levels: readonly Level[] = LEVELS
): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: requirementsFor(setup, levels)
      .filter(r => r.policy === policy)
      .map(r => renderStatement(r, vars, setup))
  }
}

/** An IAM pattern with * and ? wildcards as a regular expression. */
function wildcard(pattern: string, flags?: string): RegExp {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${re}$`, flags)
}

/** Does an IAM action pattern (with * and ? wildcards, any case) cover `action`? */
export function actionMatches(pattern: string, action: string): boolean {
  return wildcard(pattern, 'i').test(action)
}

/** Does an IAM resource pattern (with * and ? wildcards) cover `arn`? ARNs are case-sensitive. */
export function resourceMatches(pattern: string, arn: string): boolean {
  return wildcard(pattern).test(arn)
}
