#!/usr/bin/env node
/**
 * Generates the parts of the documentation that must match the code:
 *   - README.md: the inputs and outputs tables, from action.yml;
 *   - docs/*.md: every IAM policy block and the permissions table, from src/advice/permissions.ts.
 * Generated parts sit between `<!-- generated:NAME -->` and `<!-- generated:end -->` markers
 * (README: `<!-- inputs-outputs:start -->` / `<!-- inputs-outputs:end -->`).
 *
 *   node scripts/docs.mjs           rewrite the files
 *   node scripts/docs.mjs --check   fail when a file is out of date
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as prettier from 'prettier'
import ts from 'typescript'
import { parse } from 'yaml'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * permissions.ts and the modules it imports use no package at run time, so they can be
 * transpiled and loaded on their own, without a build.
 */
async function loadPermissions() {
  const dir = mkdtempSync(join(tmpdir(), 'docs-permissions-'))
  try {
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }')
    transpileWithImports(join('src', 'advice', 'permissions.ts'), dir)
    return await import(pathToFileURL(join(dir, 'src', 'advice', 'permissions.js')).href)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Writes `file` (relative to the root) as JavaScript under `dir`, then each module it imports. */
function transpileWithImports(file, dir, done = new Set()) {
  if (done.has(file)) return
  done.add(file)
  const { outputText } = ts.transpileModule(readFileSync(join(root, file), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 }
  })
  const out = join(dir, file.replace(/\.ts$/, '.js'))
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, outputText)
  // Only the imports left after transpiling: type-only ones are gone by then.
  for (const { fileName } of ts.preProcessFile(outputText).importedFiles) {
    if (!fileName.startsWith('.')) continue
    transpileWithImports(join(dirname(file), fileName.replace(/\.js$/, '.ts')), dir, done)
  }
}

const cell = text =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')

export function inputsOutputs(action) {
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, input]) =>
      `| \`${name}\` | ${cell(input.description)} | ${
        input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``
      } | ${input.required ? 'yes' : 'no'} |`
  )
  const outputs = Object.entries(action.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`
  )
  return [
    '### Inputs',
    '',
    '| Input | Description | Default | Required |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs
  ].join('\n')
}

/** The example accounts, roles and names the setup guide uses throughout. */
const EXAMPLE = {
  partition: 'aws',
  region: 'eu-west-1',
  sourceAccount: '111111111111',
  targetAccount: '222222222222',
  sourceRoleArn: 'arn:aws:iam::111111111111:role/github-deploy',
  targetRoleArn: 'arn:aws:iam::222222222222:role/codedeploy-cross-account',
  instanceRoleArn: 'arn:aws:iam::222222222222:role/codedeploy-instance',
  application: 'shop',
  deploymentGroup: 'production',
  revisionKeys: 'shop/*',
  kmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
  taskRoleArn: 'arn:aws:iam::222222222222:role/orders-task',
  executionRoleArn: 'arn:aws:iam::222222222222:role/ecsTaskExecutionRole',
  audience: 'sts.amazonaws.com',
  subject: 'repo:octo-org/shop:ref:refs/heads/main'
}

/** The two bucket placements of the guide. */
const PLACEMENTS = {
  'production-bucket': {
    setup: { upload: 'target', bucketAccount: 'target' },
    vars: { bucket: 'shop-releases-prod' }
  },
  'development-bucket': {
    setup: { upload: 'source', bucketAccount: 'source' },
    vars: { bucket: 'shop-releases-dev' }
  },
  /** A development bucket the production role writes to (upload-credentials: target). */
  'development-bucket-target-upload': {
    setup: { upload: 'target', bucketAccount: 'source' },
    vars: { bucket: 'shop-releases-dev' }
  }
}

const BASE_SETUP = {
  source: 'oidc-role',
  crossAccount: true,
  kms: false,
  wait: true,
  stop: true,
  sessionTags: false,
  revision: 'bundle',
  uploadOnly: false
}

function policyBlock(permissions, arg) {
  // kind[,placement][,option=value...]; only=A+B keeps the statements with those Sids, for a
  // block that shows what to add to a policy given in full earlier.
  const [kind, ...rest] = arg.split(',')
  let placement = PLACEMENTS['production-bucket']
  const vars = { ...EXAMPLE }
  const setup = { ...BASE_SETUP }
  let only
  for (const part of rest) {
    if (PLACEMENTS[part]) {
      placement = PLACEMENTS[part]
    } else if (part === 'kms') {
      setup.kms = true
    } else if (part === 'existing') {
      setup.revision = 'existing'
    } else if (part === 'task-definition') {
      setup.revision = 'appspec-content'
      setup.taskDefinition = true
    } else if (part.startsWith('only=')) {
      only = part.slice('only='.length).split('+')
    } else if (part === 'tags') {
      setup.sessionTags = true
    } else if (part.startsWith('subject=')) {
      vars.subject = part.slice('subject='.length)
    } else if (part.startsWith('external-id=')) {
      vars.externalId = part.slice('external-id='.length)
    } else {
      throw new Error(`unknown policy option '${part}' in '${arg}'`)
    }
  }
  const doc = permissions.policyDocument(
    kind,
    { ...setup, ...placement.setup },
    { ...vars, ...placement.vars }
  )
  if (only) doc.Statement = doc.Statement.filter(statement => only.includes(statement.Sid))
  if (!doc.Statement.length) throw new Error(`policy '${arg}' has no statements`)
  if (kind === 'kms-key-policy') {
    // A key policy must keep its account's own access; IAM's default statement does that.
    doc.Statement.unshift({
      Sid: 'KeyAdministration',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111111111111:root' },
      Action: 'kms:*',
      Resource: '*'
    })
  }
  return ['```json', JSON.stringify(doc, null, 2), '```'].join('\n')
}

function permissionsTable(permissions) {
  const rows = permissions.REQUIREMENTS.map(
    r =>
      `| \`${r.sid}\` | ${cell(permissions.POLICIES[r.policy].title)} | ${r.actions
        .map(a => `\`${a}\``)
        .join(', ')} | ${r.level} | ${cell(r.why)} |`
  )
  return [
    '| Statement | Policy | Actions | Level | Why |',
    '| --- | --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

function generate(permissions, name, arg) {
  if (name === 'policy') return policyBlock(permissions, arg)
  if (name === 'permissions-table') return permissionsTable(permissions)
  throw new Error(`unknown generated block '${name}'`)
}

const GENERATED = /(<!-- generated:(\S+?)(?: (\S+))? -->\n)[\s\S]*?(\n<!-- generated:end -->)/g

async function format(text, file) {
  const options = (await prettier.resolveConfig(file)) ?? {}
  return prettier.format(text, { ...options, filepath: file })
}

export async function render() {
  const permissions = await loadPermissions()
  let action
  try {
    action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
  } catch (err) {
    throw new Error(`action.yml is not valid YAML: ${err.message}`, { cause: err })
  }
  const files = new Map()

  const readmePath = join(root, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const start = '<!-- inputs-outputs:start -->'
  const end = '<!-- inputs-outputs:end -->'
  if (!readme.includes(start) || !readme.includes(end)) {
    throw new Error(`README.md lacks the ${start} and ${end} markers`)
  }
  const before = readme.slice(0, readme.indexOf(start) + start.length)
  const after = readme.slice(readme.indexOf(end))
  files.set(readmePath, [readme, `${before}\n\n${inputsOutputs(action)}\n\n${after}`])

  const docs = join(root, 'docs')
  for (const name of readdirSync(docs).filter(n => n.endsWith('.md'))) {
    const path = join(docs, name)
    const text = readFileSync(path, 'utf8')
    const next = text.replace(
      GENERATED,
      (_all, open, block, arg, close) => `${open}\n${generate(permissions, block, arg)}\n${close}`
    )
    files.set(path, [text, next])
  }
  for (const [path, [text, next]] of files) files.set(path, [text, await format(next, path)])
  return files
}

async function main() {
  const check = process.argv.includes('--check')
  const stale = []
  for (const [path, [text, next]] of await render()) {
    if (text === next) continue
    stale.push(relative(root, path))
    if (!check) writeFileSync(path, next)
  }
  if (check && stale.length) {
    console.error(
      `Out of date: ${stale.join(', ')}. Run 'node scripts/docs.mjs' and commit the result.`
    )
    process.exit(1)
  }
  console.log(
    stale.length ? `Updated ${stale.join(', ')}.` : 'Generated documentation is up to date.'
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main().catch(err => {
    console.error(err instanceof Error ? err.message : String(err))
    process.exit(1)
  })
}
