import * as path from 'node:path'
import { InputError } from '../common/errors.js'
import type { RunContext } from './context.js'
import { input, parseEnum } from './values.js'
import { resolveInputFile } from './workspace-paths.js'

/** A commit CodeDeploy fetches from GitHub itself (revision-type: github). */
export interface GitHubRevision {
  /** `owner/repo` */
  repository: string
  commit: string
}

const COMMIT = /^[0-9a-f]{40}$/

/**
 * revision-type: s3 (a bundle, or an object already in S3) or github, the workflow's own commit,
 * which CodeDeploy fetches from the repository's root: nothing is bundled or uploaded, so the
 * inputs that place a bundle do not apply, and the AppSpec must be at the repository's root.
 */
export function readGitHubRevision(
  ctx: RunContext,
  given: { revisionPath: string; revisionLocation: boolean; s3Bucket: boolean }
): GitHubRevision | undefined {
  const type = parseEnum('revision-type', input('revision-type'), ['s3', 'github'] as const)
  if (type === 's3') return undefined
  const fail = (why: string) => new InputError(`revision-type is github, ${why}`)
  if (given.revisionLocation) {
    throw fail('so revision-location does not apply: CodeDeploy fetches the commit from GitHub.')
  }
  if (given.s3Bucket) {
    throw fail(
      'so s3-bucket does not apply: nothing is uploaded, CodeDeploy fetches the commit from GitHub. Remove s3-bucket.'
    )
  }
  if (path.resolve(given.revisionPath) !== path.resolve(ctx.workspace)) {
    throw fail(
      "so CodeDeploy deploys the whole repository and reads appspec.yml at its root: leave revision-path at '.' (the checkout)."
    )
  }
  if (!ctx.repository || !COMMIT.test(ctx.sha)) {
    throw fail('but GITHUB_REPOSITORY or GITHUB_SHA is not set: run it in a GitHub Actions job.')
  }
  return { repository: ctx.repository, commit: ctx.sha }
}

/**
 * bundle-file: a pre-built archive deployed exactly as it is, so nothing that shapes a bundle of
 * revision-path applies to it, and it cannot go with another source of the revision.
 */
export function readBundleFile(
  ctx: RunContext,
  given: { revisionLocation: boolean; gitHub: boolean; checkFiles: boolean }
): string | undefined {
  const value = input('bundle-file')
  if (!value) return undefined
  const clash = given.revisionLocation
    ? 'revision-location'
    : given.gitHub
      ? 'revision-type: github'
      : (['bundle-type', 'appspec-file', 'exclude'] as const).find(name => input(name).trim())
  if (clash) {
    throw new InputError(
      `Input 'bundle-file' deploys a pre-built archive as it is; it cannot be combined with ${clash.includes(':') ? clash : `'${clash}'`}: remove one of them.`
    )
  }
  if (!given.checkFiles) return path.resolve(ctx.workspace, value)
  return resolveInputFile('bundle-file', value, ctx.workspace, 'a .zip, .tar or .tgz file')
}

/**
 * task-definition: the task definition JSON file an ECS deployment registers first. The post step
 * (`checkFiles` false) reads no file: an earlier step may have removed it.
 */
export function readTaskDefinitionFile(ctx: RunContext, checkFiles: boolean): string | undefined {
  const value = input('task-definition')
  if (!value) return undefined
  if (!checkFiles) return path.resolve(ctx.workspace, value)
  return resolveInputFile('task-definition', value, ctx.workspace, 'a task definition JSON file')
}
