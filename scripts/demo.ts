/**
 * npm run demo: deploys examples/webapp with the built action (dist/) into a local AWS emulator,
 * the way a GitHub workflow would: OIDC into the development account, role chaining into the
 * production account, bundle, upload, CodeDeploy deployment, wait, summary.
 *
 * `npm run demo -- --fail` deploys a copy whose ValidateService hook fails, to show how the
 * action reports a failed deployment.
 *
 * Needs python3 with moto (pip install "moto[server]") and a built action (npm run bundle).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLandscape, DEV_ACCOUNT, PROD_ACCOUNT } from '../e2e/harness/aws.js'
import { parseWorkflowCommands } from '../e2e/harness/commands.js'
import { Emulator } from '../e2e/harness/emulator.js'
import { GITHUB_ISSUER, OidcServer } from '../e2e/harness/oidc.js'
import { repoRoot } from '../e2e/harness/paths.js'
import { defaultContext, maskLog, runAction } from '../e2e/harness/runner.js'
import { crossAccountInputs } from '../e2e/harness/inputs.js'

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

async function main(): Promise<number> {
  const fail = process.argv.includes('--fail')
  console.log(bold('Starting the local AWS emulator (moto + simulated CodeDeploy agent)...'))
  const emulator = await Emulator.start()
  const context = defaultContext()
  const oidc = await new OidcServer(context).start()
  try {
    await emulator.trustOidcIssuer(GITHUB_ISSUER, oidc.jwks)
    // Slow enough to watch the instances go through their lifecycle events.
    await emulator.configure({ eventDelaySeconds: 0.3, instanceCount: 3 })
    const landscape = await createLandscape(emulator.url)
    console.log(`  development account ${DEV_ACCOUNT}: bucket ${landscape.devBucket}`)
    console.log(
      `  production account  ${PROD_ACCOUNT}: bucket ${landscape.prodBucket}, CodeDeploy ` +
        `application ${landscape.application}, group ${landscape.deploymentGroup} (3 instances)`
    )

    const inputs = crossAccountInputs(landscape, {
      'revision-path': 'examples/webapp'
    })
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
