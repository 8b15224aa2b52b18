import { readOverrides, type DeploymentOverrides } from './overrides.js'
import {
  readBundleFile,
  readGitHubRevision,
  readTaskDefinitionFile,
  type GitHubRevision
} from './revision-source.js'
import { readGate, readWaitUntil, type Gate, type WaitUntil } from './gate.js'
import * as core from '@actions/core'
import * as path from 'node:path'
import type { BundleType } from '../bundle/index.js'
import { accountOf, isAccountId } from '../common/arn.js'
import { InputError } from '../common/errors.js'
import { parseAllowedAccounts, requireAllowedAccount } from './allowed-accounts.js'
import { parseProxyUrl } from './proxy.js'
import {
  parseInlinePolicy,
  parsePolicyArns,
  parseSessionTags,
  parseTransitiveTagKeys,
  type SessionOptions
} from './session.js'
import {
  BUNDLE_TYPES,
  checkPartition,
  MAX_CODEDEPLOY_NAME,
  parseRevisionLocation,
  validateBucketName,
  validateKeyPrefix,
  validateRegion,
  validateRoleArn,
  type ExistingRevision
} from './aws-names.js'
import { defaultSessionName, readDescription, runContext, type RunContext } from './context.js'
import { bad, flag, input, optional, parseEnum, parseWholeNumber, required } from './values.js'
import { resolveAppSpecFile, resolveRevisionPath } from './workspace-paths.js'

export type UploadCredentials = 'target' | 'source'
export type FileExistsBehavior = 'DISALLOW' | 'OVERWRITE' | 'RETAIN'
export type ActiveDeploymentPolicy = 'wait' | 'stop' | 'fail'
/** What to do when the commit being deployed is behind the one the group runs. */
export type OlderRevisionPolicy = 'fail' | 'warn' | 'allow'

export interface ActionInputs {
  region: string
  roleToAssume?: string
  roleExternalId?: string
  roleSessionName: string
  roleDurationSeconds: number
  oidcRoleArn?: string
  audience: string
  /** Accounts the deployment may go to; empty allows any. */
  allowedAccountIds: string[]
  /** Tags and session policies of the role-to-assume session. */
  session: SessionOptions
  application: string
  deploymentGroup: string
  deploymentConfig?: string
  description: string
  /** Absolute path of the directory to bundle. */
  revisionPath: string
  /** revision-type: github, the workflow's commit, which CodeDeploy fetches from GitHub. */
  gitHubRevision?: GitHubRevision
  /** bundle-file: a pre-built archive (absolute, inside the workspace) deployed as it is. */
  bundleFile?: string
  /** task-definition: a task definition JSON file to register before an ECS deployment. */
  taskDefinition?: string
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
  olderRevision: OlderRevisionPolicy
  /** CreateDeployment's overrides of the group's settings. */
  overrides: DeploymentOverrides
  waitUntil: WaitUntil
  /** continue-deployment or stop-deployment: no revision, a decision about a deployment at Ready. */
  gate?: Gate
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
  /** Attempts per AWS call, retries included. */
  retryMaxAttempts: number
  /** The proxy every request goes through (NO_PROXY aside), over HTTPS_PROXY / HTTP_PROXY. */
  httpProxy?: string
}

export interface ReadOptions {
  /**
   * The post step only stops a deployment: it must not fail because a later step removed
   * revision-path.
   */
  checkRevisionPath?: boolean
}

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
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
/** Each retry waits longer (up to 20 s): 20 attempts already take minutes. */
const MAX_ATTEMPTS = 20
const MAX_WAIT_TIMEOUT_WHY = '5 days, the longest a job can run on a self-hosted runner'

/**
 * Reads and validates every input. Throws an InputError naming the first bad input, before any
 * AWS call is made.
 */
export function readInputs(
  ctx: RunContext = runContext(),
  options: ReadOptions = {}
): ActionInputs {
  const region = readRegion(ctx)
  const roles = readRoles(ctx, region)
  const deployment = readDeployment(ctx)
  const githubToken = readGitHubToken()
  const revision = readRevision(ctx, options)
  checkKnownAccounts(roles, revision)
  const githubEnvironment = optional('github-environment')
  return {
    ...roles,
    session: readSession(ctx, roles.roleToAssume, githubEnvironment),
    ...deployment,
    ...revision,
    ...readWait(),
    overrides: readOverrides(),
    waitUntil: readWaitUntil(),
    gate: readGate(),
    githubEnvironment,
    githubToken,
    dryRun: flag('dry-run'),
    retryMaxAttempts: parseWholeNumber(
      'retry-max-attempts',
      input('retry-max-attempts'),
      1,
      MAX_ATTEMPTS,
      'more would only prolong a run that AWS keeps refusing'
    ),
    httpProxy: parseProxyUrl(input('http-proxy'))
  }
}

/** Session tags and policies, which only an AssumeRole of role-to-assume can carry. */
function readSession(
  ctx: RunContext,
  roleToAssume: string | undefined,
  githubEnvironment: string | undefined
): SessionOptions {
  const given = SESSION_INPUTS.find(name => input(name).trim())
  if (given && !roleToAssume) {
    throw new InputError(
      `Input '${given}' applies to the session of role-to-assume, which is not set: set ` +
        `role-to-assume, or remove ${given}.`
    )
  }
  const tags = parseSessionTags(input('role-session-tags'), { env: ctx.env, githubEnvironment })
  return {
    tags,
    transitiveTagKeys: parseTransitiveTagKeys(input('transitive-tag-keys'), tags),
    policy: parseInlinePolicy(input('inline-session-policy')),
    policyArns: parsePolicyArns(input('managed-session-policies'))
  }
}

const SESSION_INPUTS = [
  'role-session-tags',
  'transitive-tag-keys',
  'inline-session-policy',
  'managed-session-policies'
] as const

/** The accounts the inputs already name must be allowed, before any AWS call. */
function checkKnownAccounts(
  { allowedAccountIds, roleToAssume }: { allowedAccountIds: string[]; roleToAssume?: string },
  { s3BucketOwner }: { s3BucketOwner?: string }
): void {
  const roleAccount = accountOf(roleToAssume)
  if (roleAccount) {
    requireAllowedAccount(
      allowedAccountIds,
      roleAccount,
      `The account of role-to-assume ${roleToAssume}`
    )
  }
  if (s3BucketOwner) requireAllowedAccount(allowedAccountIds, s3BucketOwner, 's3-bucket-owner')
}

type Region = { region: string; source: string }

function readRegion(ctx: RunContext): Region {
  const sources: [string, string | undefined][] = [
    ['aws-region', input('aws-region')],
    ['AWS_REGION', ctx.env.AWS_REGION],
    ['AWS_DEFAULT_REGION', ctx.env.AWS_DEFAULT_REGION]
  ]
  const [source, value] = sources.find(([, found]) => found) ?? []
  if (!source || !value) {
    throw new InputError(
      "Input 'aws-region' is required: set it, or the AWS_REGION environment variable, to the region of the CodeDeploy application."
    )
  }
  return { region: validateRegion(value, source), source }
}

/** The roles of the chain, each in the region's partition, and how they are assumed. */
function readRoles(ctx: RunContext, { region, source }: Region) {
  const roleArn = (name: 'role-to-assume' | 'oidc-role-arn'): string | undefined => {
    const arn = optional(name)
    if (!arn) return undefined
    validateRoleArn(name, arn)
    checkPartition(name, arn, region, source)
    return arn
  }
  const roleToAssume = roleArn('role-to-assume')
  const oidcRoleArn = roleArn('oidc-role-arn')
  const roleSessionName = input('role-session-name') || defaultSessionName(ctx)
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
  return {
    region,
    roleToAssume,
    roleExternalId,
    roleSessionName,
    roleDurationSeconds: parseWholeNumber(
      'role-duration-seconds',
      input('role-duration-seconds'),
      MIN_ROLE_DURATION,
      MAX_ROLE_DURATION
    ),
    oidcRoleArn,
    audience: input('audience'),
    allowedAccountIds: parseAllowedAccounts(input('allowed-account-ids'))
  }
}

function codeDeployName(name: 'deployment-group' | 'deployment-config', value: string): string {
  if (!CODEDEPLOY_NAME.test(value)) throw bad(name, value, 'at most 100 characters')
  return value
}

/** What is deployed where, and how CodeDeploy treats the instances' files. */
function readDeployment(ctx: RunContext) {
  const application = required('application', 'the name of the CodeDeploy application')
  if (!CODEDEPLOY_NAME.test(application)) {
    throw bad('application', application, 'at most 100 characters')
  }
  const deploymentGroup = codeDeployName(
    'deployment-group',
    required('deployment-group', 'the name of the CodeDeploy deployment group')
  )
  const deploymentConfig = optional('deployment-config')
  const fileExistsBehavior = optional('file-exists-behavior')
  return {
    application,
    deploymentGroup,
    deploymentConfig: deploymentConfig && codeDeployName('deployment-config', deploymentConfig),
    description: readDescription(ctx),
    fileExistsBehavior: fileExistsBehavior
      ? parseEnum('file-exists-behavior', fileExistsBehavior, [
          'DISALLOW',
          'OVERWRITE',
          'RETAIN'
        ] as const)
      : undefined,
    ignoreApplicationStopFailures: flag('ignore-application-stop-failures'),
    onActiveDeployment: parseEnum('on-active-deployment', input('on-active-deployment'), [
      'wait',
      'stop',
      'fail'
    ] as const),
    olderRevision: parseEnum('older-revision', input('older-revision'), [
      'fail',
      'warn',
      'allow'
    ] as const)
  }
}

/** Where the revision comes from (files, an AppSpec, an object in S3) and where it goes. */
function readRevision(ctx: RunContext, options: ReadOptions) {
  const s3BucketOwner = optional('s3-bucket-owner')
  if (s3BucketOwner && !isAccountId(s3BucketOwner)) {
    throw bad('s3-bucket-owner', s3BucketOwner, 'a 12-digit AWS account ID')
  }
  const bundleTypeInput = optional('bundle-type')
  const bundleType = bundleTypeInput
    ? parseEnum('bundle-type', bundleTypeInput, BUNDLE_TYPES)
    : undefined
  const locationInput = optional('revision-location')
  const revisionLocation = locationInput
    ? parseRevisionLocation(locationInput, bundleType)
    : undefined
  const uploadOnly = flag('upload-only')
  const s3Bucket = optional('s3-bucket')
  if (uploadOnly && revisionLocation) {
    throw new InputError(
      "Inputs 'upload-only' and 'revision-location' exclude each other: revision-location deploys an object already in S3, so there is nothing to upload."
    )
  }
  const revisionPathInput = input('revision-path')
  // The post step, and a revision already in S3, read no file: there is nothing to confine.
  const readsFiles = !revisionLocation && options.checkRevisionPath !== false
  const revisionPath = revisionLocation
    ? ctx.workspace
    : readsFiles
      ? resolveRevisionPath(revisionPathInput, ctx.workspace)
      : path.resolve(ctx.workspace, revisionPathInput)
  const appspecFileInput = optional('appspec-file')
  const gitHubRevision = readGitHubRevision(ctx, {
    revisionPath,
    revisionLocation: revisionLocation !== undefined,
    s3Bucket: s3Bucket !== undefined
  })
  const checkFiles = options.checkRevisionPath !== false
  const bundleFile = readBundleFile(ctx, {
    revisionLocation: revisionLocation !== undefined,
    gitHub: gitHubRevision !== undefined,
    checkFiles
  })
  return {
    revisionPath,
    gitHubRevision,
    bundleFile,
    taskDefinition: readTaskDefinitionFile(ctx, checkFiles),
    s3Bucket: revisionLocation?.bucket ?? (s3Bucket && validateBucketName(s3Bucket)),
    s3KeyPrefix: validateKeyPrefix(input('s3-key-prefix')),
    s3BucketOwner,
    uploadCredentials: parseEnum('upload-credentials', input('upload-credentials'), [
      'target',
      'source'
    ] as const),
    exclude: core.getMultilineInput('exclude').filter(line => !line.startsWith('#')),
    bundleType: revisionLocation?.bundleType ?? bundleType ?? 'zip',
    revisionLocation,
    uploadOnly,
    appspecFile:
      appspecFileInput && readsFiles
        ? resolveAppSpecFile(appspecFileInput, revisionPath, ctx.workspace)
        : appspecFileInput
  }
}

/** Whether and how long to wait, and what to do with a deployment left running. */
function readWait() {
  return {
    wait: flag('wait'),
    waitTimeoutSeconds: parseWholeNumber(
      'wait-timeout-seconds',
      input('wait-timeout-seconds'),
      1,
      MAX_WAIT_TIMEOUT,
      MAX_WAIT_TIMEOUT_WHY
    ),
    pollIntervalSeconds: parseWholeNumber(
      'poll-interval-seconds',
      input('poll-interval-seconds'),
      1,
      MAX_POLL_INTERVAL
    ),
    stopOnCancel: flag('stop-on-cancel'),
    stopOnTimeout: flag('stop-on-timeout'),
    rollbackOnStop: flag('rollback-on-stop')
  }
}

function readGitHubToken(): string {
  const token = input('github-token')
  if (token) core.setSecret(token)
  return token
}
