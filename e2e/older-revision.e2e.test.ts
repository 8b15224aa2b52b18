/**
 * older-revision: an older run that deploys after a newer one is stopped before it uploads, as
 * the group's latest successful deployment names its commit in its run token and GitHub's compare
 * API (a local stand-in holding the branch's history) says the run's commit is behind it.
 */
import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { creatingCalls, errorsOf } from './harness/checks.js'
import { crossAccountInputs, REVISION_DIR } from './harness/inputs.js'
import type { RunResult } from './harness/runner.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()
const OLD = 'aaaaaaaaaaaa0000000000000000000000000000'
const NEW = 'bbbbbbbbbbbb0000000000000000000000000000'
const NEWER = 'cccccccccccc0000000000000000000000000000'

function compares(): string[] {
  return suite.github.requests.filter(r => r.path.includes('/compare/')).map(r => r.path)
}

async function deployAt(sha: string, extra: Record<string, string> = {}): Promise<RunResult> {
  // Each commit has its own bundle, as it would.
  await writeFile(join(suite.workspace, REVISION_DIR, 'VERSION'), `${sha}\n`)
  return suite.run({
    with: crossAccountInputs(suite.landscape, extra),
    context: { sha }
  })
}

const notices = (run: RunResult, level: string) =>
  run.annotations.filter(a => a.level === level).map(a => a.message)

describe('older-revision', () => {
  it('stops an older commit before anything is uploaded, and deploys it with warn or allow', async () => {
    const { emulator, github } = suite
    github.history = [OLD, NEW, NEWER]
    const first = await deployAt(NEW)
    expect(first.exitCode).toBe(0)
    const repository = suite.context.repository
    expect(first.stdout).toContain(
      "older-revision: deployment group 'production' has no successful deployment yet"
    )
    const [deployed] = await emulator.deployments()
    expect(deployed.description).toMatch(
      new RegExp(`\\[gha-run:${repository}:\\d+:\\d+:[0-9a-f]{12}:${NEW}\\]$`)
    )

    await emulator.clearCalls()
    const older = await deployAt(OLD)
    expect(older.exitCode).toBe(1)
    expect(errorsOf(older).map(e => e.message)).toEqual([
      `Commit ${OLD.slice(0, 12)} is 1 commit behind ${NEW.slice(0, 12)}, which deployment ${first.outputs['deployment-id']} deployed to 'production': deploying it would roll the group back to older code. To roll back on purpose, set older-revision: allow (or warn, to deploy with a warning). Nothing was uploaded or deployed.`
    ])
    expect(creatingCalls(await emulator.calls())).toEqual([])
    expect(await emulator.deployments()).toHaveLength(1)
    expect(compares()).toEqual([`/repos/${repository}/compare/${NEW}...${OLD}`])

    // The dry run reports it as a failed check, and creates nothing either.
    const dry = await deployAt(OLD, { 'dry-run': 'true' })
    expect(dry.exitCode).toBe(1)
    expect(dry.stdout).toContain(
      `failed  Commit order (older-revision): Commit ${OLD.slice(0, 12)} is 1 commit behind`
    )
    expect(creatingCalls(await emulator.calls())).toEqual([])

    const warned = await deployAt(OLD, { 'older-revision': 'warn' })
    expect(warned.exitCode).toBe(0)
    expect(notices(warned, 'warning')).toEqual([
      expect.stringMatching(new RegExp(`^Commit ${OLD.slice(0, 12)} is 1 commit behind`))
    ])
    expect(warned.outputs['deployment-status']).toBe('Succeeded')

    // The group now runs OLD: a newer commit goes ahead, and says by how much.
    const ahead = await deployAt(NEWER)
    expect(ahead.exitCode).toBe(0)
    expect(ahead.stdout).toContain(
      `older-revision: ${NEWER.slice(0, 12)} is 2 commits ahead of ${OLD.slice(0, 12)}`
    )

    github.requests.length = 0
    const allowed = await deployAt(OLD, { 'older-revision': 'allow' })
    expect(allowed.exitCode).toBe(0)
    expect(compares()).toEqual([])
  })

  it('lets a re-run of the same commit through without asking GitHub', async () => {
    suite.github.history = [OLD, NEW]
    expect((await deployAt(NEW)).exitCode).toBe(0)
    const again = await deployAt(NEW)
    expect(again.exitCode).toBe(0)
    expect(again.stdout).toContain(
      `older-revision: ${NEW.slice(0, 12)} is the commit the group's latest successful deployment`
    )
    expect(compares()).toEqual([])
  })

  it('goes on, with a notice, when GitHub cannot answer', async () => {
    suite.github.history = [OLD, NEW]
    expect((await deployAt(NEW)).exitCode).toBe(0)
    suite.github.failWith = 503
    const run = await deployAt(OLD)
    expect(run.exitCode).toBe(0)
    expect(notices(run, 'notice')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^older-revision: GitHub could not compare ${OLD.slice(0, 12)} with ${NEW.slice(0, 12)}, which d-\\w+ deployed \\(GitHub answered 503 \\(Service unavailable\\)\\); the order of commits is not checked\\.$`
        )
      )
    ])
  })
})
