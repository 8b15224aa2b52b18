import * as core from '@actions/core'
import { statSync } from 'node:fs'
import * as path from 'node:path'
import type { BundleType } from './bundle/index.js'
import { InputError } from './errors.js'

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
  /** AppSpec file of an ECS or Lambda revision. */
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

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const ACCOUNT_ID = /^\d{12}$/
const CODEDEPLOY_NAME = /^.{1,100}$/
const MIN_ROLE_DURATION = 900
const MAX_ROLE_DURATION = 43200

function bad(input: string, value: string, expected: string): InputError {
  return new InputError(`Input '${input}' is '${value}': expected ${expected}.`)
}

function optional(name: string): string | undefined {
  return core.getInput(name) || undefined
}

function required(name: string, what: string): string {
  const value = core.getInput(name)
  if (!value) throw new InputError(`Input '${name}' is required: set it to ${what}.`)
  return value
}

export function parseWholeNumber(
  name: string,
  value: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER
): number {
  const expected =
    max === Number.MAX_SAFE_INTEGER
      ? `a whole number of at least ${min}`
      : `a whole number from ${min} to ${max}`
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
  if (!ROLE_ARN.test(value)) {
    throw bad(name, value, 'an IAM role ARN such as arn:aws:iam::123456789012:role/deploy')
  }
  return value
}

export function validateRegion(value: string, source = 'aws-region'): string {
  if (!REGION.test(value)) {
    const from = source === 'aws-region' ? '' : ` (from ${source})`
    throw new InputError(
      `Input 'aws-region'${from} is '${value}': expected an AWS region such as us-east-1.`
    )
  }
  return value
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
  if (value.startsWith('/') || value.includes('//')) {
    throw bad('s3-key-prefix', value, 'a key prefix with no leading or doubled "/"')
  }
  return value.endsWith('/') ? value : `${value}/`
}

const BUNDLE_TYPES = ['zip', 'tar', 'tgz'] as const

export function bundleTypeOfKey(key: string): BundleType | undefined {
  if (/\.zip$/i.test(key)) return 'zip'
  if (/\.(tgz|tar\.gz)$/i.test(key)) return 'tgz'
  if (/\.tar$/i.test(key)) return 'tar'
  return undefined
}

/** Parses s3://bucket/key[?versionId=...]; the bundle type comes from the key or bundle-type. */
export function parseRevisionLocation(value: string, bundleType?: BundleType): ExistingRevision {
  const m = /^s3:\/\/([^/?]+)\/([^?]+)(?:\?versionId=([^&]+))?$/.exec(value)
  if (!m) {
    throw bad('revision-location', value, 's3://bucket/key, optionally followed by ?versionId=...')
  }
  const bucket = validateBucketName(m[1], 'revision-location')
  const key = m[2]
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

export function defaultDescription(ctx: RunContext): string {
  if (!ctx.repository) return 'Deployed by GitHub Actions'
  const commit = ctx.sha ? ` at ${ctx.sha.slice(0, 12)}` : ''
  const run = ctx.runId ? `: ${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : ''
  return `Deployed by GitHub Actions from ${ctx.repository}${commit}${run}`
}

function resolveRevisionPath(value: string, workspace: string): string {
  const resolved = path.resolve(workspace, value)
  let isDirectory: boolean
  try {
    isDirectory = statSync(resolved).isDirectory()
  } catch {
    throw bad(
      'revision-path',
      value,
      `a directory inside the workspace, but ${resolved} does not exist (did the job check out the repository with actions/checkout?)`
    )
  }
  if (!isDirectory) throw bad('revision-path', value, `a directory, but ${resolved} is a file`)
  return resolved
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

  const roleToAssume = optional('role-to-assume')
  if (roleToAssume) validateRoleArn('role-to-assume', roleToAssume)
  const oidcRoleArn = optional('oidc-role-arn')
  if (oidcRoleArn) validateRoleArn('oidc-role-arn', oidcRoleArn)

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
    description: core.getInput('description') || defaultDescription(ctx),
    revisionPath: revisionLocation
      ? ctx.workspace
      : options.checkRevisionPath === false
        ? path.resolve(ctx.workspace, core.getInput('revision-path') || '.')
        : resolveRevisionPath(core.getInput('revision-path') || '.', ctx.workspace),
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
      1
    ),
    pollIntervalSeconds: parseWholeNumber(
      'poll-interval-seconds',
      core.getInput('poll-interval-seconds') || '5',
      1
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
    appspecFile: optional('appspec-file'),
    githubEnvironment: optional('github-environment'),
    githubToken,
    dryRun: parseBoolean('dry-run', core.getInput('dry-run') || 'false')
  }
  return inputs
}
