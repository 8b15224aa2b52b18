import { InputError } from '../common/errors.js'
import { shown } from '../common/untrusted.js'

/** What the session of role-to-assume carries besides its name: tags and session policies. */
export interface SessionOptions {
  tags: { Key: string; Value: string }[]
  transitiveTagKeys: string[]
  /** An inline session policy, as JSON text. */
  policy?: string
  policyArns: string[]
}

/** The GitHub context the `github` tag set is made from. */
export interface TagContext {
  env: NodeJS.ProcessEnv
  githubEnvironment?: string
}

/** STS's limits: https://docs.aws.amazon.com/STS/latest/APIReference/API_Tag.html */
const MAX_TAGS = 50
const MAX_KEY = 128
const MAX_VALUE = 256
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const NOT_TAG_TEXT = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu
const MAX_INLINE_POLICY = 2048
const MAX_POLICY_ARNS = 10
const POLICY_ARN = /^arn:aws[\w-]*:iam::(\d{12}|aws):policy\/[\w+=,.@/-]+$/

/**
 * role-session-tags: one `Key=Value` per line; the line `github` adds Repository, Workflow,
 * Action, Actor, Commit, Branch and, with github-environment, Environment, each made to fit STS's
 * rules (other characters become `_`, long values are cut).
 */
export function parseSessionTags(text: string, ctx: TagContext): SessionOptions['tags'] {
  const tags: SessionOptions['tags'] = []
  for (const line of text.split(/\r?\n/).map(l => l.trim())) {
    if (!line) continue
    if (line === 'github') tags.push(...githubTags(ctx))
    else tags.push(tagOf(line))
  }
  const seen = new Set<string>()
  for (const { Key } of tags) {
    // STS compares tag keys without regard to case.
    if (seen.has(Key.toLowerCase())) {
      throw new InputError(`Input 'role-session-tags' gives the tag ${shown(Key)} twice.`)
    }
    seen.add(Key.toLowerCase())
  }
  if (tags.length > MAX_TAGS) {
    throw new InputError(
      `Input 'role-session-tags' gives ${tags.length} tags; STS takes at most ${MAX_TAGS}.`
    )
  }
  return tags
}

function tagOf(line: string): { Key: string; Value: string } {
  const at = line.indexOf('=')
  const Key = (at === -1 ? line : line.slice(0, at)).trim()
  const Value = at === -1 ? '' : line.slice(at + 1).trim()
  if (at === -1 || !Key || Key.length > MAX_KEY || !TAG_TEXT.test(Key)) {
    throw new InputError(
      `Input 'role-session-tags' has the line ${shown(line)}: expected Key=Value, with a key of ` +
        `1 to ${MAX_KEY} letters, digits, spaces and _.:/=+-@ (or the line github).`
    )
  }
  if (Value.length > MAX_VALUE || !TAG_TEXT.test(Value)) {
    throw new InputError(
      `Input 'role-session-tags' gives ${shown(Key)} the value ${shown(Value)}: expected at most ` +
        `${MAX_VALUE} letters, digits, spaces and _.:/=+-@.`
    )
  }
  return { Key, Value }
}

function githubTags({ env, githubEnvironment }: TagContext): { Key: string; Value: string }[] {
  const values: [string, string | undefined][] = [
    ['Repository', env.GITHUB_REPOSITORY],
    ['Workflow', env.GITHUB_WORKFLOW],
    ['Action', env.GITHUB_ACTION],
    ['Actor', env.GITHUB_ACTOR],
    ['Commit', env.GITHUB_SHA],
    ['Branch', env.GITHUB_REF_NAME ?? env.GITHUB_REF],
    ['Environment', githubEnvironment]
  ]
  return values.flatMap(([Key, value]) =>
    value ? [{ Key, Value: value.replace(NOT_TAG_TEXT, '_').slice(0, MAX_VALUE) }] : []
  )
}

/** transitive-tag-keys: keys of the session's own tags, one per line or comma-separated. */
export function parseTransitiveTagKeys(
  text: string,
  tags: SessionOptions['tags']
): SessionOptions['transitiveTagKeys'] {
  const keys = text
    .split(/[\n,]/)
    .map(k => k.trim())
    .filter(Boolean)
  const known = new Set(tags.map(t => t.Key.toLowerCase()))
  const stray = keys.find(k => !known.has(k.toLowerCase()))
  if (stray !== undefined) {
    throw new InputError(
      `Input 'transitive-tag-keys' names ${shown(stray)}, which role-session-tags does not set: ` +
        `only the session's own tags can be passed on.`
    )
  }
  return keys
}

/** inline-session-policy: a JSON policy document, checked before any call. */
export function parseInlinePolicy(text: string): string | undefined {
  const trimmed = text.trim()
  if (!trimmed) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(trimmed)
  } catch (err) {
    throw new InputError(
      `Input 'inline-session-policy' is not valid JSON (${(err as Error).message}): give a ` +
        `policy document such as {"Version":"2012-10-17","Statement":[...]}.`
    )
  }
  if (typeof parsed !== 'object' || parsed === null || !('Statement' in parsed)) {
    throw new InputError(
      `Input 'inline-session-policy' is JSON but not a policy document: it needs a Statement.`
    )
  }
  // Sent compact: STS counts the characters of the text it is given.
  const compact = JSON.stringify(parsed)
  if (compact.length > MAX_INLINE_POLICY) {
    throw new InputError(
      `Input 'inline-session-policy' is ${compact.length} characters without spaces; STS takes ` +
        `at most ${MAX_INLINE_POLICY}: use managed-session-policies for longer ones.`
    )
  }
  return compact
}

/** managed-session-policies: ARNs of managed policies, one per line or comma-separated. */
export function parsePolicyArns(text: string): string[] {
  const arns = text
    .split(/[\n,]/)
    .map(a => a.trim())
    .filter(Boolean)
  const wrong = arns.find(a => !POLICY_ARN.test(a))
  if (wrong !== undefined) {
    throw new InputError(
      `Input 'managed-session-policies' holds ${shown(wrong)}, which is not the ARN of an IAM ` +
        `managed policy (arn:aws:iam::123456789012:policy/NAME or arn:aws:iam::aws:policy/NAME).`
    )
  }
  if (arns.length > MAX_POLICY_ARNS) {
    throw new InputError(
      `Input 'managed-session-policies' names ${arns.length} policies; STS takes at most ` +
        `${MAX_POLICY_ARNS}.`
    )
  }
  return arns
}
