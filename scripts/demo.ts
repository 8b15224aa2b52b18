/**
 * npm run demo: deploys examples/webapp with the built action (dist/) into a local AWS emulator,
 * the way a GitHub workflow would: OIDC into the development account, role chaining into the
 * production account, bundle, upload, CodeDeploy deployment, wait, summary. The emulator holds
 * the setup guide's roles and policies (docs/setup.md) and enforces them as AWS does.
 *
 * `npm run demo -- --fail` deploys a copy whose ValidateService hook fails, to show how the
 * action reports a failed deployment. `npm run demo -- --misconfigured KIND` makes one of the
 * common setup mistakes (MISCONFIGURATIONS) and shows what the action says about it.
 *
 * Needs python3 with moto (pip install "moto[server]") and a built action (npm run bundle).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEV_ACCOUNT, PROD_ACCOUNT } from '../e2e/harness/aws.js'
import { parseWorkflowCommands } from '../e2e/harness/commands.js'
import { Emulator } from '../e2e/harness/emulator.js'
import {
  fillIn,
  guideInputs,
  guidePolicies,
  installAccounts,
  installGuide,
  lane,
  putPolicy,
  type GuideSetup,
  type Placement,
  type PolicyDocument
} from '../e2e/harness/guide.js'
import { GITHUB_ISSUER, OidcServer } from '../e2e/harness/oidc.js'
import { repoRoot } from '../e2e/harness/paths.js'
import { defaultContext, maskLog, runAction } from '../e2e/harness/runner.js'

// The action is tested on Node 20 and 24; the SDK's notice about its own future releases is
// noise in a demo.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)

/** The summary is HTML for GitHub's page; a terminal reads it better as text. */
function summaryAsText(html: string): string {
  return html
    .replace(/<h\d>(.*?)<\/h\d>/g, '\n$1\n')
    .replace(/<tr><th>.*?<\/tr>/g, '')
    .replace(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g, '  $1: $2\n')
    .replace(/<\/?(pre|p)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The log as the runner shows it: secrets masked, annotations rendered, commands hidden. */
function renderLog(stdout: string, masks: string[]): string {
  return maskLog(stdout, masks)
    .trimEnd()
    .split('\n')
    .flatMap(line => {
      const [command] = parseWorkflowCommands(line)
      if (!command) return [line]
      if (!['error', 'warning', 'notice'].includes(command.command)) return []
      const title = command.properties.title ? `${command.properties.title}: ` : ''
      return `${command.command}: ${title}${command.message}`.split('\n')
    })
    .join('\n')
}

/** With --fail, a copy of the app whose ValidateService hook fails on the instances. */
async function failingCopy(): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'demo-workspace-'))
  await cp(join(repoRoot, 'examples', 'webapp'), join(workspace, 'examples', 'webapp'), {
    recursive: true
  })
  await writeFile(
    join(workspace, 'examples', 'webapp', 'scripts', 'validate_service.sh'),
    [
      '#!/bin/bash',
      'echo "Checking http://127.0.0.1:8080/health"',
      'echo "curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused" >&2',
      'exit 7',
      ''
    ].join('\n'),
    { mode: 0o755 }
  )
  return workspace
}

/** A common setup mistake: what it is, and how the demo makes it. */
interface Misconfiguration {
  mistake: string
  placement: Placement
  /** Changes the installed policies, after the guide's are in place. */
  apply?: (setup: GuideSetup) => Promise<void>
  /** Inputs that differ from the guide's workflow. */
  inputs?: (inputs: Record<string, string>) => Record<string, string>
}

const MISCONFIGURATIONS: Record<string, Misconfiguration> = {
  'role-typo': {
    mistake: 'the production role is misspelt in role-to-assume (codedeploy-cross-acount)',
    placement: 'production-bucket',
    inputs: i => ({ 'role-to-assume': i['role-to-assume'].replace('-account', '-acount') })
  },
  'bucket-owner': {
    mistake: `s3-bucket-owner names the development account, but the bucket is in production`,
    placement: 'production-bucket',
    inputs: () => ({ 's3-bucket-owner': DEV_ACCOUNT })
  },
  'bucket-policy': {
    mistake:
      "the development bucket's policy lets the production role upload, but forgets the " +
      'production instances, which download the revision',
    placement: 'development-bucket',
    apply: async setup => {
      const bucket = setup.policies.find(p => p.holder === 'bucket')
      if (!bucket) throw new Error('the guide installed no bucket policy')
      const instance = `role/${setup.lane.instanceRole}`
      const Statement = bucket.document.Statement.filter(s => !JSON.stringify(s).includes(instance))
      await putPolicy(setup, { ...bucket, document: { ...bucket.document, Statement } })
    }
  },
  'oidc-sub': {
    mistake:
      "the development role trusts the job's environment (sub ...:environment:production), " +
      'but the job runs without one (sub ...:ref:refs/heads/main)',
    placement: 'production-bucket',
    apply: async setup => {
      const marker = 'source-trust,subject=repo:octo-org/shop:environment:production'
      const text = guidePolicies().get(marker)
      if (!text) throw new Error(`docs/setup.md has no policy block ${marker}`)
      const document = JSON.parse(fillIn(text, setup.lane)) as PolicyDocument
      await putPolicy(setup, { holder: 'source', marker, name: 'trust', document })
    }
  },
  'external-id': {
    mistake: "role-external-id differs from the one in the production role's trust policy",
    placement: 'production-bucket',
    inputs: () => ({ 'role-external-id': 'not-the-agreed-external-id' })
  }
}

function misconfiguration(argv: string[]): Misconfiguration | undefined {
  const at = argv.indexOf('--misconfigured')
  if (at === -1) return undefined
  const kind = argv[at + 1] ?? ''
  const found = MISCONFIGURATIONS[kind]
  if (!found) {
    throw new Error(
      `--misconfigured takes one of ${Object.keys(MISCONFIGURATIONS).join(', ')}` +
        (kind ? `, not ${kind}` : '')
    )
  }
  return found
}

async function main(): Promise<number> {
  const fail = process.argv.includes('--fail')
  const wrong = misconfiguration(process.argv)
  console.log(bold('Starting the local AWS emulator (moto + simulated CodeDeploy agent)...'))
  const emulator = await Emulator.start()
  const context = defaultContext()
  const oidc = await new OidcServer(context).start()
  try {
    await emulator.trustOidcIssuer(GITHUB_ISSUER, oidc.jwks)
    // Slow enough to watch the instances go through their lifecycle events.
    await emulator.configure({ eventDelaySeconds: 0.3, instanceCount: 3 })
    const placement = wrong?.placement ?? 'production-bucket'
    await installAccounts(emulator)
    const setup = await installGuide(emulator, lane('', context.repository), placement)
    const l = setup.lane
    const bucket = placement === 'development-bucket' ? l.devBucket : l.prodBucket
    console.log("  the setup guide's roles and policies (docs/setup.md), enforced as AWS does:")
    console.log(`  development account ${DEV_ACCOUNT}: role ${l.sourceRole}`)
    console.log(
      `  production account  ${PROD_ACCOUNT}: role ${l.targetRole}, CodeDeploy application ` +
        `${l.application}, group ${l.deploymentGroup} (3 instances, role ${l.instanceRole})`
    )
    console.log(`  bucket ${bucket}, in the ${placement.replace('-bucket', '')} account`)
    if (wrong) {
      await wrong.apply?.(setup)
      console.log(bold(`\nThe mistake: ${wrong.mistake}.`))
    }

    const guide = guideInputs(l, placement, { 'revision-path': 'examples/webapp' })
    const inputs = { ...guide, ...wrong?.inputs?.(guide) }
    console.log(bold('\nRunning the action as a workflow step would:'))
    console.log('  - uses: ./')
    console.log('    with:')
    for (const [name, value] of Object.entries(inputs)) console.log(`      ${name}: ${value}`)
    console.log()

    const workspace = fail ? await failingCopy() : repoRoot
    const run = await runAction({
      workspace,
      with: inputs,
      awsEndpointUrl: emulator.url,
      oidc: oidc.env,
      context
    })
    console.log(renderLog(run.stdout, run.masks).replace(/^/gm, '  | '))

    const o = run.outputs
    console.log(bold('\nOutcome'))
    console.log(`  exit code          ${run.exitCode}`)
    console.log(`  deployment status  ${o['deployment-status'] ?? '-'}`)
    console.log(`  deployment ID      ${o['deployment-id'] ?? '-'}`)
    console.log(`  target account     ${o['target-account-id'] ?? '-'}`)
    console.log(`  revision           ${o['revision-location'] ?? '-'}`)
    console.log(`  SHA-256            ${o['revision-sha256'] ?? '-'}`)
    console.log(`  console link       ${o['deployment-url'] ?? '-'}`)
    if (run.summary) {
      console.log(bold('\nJob summary'))
      console.log(summaryAsText(run.summary).replace(/^/gm, '  '))
    }
    if (fail) await rm(workspace, { recursive: true, force: true })
    return run.exitCode ?? 1
  } finally {
    await oidc.stop()
    await emulator.stop()
  }
}

main().then(
  code => process.exit(code),
  err => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  }
)
