import * as core from '@actions/core'
import { existsSync, realpathSync, statSync } from 'node:fs'
import * as path from 'node:path'
import type { BundleType } from '../bundle/index.js'
import { InputError } from '../common/errors.js'
import { PARTITIONS, isPartition, partitionOf, regionPartition } from '../common/arn.js'
import { isInside } from '../common/paths.js'
import { runTokenLength } from '../common/run-token.js'
import { holdsHidden, shown } from '../common/untrusted.js'

export type UploadCredentials = 'target' | 'source'
export type FileExistsBehavior = 'DISALLOW' | 'OVERWRITE' | 'RETAIN'
export type ActiveDeploymentPolicy = 'wait' | 'stop' | 'fail'

/** An object already in S3, deployed as it is. */
export interface ExistingRevision {
  bucket: string
  key: string
  versionId?: string
  bundleType: BundleType
}

export interface ActionInputs {
  region: string
  roleToAssume?: string
  roleExternalId?: string
  roleSessionName: string
  roleDurationSeconds: number
  oidcRoleArn?: string
  audience: string
  application: string
  deploymentGroup: string
  deploymentConfig?: string
  description: string
  /** Absolute path of the directory to bundle. */
  revisionPath: string
  /** The bucket the bundle goes to, or the bucket of revision-location. */
  s3Bucket?: string
  /** Empty, or ends with "/". */
  s3KeyPrefix: string
  s3BucketOwner?: string
  uploadCredentials: UploadCredentials
  exclude: string[]
  fileExistsBehavior?: FileExistsBehavior
  ignoreApplicationStopFailures: boolean
  wait: boolean
  waitTimeoutSeconds: number
  pollIntervalSeconds: number
  stopOnCancel: boolean
  stopOnTimeout: boolean
  rollbackOnStop: boolean
  onActiveDeployment: ActiveDeploymentPolicy
  bundleType: BundleType
  /** Set when revision-location names an object to deploy instead of bundling. */
  revisionLocation?: ExistingRevision
  uploadOnly: boolean
  /**
   * AppSpec file of an ECS or Lambda revision: absolute and inside the workspace when it exists,
   * else as given, for the AppSpec lookup to report.
   */
  appspecFile?: string
  githubEnvironment?: string
  githubToken: string
  dryRun: boolean
}

/** The parts of the workflow run the defaults are derived from (see `runContext`). */
export interface RunContext {
  workspace: string
  repository: string
  sha: string
  runId: string
  runAttempt: string
  serverUrl: string
  env: NodeJS.ProcessEnv
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    env
  }
}

const ROLE_ARN = /^arn:([^:]*):iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/
const REGION = /^(?:[a-z]{2}|eusc)(?:-[a-z]+)+-\d{1,2}$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const ACCOUNT_ID = /^\d{12}$/
const MAX_CODEDEPLOY_NAME = 100
const CODEDEPLOY_NAME = new RegExp(`^.{1,${MAX_CODEDEPLOY_NAME}}$`)
const MIN_ROLE_DURATION = 900
const MAX_ROLE_DURATION = 43200
/** A longer interval only delays the news that the deployment ended. */
const MAX_POLL_INTERVAL = 300
/**
 * Waiting longer than a job can run is pointless, and the bound keeps every timer below the
 * 2^31-1 ms (24.8 days) past which Node.js fires a timer at once.
 */
const MAX_WAIT_TIMEOUT = 5 * 24 * 3600
const MAX_WAIT_TIMEOUT_WHY = '5 days, the longest a job can run on a self-hosted runner'
/** S3's "safe characters" for object key names. */
const KEY_PREFIX = /^[A-Za-z0-9!\-_.*'()/]*$/
/**
 * S3 keys hold at most 1,024 bytes, and bundleKey (s3/keys.ts) appends `<application>/<sha256>.<ext>`
 * to the prefix, which gets its trailing "/" here.
 */
const MAX_KEY_PREFIX = 1024 - (MAX_CODEDEPLOY_NAME + 1 + 64 + 1 + 3) - 1

/** An input's value in a message: in quotes when plain, else as `shown` escapes it. */
function quoted(value: string): string {
  return holdsHidden(value) ? shown(value) : `'${value}'`
}

function bad(input: string, value: string, expected: string): InputError {
  return new InputError(`Input '${input}' is ${quoted(value)}: expected ${expected}.`)
}

function optional(name: string): string | undefined {
  return core.getInput(name) || undefined
}

function required(name: string, what: string): string {
  const value = core.getInput(name)
  if (!value) throw new InputError(`Input '${name}' is required: set it to ${what}.`)
  return value
}

/** `why` explains the bound to the reader when it is not obvious. */
export function parseWholeNumber(
  name: string,
  value: string,
  min: number,
  max: number,
  why?: string
): number {
  const expected = `a whole number from ${min} to ${max}${why ? ` (${why})` : ''}`
  if (!/^\d+$/.test(value)) throw bad(name, value, expected)
  const n = Number(value)
  if (n < min || n > max) throw bad(name, value, expected)
  return n
}

export function parseBoolean(name: string, value: string): boolean {
  // The same spellings as the YAML 1.2 core schema, which is what core.getBooleanInput accepts.
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw bad(name, value, 'true or false')
}

function parseEnum<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find(a => a.toLowerCase() === value.toLowerCase())
  if (!match) throw bad(name, value, `one of ${allowed.join(', ')}`)
  return match
}

export function validateRoleArn(name: string, value: string): string {
  const partition = ROLE_ARN.exec(value)?.[1]
  if (partition === undefined) {
    throw bad(name, value, 'an IAM role ARN such as arn:aws:iam::123456789012:role/deploy')
  }
  if (!isPartition(partition)) {
    throw bad(name, value, `an IAM role ARN whose partition is one of ${PARTITIONS.join(', ')}`)
  }
  return value
}

/** Where the region came from, when not from the aws-region input itself. */
function regionFrom(source: string): string {
  return source === 'aws-region' ? '' : ` (from ${source})`
}

export function validateRegion(value: string, source = 'aws-region'): string {
  if (!REGION.test(value)) {
    throw new InputError(
      `Input 'aws-region'${regionFrom(source)} is ${quoted(value)}: expected an AWS region such as us-east-1.`
    )
  }
  return value
}

/** A role can only be assumed, and only used, in the partition of its own ARN. */
function checkPartition(name: string, arn: string, region: string, regionSource: string): void {
  const arnPartition = partitionOf(arn)
  const partition = regionPartition(region)
  if (arnPartition === partition) return
  throw new InputError(
    `Input '${name}' is ${quoted(arn)}, in partition ${arnPartition}, but aws-region${regionFrom(regionSource)} ${quoted(region)} is in partition ${partition}: use a role of the region's partition, or the region the role belongs to.`
  )
}

/** S3 bucket naming rules for general purpose buckets. */
export function validateBucketName(value: string, input = 's3-bucket'): string {
  const problems: [boolean, string][] = [
    [value.length < 3 || value.length > 63, 'between 3 and 63 characters'],
    [!/^[a-z0-9.-]+$/.test(value), 'only lowercase letters, digits, dots and hyphens'],
    [!/^[a-z0-9].*[a-z0-9]$/.test(value), 'a letter or digit at both ends'],
    [value.includes('..'), 'no two adjacent dots'],
    [/^\d+\.\d+\.\d+\.\d+$/.test(value), 'not an IP address'],
    [value.startsWith('xn--') || value.endsWith('-s3alias'), 'no xn-- prefix or -s3alias suffix']
  ]
  const problem = problems.find(([failed]) => failed)
  if (problem) throw bad(input, value, `a valid S3 bucket name (${problem[1]})`)
  return value
}

export function validateKeyPrefix(value: string): string {
  if (value === '') return ''
  const problems: [boolean, string][] = [
    [
      !KEY_PREFIX.test(value),
      "of S3's safe characters only (letters, digits and ! - _ . * ' ( ) /)"
    ],
    [value.startsWith('/') || value.includes('//'), 'with no leading or doubled "/"'],
    [value.split('/').some(s => s === '.' || s === '..'), 'with no "." or ".." segment'],
    [value.length > MAX_KEY_PREFIX, `of at most ${MAX_KEY_PREFIX} characters`]
  ]
  const problem = problems.find(([failed]) => failed)
  if (problem) throw bad('s3-key-prefix', value, `a key prefix ${problem[1]}`)
  return value.endsWith('/') ? value : `${value}/`
}

const BUNDLE_TYPES = ['zip', 'tar', 'tgz'] as const

export function bundleTypeOfKey(key: string): BundleType | undefined {
  if (/\.zip$/i.test(key)) return 'zip'
  if (/\.(tgz|tar\.gz)$/i.test(key)) return 'tgz'
  if (/\.tar$/i.test(key)) return 'tar'
  return undefined
}

/**
 * Parses s3://bucket/key[?versionId=...], %-encoded as revisionLocation (s3.ts) prints it; the
 * bundle type comes from the key or bundle-type.
 */
export function parseRevisionLocation(value: string, bundleType?: BundleType): ExistingRevision {
  const m = /^s3:\/\/([^/?]+)\/([^?]+)(?:\?versionId=([^&]+))?$/.exec(value)
  if (!m || holdsHidden(value)) {
    throw bad('revision-location', value, 's3://bucket/key, optionally followed by ?versionId=...')
  }
  const bucket = validateBucketName(m[1], 'revision-location')
  let key: string
  try {
    key = decodeURIComponent(m[2])
  } catch {
    throw bad(
      'revision-location',
      value,
      'a key with valid %-encoding: write a % in the key as %25'
    )
  }
  const type = bundleType ?? bundleTypeOfKey(key)
  if (!type) {
    throw bad(
      'revision-location',
      value,
      'a key ending in .zip, .tar, .tgz or .tar.gz, or the bundle-type input set'
    )
  }
  let versionId: string | undefined
  try {
    versionId = m[3] && decodeURIComponent(m[3])
  } catch {
    throw bad('revision-location', value, 'a versionId with valid %-encoding')
  }
  return { bucket, key, versionId, bundleType: type }
}

/** Session names must be 2-64 characters of [\w+=,.@-]; anything else is replaced. */
export function defaultSessionName(ctx: RunContext): string {
  const repo = ctx.repository.split('/').pop() || 'repository'
  const raw = `GitHubActions-${repo}-${ctx.runId || 'local'}-${ctx.runAttempt}`
  return raw.replace(/[^\w+=,.@-]/g, '-').slice(0, 64)
}

/** The most characters CodeDeploy takes in a description. */
export const MAX_DESCRIPTION = 512

/**
 * The description input, or one made from the run; with the run's token appended (see
 * run-token.ts) it must fit in CodeDeploy's limit, so a default too long for that is cut short.
 */
function readDescription(ctx: RunContext): string {
  const room = MAX_DESCRIPTION - runTokenLength(ctx)
  const value = core.getInput('description')
  if (!value) return defaultDescription(ctx).slice(0, room)
  if (value.length > room) {
    throw new InputError(
      `Input 'description' is ${value.length} characters long: expected at most ${room}, as CodeDeploy takes ${MAX_DESCRIPTION} and the action appends a token of the run (${MAX_DESCRIPTION - room} characters) that lets it find its own deployment.`
    )
  }
  return value
}

export function defaultDescription(ctx: RunContext): string {
  if (!ctx.repository) return 'Deployed by GitHub Actions'
  const commit = ctx.sha ? ` at ${ctx.sha.slice(0, 12)}` : ''
  const run = ctx.runId ? `: ${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : ''
  return `Deployed by GitHub Actions from ${ctx.repository}${commit}${run}`
}

function plainPath(input: string, value: string): string {
  if (holdsHidden(value)) throw bad(input, value, 'a path with no control characters')
  return value
}

function realOrResolved(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return path.resolve(file)
  }
}

/**
 * Refuses a path that leads outside the workspace, after symlinks on both sides. A path that
 * does not exist leads nowhere yet: it is compared as written.
 */
function confine(
  input: string,
  value: string,
  file: string,
  workspace: string,
  what: string
): void {
  let real: string
  let root: string
  try {
    real = realpathSync(file)
    root = realOrResolved(workspace)
  } catch {
    real = path.resolve(file)
    root = path.resolve(workspace)
  }
  if (isInside(root, real)) return
  throw bad(
    input,
    value,
    `${what} inside the workspace, but it resolves to ${shown(real)}, outside the workspace ${shown(root)}`
  )
}

function resolveRevisionPath(value: string, workspace: string): string {
  const resolved = path.resolve(workspace, plainPath('revision-path', value))
  confine('revision-path', value, resolved, workspace, 'a directory')
  const where = shown(resolved)
  let isDirectory: boolean
  try {
    isDirectory = statSync(resolved).isDirectory()
  } catch {
    throw bad(
      'revision-path',
      value,
      `a directory inside the workspace, but ${where} does not exist (did the job check out the repository with actions/checkout?)`
    )
  }
  if (!isDirectory) throw bad('revision-path', value, `a directory, but ${where} is a file`)
  return resolved
}

/** appspec-file is relative to revision-path; whether it exists is for the AppSpec lookup to say. */
function resolveAppSpecFile(value: string, revisionPath: string, workspace: string): string {
  const file = path.resolve(revisionPath, plainPath('appspec-file', value))
  if (!existsSync(file)) return value
  confine('appspec-file', value, file, workspace, 'a file')
  return file
}

export interface ReadOptions {
  /**
   * The post step only stops a deployment: it must not fail because a later step removed
   * revision-path.
   */
  checkRevisionPath?: boolean
}

/**
 * Reads and validates every input. Throws an InputError naming the first bad input, before any
 * AWS call is made.
 */
export function readInputs(
  ctx: RunContext = runContext(),
  options: ReadOptions = {}
): ActionInputs {
  const regionSources: [string, string | undefined][] = [
    ['aws-region', core.getInput('aws-region')],
    ['AWS_REGION', ctx.env.AWS_REGION],
    ['AWS_DEFAULT_REGION', ctx.env.AWS_DEFAULT_REGION]
  ]
  const [regionSource, regionInput] = regionSources.find(([, value]) => value) ?? []
  if (!regionSource || !regionInput) {
    throw new InputError(
      "Input 'aws-region' is required: set it, or the AWS_REGION environment variable, to the region of the CodeDeploy application."
    )
  }
  const region = validateRegion(regionInput, regionSource)

  const roleArn = (name: string): string | undefined => {
    const arn = optional(name)
    if (!arn) return undefined
    validateRoleArn(name, arn)
    checkPartition(name, arn, region, regionSource)
    return arn
  }
  const roleToAssume = roleArn('role-to-assume')
  const oidcRoleArn = roleArn('oidc-role-arn')

  const roleSessionName = core.getInput('role-session-name') || defaultSessionName(ctx)
  if (!SESSION_NAME.test(roleSessionName)) {
    throw bad(
      'role-session-name',
      roleSessionName,
      '2 to 64 characters of letters, digits and +=,.@_-'
    )
  }
  const roleExternalId = optional('role-external-id')
  if (roleExternalId !== undefined && !/^[\w+=,.@:/-]{2,1224}$/.test(roleExternalId)) {
    throw new InputError(
      "Input 'role-external-id' is malformed: expected 2 to 1224 characters of letters, digits and +=,.@:/_-."
    )
  }

  const application = required('application', 'the name of the CodeDeploy application')
  if (!CODEDEPLOY_NAME.test(application))
    throw bad('application', application, 'at most 100 characters')
  const deploymentGroup = required(
    'deployment-group',
    'the name of the CodeDeploy deployment group'
  )
  if (!CODEDEPLOY_NAME.test(deploymentGroup)) {
    throw bad('deployment-group', deploymentGroup, 'at most 100 characters')
  }
  const deploymentConfig = optional('deployment-config')
  if (deploymentConfig && !CODEDEPLOY_NAME.test(deploymentConfig)) {
    throw bad('deployment-config', deploymentConfig, 'at most 100 characters')
  }

  const s3BucketOwner = optional('s3-bucket-owner')
  if (s3BucketOwner && !ACCOUNT_ID.test(s3BucketOwner)) {
    throw bad('s3-bucket-owner', s3BucketOwner, 'a 12-digit AWS account ID')
  }
  const fileExistsBehavior = optional('file-exists-behavior')
  const bundleTypeInput = optional('bundle-type')
  const bundleType = bundleTypeInput
    ? parseEnum('bundle-type', bundleTypeInput, BUNDLE_TYPES)
    : undefined
  const locationInput = optional('revision-location')
  const revisionLocation = locationInput
    ? parseRevisionLocation(locationInput, bundleType)
    : undefined
  const uploadOnly = parseBoolean('upload-only', core.getInput('upload-only') || 'false')
  const s3Bucket = optional('s3-bucket')
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)
  if (uploadOnly && revisionLocation) {
    throw new InputError(
      "Inputs 'upload-only' and 'revision-location' exclude each other: revision-location deploys an object already in S3, so there is nothing to upload."
    )
  }
  const revisionPathInput = core.getInput('revision-path') || '.'
  // The post step, and a revision already in S3, read no file: there is nothing to confine.
  const readsFiles = !revisionLocation && options.checkRevisionPath !== false
  const revisionPath = revisionLocation
    ? ctx.workspace
    : readsFiles
      ? resolveRevisionPath(revisionPathInput, ctx.workspace)
      : path.resolve(ctx.workspace, revisionPathInput)
  const appspecFileInput = optional('appspec-file')
  const appspecFile =
    appspecFileInput && readsFiles
      ? resolveAppSpecFile(appspecFileInput, revisionPath, ctx.workspace)
      : appspecFileInput

  const inputs: ActionInputs = {
    region,
    roleToAssume,
    roleExternalId,
    roleSessionName,
    roleDurationSeconds: parseWholeNumber(
      'role-duration-seconds',
      core.getInput('role-duration-seconds') || '3600',
      MIN_ROLE_DURATION,
      MAX_ROLE_DURATION
    ),
    oidcRoleArn,
    audience: core.getInput('audience') || 'sts.amazonaws.com',
    application,
    deploymentGroup,
    deploymentConfig,
    description: readDescription(ctx),
    revisionPath,
    s3Bucket: revisionLocation?.bucket ?? (s3Bucket && validateBucketName(s3Bucket)),
    s3KeyPrefix: validateKeyPrefix(core.getInput('s3-key-prefix')),
    s3BucketOwner,
    uploadCredentials: parseEnum(
      'upload-credentials',
      core.getInput('upload-credentials') || 'target',
      ['target', 'source'] as const
    ),
    exclude: core.getMultilineInput('exclude').filter(line => !line.startsWith('#')),
    fileExistsBehavior: fileExistsBehavior
      ? parseEnum('file-exists-behavior', fileExistsBehavior, [
          'DISALLOW',
          'OVERWRITE',
          'RETAIN'
        ] as const)
      : undefined,
    ignoreApplicationStopFailures: parseBoolean(
      'ignore-application-stop-failures',
      core.getInput('ignore-application-stop-failures') || 'false'
    ),
    wait: parseBoolean('wait', core.getInput('wait') || 'true'),
    waitTimeoutSeconds: parseWholeNumber(
      'wait-timeout-seconds',
      core.getInput('wait-timeout-seconds') || '3600',
      1,
      MAX_WAIT_TIMEOUT,
      MAX_WAIT_TIMEOUT_WHY
    ),
    pollIntervalSeconds: parseWholeNumber(
      'poll-interval-seconds',
      core.getInput('poll-interval-seconds') || '5',
      1,
      MAX_POLL_INTERVAL
    ),
    stopOnCancel: parseBoolean('stop-on-cancel', core.getInput('stop-on-cancel') || 'true'),
    stopOnTimeout: parseBoolean('stop-on-timeout', core.getInput('stop-on-timeout') || 'false'),
    rollbackOnStop: parseBoolean('rollback-on-stop', core.getInput('rollback-on-stop') || 'true'),
    onActiveDeployment: parseEnum(
      'on-active-deployment',
      core.getInput('on-active-deployment') || 'wait',
      ['wait', 'stop', 'fail'] as const
    ),
    bundleType: revisionLocation?.bundleType ?? bundleType ?? 'zip',
    revisionLocation,
    uploadOnly,
    appspecFile,
    githubEnvironment: optional('github-environment'),
    githubToken,
    dryRun: parseBoolean('dry-run', core.getInput('dry-run') || 'false')
  }
  return inputs
}
