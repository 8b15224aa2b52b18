/**
 * Every YAML example in the README and the guides is copied into real workflows, so each one must
 * be what GitHub accepts and what this action reads: valid YAML, only the inputs and outputs of
 * action.yml, and the permissions its inputs need. The workflows this repository runs itself
 * (.github/workflows) are held to the same.
 *
 * "What GitHub accepts" is GitHub's own workflow parser and schema, @actions/workflow-parser
 * (support/workflow-parser.ts says why that one and not actionlint): every key, every `${{ }}`
 * expression and the contexts it may use there, and the job graph. Examples that show only steps
 * are wrapped in a minimal workflow first, and its problems are reported at the lines of the
 * markdown file. What no parser can know, this file checks itself against action.yml: the inputs
 * passed and the outputs read, and the permissions the inputs need.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import * as path from 'node:path'
import { parse, parseDocument } from 'yaml'
import { REQUIREMENTS, requirementsFor, type Setup } from '../src/advice/permissions.js'
import { workflowParser, type ParserProblem } from './support/workflow-parser.js'

const root = process.cwd()
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')

interface ActionSpec {
  inputs: Record<string, { required?: boolean }>
  outputs: Record<string, unknown>
}

const action = parse(read('action.yml')) as ActionSpec

/** A ```yaml block of a markdown file, with where it is for the failure message. */
interface Example {
  file: string
  line: number
  section: string
  text: string
  /** Preceded by `<!-- not-a-workflow -->`: parsed, but not read as a workflow. */
  notWorkflow: boolean
}

/**
 * Examples that show a few steps rather than a whole workflow. Their steps are checked inside a
 * job; the permissions belong to the workflow around them, which the reason names.
 */
const STEP_FRAGMENTS: readonly { file: string; section: string; reason: string }[] = [
  {
    file: 'README.md',
    section: 'Gate releases on the deployment',
    reason:
      'steps reading the outputs; they go in a job like the Usage example, with its permissions'
  }
]

/**
 * The examples use the setup guide's roles, and the guide lets the development role sign in,
 * assume the production role and upload, but call no CodeDeploy API.
 */
const developmentRoleCallsCodeDeploy = REQUIREMENTS.some(
  r => r.policy === 'source-permissions' && r.actions.some(a => a.startsWith('codedeploy:'))
)

const NOT_A_WORKFLOW = '<!-- not-a-workflow -->'

function yamlExamples(file: string, markdown: string): Example[] {
  const lines = markdown.split('\n')
  const examples: Example[] = []
  let section = ''
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#+\s+(.*)$/.exec(lines[i])
    if (heading) section = heading[1].trim()
    const fence = /^(\s*)```ya?ml\s*$/i.exec(lines[i])
    if (!fence) continue
    const indent = fence[1].length
    const body: string[] = []
    let end = i + 1
    while (end < lines.length && lines[end].trim() !== '```') body.push(lines[end++].slice(indent))
    let before = i - 1
    while (before >= 0 && lines[before].trim() === '') before--
    examples.push({
      file,
      line: i + 1,
      section,
      text: `${body.join('\n')}\n`,
      notWorkflow: before >= 0 && lines[before].trim() === NOT_A_WORKFLOW
    })
    i = end
  }
  return examples
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonMap = { [key: string]: Json }

const isMap = (value: unknown): value is JsonMap =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Parses as GitHub does: duplicate keys, several documents or any error make it invalid. */
function parseStrict(text: string): { value: Json; problems: string[] } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false })
  const problems = [...doc.errors, ...doc.warnings].map(
    e => `invalid YAML: ${e.message.split('\n')[0]}`
  )
  return { value: doc.toJS() as Json, problems }
}

/** `OWNER/cross-account-codedeploy-action@REF`, or `./` in this repository's own workflows. */
function usesThisAction(uses: Json): boolean {
  return (
    typeof uses === 'string' &&
    (/^[\w.-]+\/cross-account-codedeploy-action(@|$)/.test(uses) || /^\.\/?$/.test(uses))
  )
}

type Grant = 'none' | 'read' | 'write'

/**
 * What the job's token holds for `scope`. With no `permissions:` at all, the repository's default
 * applies, which may be read-only: only read access to contents can be counted on, and never an
 * OIDC token.
 */
function granted(permissions: Json | undefined, scope: string): Grant {
  if (permissions === undefined) return scope === 'contents' ? 'read' : 'none'
  if (permissions === 'write-all') return 'write'
  if (permissions === 'read-all') return scope === 'id-token' ? 'none' : 'read'
  if (!isMap(permissions)) return 'none'
  const level = permissions[scope]
  return level === 'write' || level === 'read' ? level : 'none'
}

const covers = (have: Grant, need: Grant) =>
  need === 'none' || have === 'write' || (have === 'read' && need === 'read')

function strings(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (isMap(value)) return Object.values(value).flatMap(strings)
  return []
}

const filled = (value: Json | undefined) => value !== undefined && value !== null && value !== ''

/** Problems of one step that uses this action: its inputs, and the permissions they need. */
function actionStepProblems(
  step: JsonMap,
  earlier: JsonMap[],
  permissions: Json | undefined,
  checkPermissions: boolean
): string[] {
  const problems: string[] = []
  const inputs = step.with ?? {}
  if (!isMap(inputs)) return ['`with:` must be a mapping of inputs']
  for (const [name, value] of Object.entries(inputs)) {
    if (!(name in action.inputs)) problems.push(`input '${name}' is not in action.yml`)
    if (isMap(value) || Array.isArray(value)) {
      problems.push(
        `input '${name}' must be a string, not a ${Array.isArray(value) ? 'list' : 'mapping'}`
      )
    }
  }
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.required && !filled(inputs[name])) problems.push(`required input '${name}' is missing`)
  }
  if (
    filled(inputs['oidc-role-arn']) &&
    !filled(inputs['role-to-assume']) &&
    !developmentRoleCallsCodeDeploy
  ) {
    problems.push(
      'oidc-role-arn without role-to-assume calls CodeDeploy as the development role, which the setup guide grants no CodeDeploy permission'
    )
  }
  if (!checkPermissions) return problems
  const configured = earlier.some(
    s => typeof s.uses === 'string' && s.uses.startsWith('aws-actions/configure-aws-credentials@')
  )
  const oidc = filled(inputs['oidc-role-arn']) || (filled(inputs['role-to-assume']) && !configured)
  const needs: [boolean, string, Grant, string][] = [
    [oidc, 'id-token', 'write', 'the GitHub OIDC token'],
    [filled(inputs['github-environment']), 'deployments', 'write', 'github-environment']
  ]
  for (const [applies, scope, level, why] of needs) {
    if (applies && !covers(granted(permissions, scope), level)) {
      problems.push(`needs \`permissions: ${scope}: ${level}\` for ${why}`)
    }
  }
  return problems
}

/** Output reads (`steps.ID.outputs.NAME`, `needs.JOB.outputs.NAME`) in a job's strings. */
function outputProblems(job: JsonMap, steps: JsonMap[], jobs: JsonMap): string[] {
  const problems: string[] = []
  const byId = new Map(steps.filter(s => typeof s.id === 'string').map(s => [s.id as string, s]))
  const needs = [job.needs ?? []].flat().map(String)
  for (const text of strings(job)) {
    for (const [, id, output] of text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const step = byId.get(id)
      if (!step) problems.push(`reads steps.${id}.outputs.${output}, but no step has id '${id}'`)
      else if (usesThisAction(step.uses ?? null) && !(output in action.outputs)) {
        problems.push(`reads output '${output}' of step '${id}', which action.yml does not declare`)
      }
    }
    for (const [, name, output] of text.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const other = jobs[name]
      const declared = isMap(other) && isMap(other.outputs) ? other.outputs : {}
      if (!needs.includes(name)) problems.push(`reads needs.${name}, but the job does not need it`)
      else if (!(output in declared)) problems.push(`job '${name}' has no output '${output}'`)
    }
  }
  return problems
}

function jobProblems(
  name: string,
  job: Json,
  workflow: JsonMap,
  checkPermissions: boolean
): string[] {
  if (!isMap(job)) return [`job '${name}' is not a mapping`]
  if (typeof job.uses === 'string') return []
  if (!filled(job['runs-on'])) return [`job '${name}' has no runs-on`]
  if (!Array.isArray(job.steps) || !job.steps.every(isMap)) {
    return [`job '${name}' needs a list of steps`]
  }
  const steps = job.steps
  const permissions = job.permissions ?? workflow.permissions
  const problems: string[] = []
  const ids = steps.map(s => s.id).filter(id => id !== undefined)
  for (const id of ids.filter((id, i) => ids.indexOf(id) !== i)) {
    problems.push(`step id '${String(id)}' is used twice`)
  }
  steps.forEach((step, i) => {
    const where = `job '${name}', step ${i + 1}`
    if (['uses', 'run'].filter(key => key in step).length !== 1) {
      problems.push(`${where}: a step has either uses: or run:`)
    }
    if (typeof step.uses === 'string' && step.uses.startsWith('actions/checkout@')) {
      if (checkPermissions && !covers(granted(permissions, 'contents'), 'read')) {
        problems.push(`${where}: needs \`permissions: contents: read\` to check out`)
      }
    }
    if (usesThisAction(step.uses ?? null)) {
      const found = actionStepProblems(step, steps.slice(0, i), permissions, checkPermissions)
      problems.push(...found.map(p => `${where}: ${p}`))
    }
  })
  const jobs = isMap(workflow.jobs) ? workflow.jobs : {}
  problems.push(...outputProblems(job, steps, jobs).map(p => `job '${name}': ${p}`))
  return problems
}

type ExampleKind = 'workflow' | 'steps' | 'not-a-workflow'

/** Everything wrong with one example, as lines for the failure message; empty when it is right. */
function exampleProblems(text: string, kind: ExampleKind): string[] {
  const { value, problems } = parseStrict(text)
  if (problems.length > 0 || kind === 'not-a-workflow') return problems
  if (kind === 'steps') {
    if (!Array.isArray(value)) return ['expected a list of steps']
    return jobProblems('example', { 'runs-on': 'ubuntu-latest', steps: value }, {}, false)
  }
  if (!isMap(value)) return ['expected a workflow (a mapping with on: and jobs:)']
  if (!filled(value.on)) problems.push('a workflow needs on:')
  if (!isMap(value.jobs) || Object.keys(value.jobs).length === 0) {
    return [...problems, 'a workflow needs jobs:']
  }
  for (const [name, job] of Object.entries(value.jobs)) {
    problems.push(...jobProblems(name, job, value, true))
  }
  return problems
}

function kindOf(example: Example): ExampleKind {
  if (example.notWorkflow) return 'not-a-workflow'
  const fragment = STEP_FRAGMENTS.some(
    f => f.file === example.file && f.section === example.section
  )
  return fragment ? 'steps' : 'workflow'
}

const docFiles = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
]
const examples = docFiles.flatMap(file => yamlExamples(file, read(file)))

const workflowFiles = readdirSync(path.join(root, '.github', 'workflows'))
  .filter(name => /\.ya?ml$/.test(name))
  .map(name => `.github/workflows/${name}`)

/** The workflow around a list of steps, and how many lines and columns it adds before them. */
const STEPS_WRAPPER = 'on: push\njobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n'
const WRAPPER_LINES = 5
const WRAPPER_INDENT = 6

function wrapSteps(text: string): string {
  const steps = text
    .split('\n')
    .map(line => (line === '' ? line : `${' '.repeat(WRAPPER_INDENT)}${line}`))
    .join('\n')
  return `${STEPS_WRAPPER}${steps}`
}

/**
 * What GitHub's parser finds wrong with one example, each as `LINE: message` with the line of the
 * markdown file (`firstLine` is the line of the example's first line of YAML).
 */
async function parserProblems(text: string, kind: ExampleKind, firstLine = 1): Promise<string[]> {
  if (kind === 'not-a-workflow') return []
  const parser = await workflowParser()
  const steps = kind === 'steps'
  const found = await parser.workflow('example', steps ? wrapSteps(text) : text)
  const at = (p: ParserProblem) => firstLine - 1 + Math.max(1, p.line - (steps ? WRAPPER_LINES : 0))
  return found.map(p => `${at(p)}: ${p.message}`)
}

describe('the YAML examples of the README and the guides', () => {
  it('are found in every file that teaches a workflow', () => {
    const teaching = ['README.md', 'docs/setup.md', 'docs/workflows.md']
    const without = teaching.filter(
      file =>
        !examples.some(
          e => e.file === file && /uses: \S+\/cross-account-codedeploy-action@/.test(e.text)
        )
    )
    expect(without).toEqual([])
  })

  it('list each step fragment once, and each is a list of steps', () => {
    for (const fragment of STEP_FRAGMENTS) {
      const found = examples.filter(e => e.file === fragment.file && e.section === fragment.section)
      const label = (e: { file: string; section: string }) =>
        `${e.file} ${e.section} (${fragment.reason})`
      expect(found.map(label)).toEqual([label(fragment)])
      expect(Array.isArray(parseStrict(found[0].text).value)).toBe(true)
    }
  })

  it('are valid, pass only inputs of action.yml, read only its outputs and have the permissions they need', () => {
    const problems = examples.flatMap(e =>
      exampleProblems(e.text, kindOf(e)).map(p => `${e.file}:${e.line} (${e.section}): ${p}`)
    )
    expect(problems).toEqual([])
  })

  it('pass GitHub’s workflow parser, expressions included', async () => {
    const problems: string[] = []
    for (const e of examples) {
      const found = await parserProblems(e.text, kindOf(e), e.line + 1)
      problems.push(...found.map(p => `${e.file}:${p} (${e.section})`))
    }
    expect(problems).toEqual([])
  })
})

describe('the workflows of this repository', () => {
  it('are found', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['.github/workflows/ci.yml']))
  })

  it.each(workflowFiles)('%s passes GitHub’s workflow parser and the checks above', async file => {
    const text = read(file)
    const problems = [
      ...(await parserProblems(text, 'workflow')),
      ...exampleProblems(text, 'workflow')
    ]
    expect(problems.map(p => `${file}:${p}`)).toEqual([])
  })

  it('action.yml passes GitHub’s schema for action metadata', async () => {
    const parser = await workflowParser()
    expect(parser.action('action.yml', read('action.yml'))).toEqual([])
  })
})

const setupGuide = read('docs/setup.md')

interface Statement {
  Sid?: string
  Resource?: string | string[]
}

const guideStatements = [...setupGuide.matchAll(/```json\n([\s\S]*?)```/g)].flatMap(
  m => (JSON.parse(m[1]) as { Statement?: Statement[] }).Statement ?? []
)

/** The guide outside its table of every statement, which names them all. */
const guideProse = setupGuide.replace(
  /<!-- generated:permissions-table -->[\s\S]*?<!-- generated:end -->/,
  ''
)

const DEVELOPMENT_BUCKET: Setup = {
  source: 'oidc-role',
  crossAccount: true,
  upload: 'source',
  bucketAccount: 'source',
  kms: false,
  wait: true,
  stop: true,
  sessionTags: false,
  revision: 'bundle',
  uploadOnly: false
}

describe('the setup guide', () => {
  it('gives the instance profile read access to the bucket in either account', () => {
    const sid = REQUIREMENTS.find(r => r.policy === 'instance-profile')?.sid
    const buckets = new Set(
      guideStatements.flatMap(st =>
        [st.Resource ?? []].flat().flatMap(r => /^arn:aws:s3:::([^/]+)/.exec(r)?.[1] ?? [])
      )
    )
    expect(buckets.size).toBeGreaterThan(1)
    const read = guideStatements
      .filter(st => st.Sid === sid)
      .flatMap(st => [st.Resource ?? []].flat())
    const unread = [...buckets].filter(b => !read.some(r => r.startsWith(`arn:aws:s3:::${b}/`)))
    expect(unread).toEqual([])
  })

  it.each([
    ['a bundle, uploaded by the development role', DEVELOPMENT_BUCKET],
    ['upload-only', { ...DEVELOPMENT_BUCKET, uploadOnly: true }],
    [
      'revision-location in a development bucket',
      { ...DEVELOPMENT_BUCKET, revision: 'existing' as const }
    ],
    [
      'revision-location in a production bucket',
      {
        ...DEVELOPMENT_BUCKET,
        upload: 'target' as const,
        bucketAccount: 'target' as const,
        revision: 'existing' as const
      }
    ]
  ])('names every statement required for %s', (_flow, setup) => {
    const unnamed = requirementsFor(setup, ['required']).filter(r => !guideProse.includes(r.sid))
    expect(unnamed.map(r => `${r.policy} ${r.sid}`)).toEqual([])
  })

  it('says that AWSCodeDeployDeployerAccess lacks codedeploy:StopDeployment wherever it offers it', () => {
    for (const file of docFiles) {
      const paragraphs = read(file)
        .replace(/```[\s\S]*?```/g, '')
        .split(/\n\s*\n/)
        .filter(p => p.includes('AWSCodeDeployDeployerAccess'))
      for (const p of paragraphs) expect(`${file}: ${p}`).toContain('codedeploy:StopDeployment')
    }
  })
})

const WORKFLOW = `on: push
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - id: deploy
        uses: OWNER/cross-account-codedeploy-action@v1
        with:
          oidc-role-arn: arn:aws:iam::111111111111:role/github-deploy
          role-to-assume: arn:aws:iam::222222222222:role/codedeploy-cross-account
          application: shop
          deployment-group: production
      - run: echo "\${{ steps.deploy.outputs.deployment-id }}"
`

describe('the example checker', () => {
  it('accepts a right workflow', () => {
    expect(exampleProblems(WORKFLOW, 'workflow')).toEqual([])
  })

  it.each([
    [
      'a duplicate key',
      WORKFLOW.replace('on: push\n', 'on: push\non: push\n'),
      'invalid YAML: Map keys must be unique'
    ],
    [
      'a plain scalar holding ": "',
      WORKFLOW.replace('run: echo "', 'run: echo "a: '),
      'invalid YAML: Nested mappings are not allowed'
    ],
    [
      'with: { ... }',
      WORKFLOW.replace(/with:\n(\s+.*\n){4}/, 'with: { ... }\n'),
      "input '...' is not in action.yml"
    ],
    [
      'an unknown input',
      WORKFLOW.replace('application:', 'app:'),
      "input 'app' is not in action.yml"
    ],
    [
      'a missing required input',
      WORKFLOW.replace('application:', 'description:'),
      "required input 'application' is missing"
    ],
    [
      'an unknown output',
      WORKFLOW.replace('outputs.deployment-id', 'outputs.deployment_id'),
      "reads output 'deployment_id' of step 'deploy', which action.yml does not declare"
    ],
    [
      'an output of a step that does not exist',
      WORKFLOW.replace('steps.deploy.', 'steps.upload.'),
      "no step has id 'upload'"
    ],
    [
      'no id-token with oidc-role-arn',
      WORKFLOW.replace('  id-token: write\n', ''),
      'needs `permissions: id-token: write` for the GitHub OIDC token'
    ],
    [
      'no contents: read to check out',
      WORKFLOW.replace('  contents: read\n', ''),
      'needs `permissions: contents: read` to check out'
    ],
    [
      'github-environment without deployments: write',
      WORKFLOW.replace('application:', 'github-environment: production\n          application:'),
      'needs `permissions: deployments: write` for github-environment'
    ],
    [
      'the development role alone',
      WORKFLOW.replace(/ +role-to-assume: .*\n/, ''),
      'oidc-role-arn without role-to-assume calls CodeDeploy as the development role'
    ],
    ['no on:', WORKFLOW.replace('on: push\n', ''), 'a workflow needs on:']
  ])('finds %s', (_name, text, problem) => {
    expect(exampleProblems(text, 'workflow').join('\n')).toContain(problem)
  })

  it('takes job permissions instead of the workflow’s, as GitHub does', () => {
    const job = WORKFLOW.replace(
      '    runs-on: ubuntu-latest\n',
      '    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n'
    )
    expect(exampleProblems(job, 'workflow')).toEqual([
      "job 'deploy', step 2: needs `permissions: id-token: write` for the GitHub OIDC token"
    ])
  })

  it('needs no OIDC token for role-to-assume after configure-aws-credentials', () => {
    const text = WORKFLOW.replace('  id-token: write\n', '').replace(/ +oidc-role-arn: .*\n/, '')
    expect(exampleProblems(text, 'workflow')).toEqual([
      "job 'deploy', step 2: needs `permissions: id-token: write` for the GitHub OIDC token"
    ])
    const configured = text.replace(
      '      - id: deploy\n',
      '      - uses: aws-actions/configure-aws-credentials@v5\n      - id: deploy\n'
    )
    expect(exampleProblems(configured, 'workflow')).toEqual([])
  })

  it('checks the outputs a job reads from the jobs it needs', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      id: \${{ steps.deploy.outputs.deployment-id }}
    steps:
      - id: deploy
        uses: OWNER/cross-account-codedeploy-action@v1
        with: { application: shop, deployment-group: production }
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ needs.a.outputs.id }} \${{ needs.a.outputs.status }}"
`
    expect(exampleProblems(text, 'workflow')).toEqual(["job 'b': job 'a' has no output 'status'"])
  })

  it('checks a list of steps without permissions, and only parses a marked block', () => {
    const steps = `- id: deploy
  uses: OWNER/cross-account-codedeploy-action@v1
  with: { oidc-role-arn: x, role-to-assume: y, application: shop }
`
    expect(exampleProblems(steps, 'steps')).toEqual([
      "job 'example', step 1: required input 'deployment-group' is missing"
    ])
    expect(exampleProblems(steps, 'not-a-workflow')).toEqual([])
    expect(exampleProblems('a: [', 'not-a-workflow')[0]).toMatch(/^invalid YAML/)
  })

  it.each([
    [
      'an expression that does not parse',
      WORKFLOW.replace(
        'steps.deploy.outputs.deployment-id }}',
        'steps.deploy.outputs.deployment-id'
      ),
      '17: The expression is not closed'
    ],
    [
      'a key GitHub does not know',
      WORKFLOW.replace('runs-on:', 'runs_on:'),
      "Unexpected value 'runs_on'"
    ],
    [
      'a context where GitHub does not allow it',
      WORKFLOW.replace(
        'runs-on: ubuntu-latest',
        'runs-on: ${{ steps.deploy.outputs.deployment-id }}'
      ),
      "7: Unrecognized named-value: 'steps'"
    ],
    [
      'a function that does not exist',
      WORKFLOW.replace('steps.deploy.outputs.deployment-id', 'tojsn(github)'),
      'Unrecognized function'
    ],
    [
      'a permission GitHub does not know',
      WORKFLOW.replace('contents: read', 'contents: writ'),
      "4: Unexpected value 'writ'"
    ],
    [
      'a job that needs a job that does not exist',
      `${WORKFLOW}  notify:\n    needs: [deploy, build]\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo done\n`,
      "Job 'notify' depends on unknown job 'build'"
    ]
  ])('takes GitHub’s parser to find %s', async (_name, text, problem) => {
    expect((await parserProblems(text, 'workflow')).join('\n')).toContain(problem)
  })

  it('reports what GitHub’s parser finds in a list of steps at the line of the markdown file', async () => {
    const steps = `- id: deploy
  uses: OWNER/cross-account-codedeploy-action@v1
  with: { application: shop, deployment-group: production }
- if: \${{ steps.deploy.outputs.deployment-id == }}
  run: echo deployed
`
    expect(await parserProblems(steps, 'steps', 10)).toEqual([
      expect.stringMatching(/^13: Unexpected/)
    ])
    expect(await parserProblems(steps.replace(' ==', ''), 'steps', 10)).toEqual([])
    expect(await parserProblems('a: [', 'not-a-workflow')).toEqual([])
  })

  it('reads the yaml blocks of a markdown file, with their section and marker', () => {
    const markdown = [
      '# Guide',
      '## One',
      '```yaml',
      'a: 1',
      '```',
      NOT_A_WORKFLOW,
      '',
      '1. in a list:',
      '   ```yml',
      '   b: 2',
      '   ```',
      '```sh',
      'c: 3',
      '```'
    ].join('\n')
    expect(yamlExamples('x.md', markdown)).toEqual([
      { file: 'x.md', line: 3, section: 'One', text: 'a: 1\n', notWorkflow: false },
      { file: 'x.md', line: 9, section: 'One', text: 'b: 2\n', notWorkflow: false }
    ])
    const marked = yamlExamples('x.md', `${NOT_A_WORKFLOW}\n\n\`\`\`yaml\na: 1\n\`\`\`\n`)
    expect(marked[0].notWorkflow).toBe(true)
  })
})
