import type { ComputePlatform } from '@aws-sdk/client-codedeploy'
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Bundle } from '../bundle/index.js'
import type { AppSpecContentRevision, ContentPlatform } from '../appspec/content.js'
import { InputError } from '../common/errors.js'
import type { ActionInputs } from '../inputs/inputs.js'
import type { ExistingRevision } from '../inputs/aws-names.js'
import type { GitHubRevision } from '../inputs/revision-source.js'
import type { TaskDefinition } from '../ecs/task-definition.js'
import type { AppSpecSummary } from '../appspec/server.js'

/** What the revision is made of, decided from the inputs and the AppSpec before any AWS call. */
export type RevisionPlan =
  | { kind: 'existing'; location: ExistingRevision }
  | { kind: 'bundle'; bucket: string; prebuilt?: string }
  | { kind: 'appspec-content'; file: string; platform: ContentPlatform }
  | { kind: 'github'; source: GitHubRevision }

/**
 * EC2/On-Premises revisions are bundles uploaded to S3; ECS and Lambda revisions are the AppSpec
 * itself. The AppSpec tells which: Lambda and ECS ones name their resources.
 *
 * The AppSpec parser and the bundler are loaded only here and below, when a revision is made from
 * files: deploying an object already in S3, or failing on a bad input, never pays for them.
 */
export async function planRevision(inputs: ActionInputs): Promise<RevisionPlan> {
  if (inputs.revisionLocation) return { kind: 'existing', location: inputs.revisionLocation }
  if (inputs.gitHubRevision) return { kind: 'github', source: inputs.gitHubRevision }
  if (inputs.bundleFile)
    return { kind: 'bundle', bucket: requireBucket(inputs), prebuilt: inputs.bundleFile }
  const { detectComputePlatform, findAppSpecFile } = await import('../appspec/content.js')
  const { readAppSpecFile } = await import('../appspec/file.js')
  let file: string | undefined
  try {
    file = findAppSpecFile(inputs.revisionPath, inputs.appspecFile)
  } catch (err) {
    // Without appspec-file, the bundle's own check gives the better error (nested directories).
    if (inputs.appspecFile) throw err
  }
  let platform: ComputePlatform = 'Server'
  if (file) {
    const name = path.basename(file)
    // An AppSpec found in revision-path must be part of it; appspec-file is bounded as an input.
    const within = inputs.appspecFile ? undefined : inputs.revisionPath
    platform = detectComputePlatform(readAppSpecFile(file, name, within), name)
  }
  if (inputs.taskDefinition && platform !== 'ECS') {
    throw new InputError(
      `Input 'task-definition' is for ECS deployment groups, but the AppSpec of this revision is ${platform === 'Server' ? 'an EC2/On-Premises' : 'a Lambda'} one: remove task-definition, or point appspec-file at the service's AppSpec.`
    )
  }
  if (file && platform !== 'Server') return { kind: 'appspec-content', file, platform }
  if (inputs.appspecFile) {
    throw new InputError(
      `Input 'appspec-file' is for ECS and Lambda deployment groups, but ${inputs.appspecFile} is an EC2/On-Premises AppSpec: leave appspec-file empty and put appspec.yml at the root of revision-path.`
    )
  }
  return { kind: 'bundle', bucket: requireBucket(inputs) }
}

function requireBucket(inputs: ActionInputs): string {
  if (!inputs.s3Bucket) {
    throw new InputError(
      "Input 's3-bucket' is required: set it to the S3 bucket that receives the bundle (in either account), or set revision-location to deploy an object already in S3."
    )
  }
  return inputs.s3Bucket
}

/** The compute platform the revision is for; undefined for an existing object (not opened). */
export function platformOf(plan: RevisionPlan): ComputePlatform | undefined {
  if (plan.kind === 'bundle' || plan.kind === 'github') return 'Server'
  return plan.kind === 'appspec-content' ? plan.platform : undefined
}

/** The revision as far as it can be made without AWS: a bundle on disk, or a validated AppSpec. */
export type LocalRevision =
  /** `owned`: a bundle this run made, in a directory of its own that is removed afterwards. */
  | { kind: 'bundle'; bundle: Bundle; bucket: string; owned: boolean }
  | { kind: 'existing'; location: ExistingRevision }
  /** `taskDefinition`: registered first, its ARN then put into the AppSpec (task-definition). */
  | { kind: 'appspec-content'; content: AppSpecContentRevision; taskDefinition?: TaskDefinition }
  | { kind: 'github'; source: GitHubRevision; appSpec: AppSpecSummary }

export async function prepareLocalRevision(
  plan: RevisionPlan,
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv
): Promise<LocalRevision> {
  switch (plan.kind) {
    case 'bundle': {
      if (plan.prebuilt) {
        // Loaded only for bundle-file: its archive readers are of no use to any other run.
        const { readPrebuiltBundle } = await import('../bundle/prebuilt.js')
        const bundle = await readPrebuiltBundle(plan.prebuilt)
        return { kind: 'bundle', bundle, bucket: plan.bucket, owned: false }
      }
      const bundle = await bundleRevision(inputs, env)
      return { kind: 'bundle', bundle, bucket: plan.bucket, owned: true }
    }
    case 'appspec-content': {
      const { appSpecContentRevision } = await import('../appspec/content.js')
      const pendingTaskDefinition = inputs.taskDefinition !== undefined
      const content = await appSpecContentRevision(plan.file, plan.platform, {
        pendingTaskDefinition
      })
      if (!inputs.taskDefinition) return { kind: 'appspec-content', content }
      const { readTaskDefinition } = await import('../ecs/task-definition.js')
      return {
        kind: 'appspec-content',
        content,
        taskDefinition: readTaskDefinition(inputs.taskDefinition)
      }
    }
    case 'existing':
      return plan
    case 'github': {
      // GitHub revisions are for EC2/On-Premises, whose AppSpec is at the repository's root.
      const { checkTreeAppSpec } = await import('../bundle/index.js')
      return { ...plan, appSpec: checkTreeAppSpec(inputs.revisionPath) }
    }
  }
}

export function sourceDateEpoch(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.SOURCE_DATE_EPOCH
  if (value === undefined || value === '') return undefined
  if (!/^\d+$/.test(value)) {
    throw new InputError(
      `SOURCE_DATE_EPOCH is '${value}': expected a whole number of seconds since 1970-01-01.`
    )
  }
  return Number(value)
}

/** Bundles revision-path into a temporary directory; the caller removes it with `discard`. */
export async function bundleRevision(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv
): Promise<Bundle> {
  const { createBundle } = await import('../bundle/index.js')
  const outDir = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'codedeploy-bundle-'))
  try {
    return await createBundle({
      root: inputs.revisionPath,
      exclude: inputs.exclude,
      outDir,
      sourceDateEpoch: sourceDateEpoch(env),
      bundleType: inputs.bundleType
    })
  } catch (err) {
    await rm(outDir, { recursive: true, force: true })
    throw err
  }
}

/** Removes the bundle this run made; a pre-built one (bundle-file) is the user's and stays. */
export async function discard(local: LocalRevision): Promise<void> {
  if (local.kind !== 'bundle' || !local.owned) return
  await rm(path.dirname(local.bundle.path), { recursive: true, force: true })
}
