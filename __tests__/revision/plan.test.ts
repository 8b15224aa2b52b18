import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Bundle } from '../../src/bundle/index.js'
import { AppSpecError, InputError, UploadError } from '../../src/common/errors.js'
import type { ActionInputs } from '../../src/inputs/inputs.js'
import type { ExistingRevision } from '../../src/inputs/aws-names.js'
import {
  discard,
  planRevision,
  platformOf,
  prepareLocalRevision,
  sourceDateEpoch,
  type RevisionPlan
} from '../../src/revision/plan.js'
import { existingRevision, uploadRevision, type Uploader } from '../../src/s3/objects.js'
import { saveEnv } from '../support/actions.js'
import { awsError, noAwsConfig, s3Client, s3NotFound } from '../support/aws.js'
import { recordingLog } from '../support/log.js'
import { errorOf, rejection } from '../support/thrown.js'

const s3Mock = mockClient(S3Client)
const restoreEnv = saveEnv()
const BUCKET = 'prod-releases'
const OWNER = '222222222222'
const UPLOADER: Uploader = {
  identity: 'arn:aws:sts::222222222222:assumed-role/deployer/GitHubActions-shop-42-1',
  account: OWNER
}

const SERVER = `version: 0.0
os: linux
files:
  - source: /
    destination: /srv/shop
hooks:
  ApplicationStart:
    - location: scripts/start.sh
`
const ECS = `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: arn:aws:ecs:eu-west-1:222222222222:task-definition/shop:7
        LoadBalancerInfo:
          ContainerName: web
          ContainerPort: 8080
`
const LAMBDA = `version: 0.0
Resources:
  - shop:
      Type: AWS::Lambda::Function
      Properties:
        Name: shop
        Alias: live
        CurrentVersion: "3"
        TargetVersion: "4"
`

let dir: string

/** A directory under the test's temporary directory, with the given files. */
function tree(name: string, files: Record<string, string>): string {
  const root = path.join(dir, name)
  mkdirSync(root, { recursive: true })
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text, { mode: file.endsWith('.sh') ? 0o755 : 0o644 })
  }
  return root
}

function inputs(overrides: Partial<ActionInputs> = {}): ActionInputs {
  return {
    region: 'eu-west-1',
    roleSessionName: 'GitHubActions-shop-42-1',
    roleDurationSeconds: 3600,
    audience: 'sts.amazonaws.com',
    allowedAccountIds: [],
    session: { tags: [], transitiveTagKeys: [], policyArns: [] },
    application: 'shop',
    deploymentGroup: 'production',
    description: 'test',
    revisionPath: dir,
    s3Bucket: BUCKET,
    s3KeyPrefix: '',
    uploadCredentials: 'target',
    exclude: [],
    ignoreApplicationStopFailures: false,
    wait: true,
    waitTimeoutSeconds: 60,
    pollIntervalSeconds: 1,
    stopOnCancel: true,
    stopOnTimeout: false,
    rollbackOnStop: true,
    onActiveDeployment: 'wait',
    olderRevision: 'fail',
    overrides: { ignoreAlarms: false, updateOutdatedInstancesOnly: false },
    waitUntil: 'completed',
    bundleType: 'zip',
    uploadOnly: false,
    githubToken: '',
    dryRun: false,
    retryMaxAttempts: 8,
    ...overrides
  }
}

/** The temporary bundle directories in `p` (test fixtures live in other directories). */
function bundleDirs(p: string): string[] {
  return readdirSync(p).filter(name => name.startsWith('codedeploy-bundle-'))
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'revision-test-'))
  s3Mock.reset()
  Object.assign(process.env, noAwsConfig(dir))
  process.env.AWS_EC2_METADATA_DISABLED = 'true'
})

afterEach(() => {
  restoreEnv()
  rmSync(dir, { recursive: true, force: true })
})

describe('planRevision', () => {
  it('plans a bundle for an EC2/On-Premises AppSpec', async () => {
    const root = tree('app', { 'appspec.yml': SERVER })
    expect(await planRevision(inputs({ revisionPath: root }))).toEqual({
      kind: 'bundle',
      bucket: BUCKET
    })
  })

  it('deploys revision-location as it is, without opening revision-path', async () => {
    const location: ExistingRevision = {
      bucket: 'dev-releases',
      key: 'shop/abc.tgz',
      versionId: 'v7',
      bundleType: 'tgz'
    }
    const plan = await planRevision(
      inputs({ revisionPath: path.join(dir, 'missing'), revisionLocation: location })
    )
    expect(plan).toEqual({ kind: 'existing', location })
  })

  it.each([
    ['ECS', 'appspec.yaml', ECS],
    ['Lambda', 'appspec.yml', LAMBDA]
  ])('sends a %s AppSpec as content, with no bucket needed', async (platform, name, text) => {
    const root = tree('app', { [name]: text })
    expect(await planRevision(inputs({ revisionPath: root, s3Bucket: undefined }))).toEqual({
      kind: 'appspec-content',
      file: path.join(root, name),
      platform
    })
  })

  it('finds the AppSpec named by appspec-file, relative to revision-path', async () => {
    const root = tree('app', { 'deploy/ecs-appspec.yaml': ECS })
    expect(
      await planRevision(
        inputs({ revisionPath: root, s3Bucket: undefined, appspecFile: 'deploy/ecs-appspec.yaml' })
      )
    ).toEqual({
      kind: 'appspec-content',
      file: path.join(root, 'deploy', 'ecs-appspec.yaml'),
      platform: 'ECS'
    })
  })

  it('refuses appspec-file for an EC2/On-Premises AppSpec', async () => {
    const root = tree('app', { 'server.yml': SERVER })
    const err = await rejection(
      planRevision(inputs({ revisionPath: root, appspecFile: 'server.yml' }))
    )
    expect(err).toBeInstanceOf(InputError)
    expect(err.message).toBe(
      "Input 'appspec-file' is for ECS and Lambda deployment groups, but server.yml is an EC2/On-Premises AppSpec: leave appspec-file empty and put appspec.yml at the root of revision-path."
    )
  })

  it('names appspec-file when the file it names does not exist', async () => {
    const root = tree('app', { 'appspec.yml': SERVER })
    const err = await rejection(
      planRevision(inputs({ revisionPath: root, appspecFile: 'nope.yml' }))
    )
    expect(err).toBeInstanceOf(InputError)
    expect(err.message).toBe(
      `Input 'appspec-file' is 'nope.yml': expected an AppSpec file (relative to revision-path or absolute), but ${path.join(root, 'nope.yml')} does not exist.`
    )
  })

  it("plans a bundle without any AppSpec, so that the bundle's own check explains it", async () => {
    const root = tree('app', { 'nested/appspec.yml': SERVER })
    const plan = await planRevision(inputs({ revisionPath: root }))
    expect(plan).toEqual({ kind: 'bundle', bucket: BUCKET })
    const err = await rejection(
      prepareLocalRevision(plan, inputs({ revisionPath: root }), {
        RUNNER_TEMP: dir
      })
    )
    expect(err).toBeInstanceOf(AppSpecError)
    expect(err.message).toContain(
      `no appspec.yml or appspec.yaml at the root of revision-path (${root})`
    )
  })

  it('refuses an appspec.yml that links out of revision-path, with nothing of what it points to', async () => {
    const root = tree('app', {})
    writeFileSync(path.join(dir, 'secret.yml'), 'Resources:\n  - x:\n      Type: ghp_secret\n')
    symlinkSync('../secret.yml', path.join(root, 'appspec.yml'))
    const err = await rejection(planRevision(inputs({ revisionPath: root })))
    expect(err).toBeInstanceOf(AppSpecError)
    expect(err.message).toBe(
      `appspec.yml resolves to ${path.join(dir, 'secret.yml')}, outside revision-path (${root}): ` +
        `the AppSpec is read from the revision alone; replace the link with a copy of the file`
    )
  })

  it('reads an ECS AppSpec through a link inside revision-path', async () => {
    const root = tree('app', { 'deploy/ecs.yaml': ECS })
    symlinkSync('deploy/ecs.yaml', path.join(root, 'appspec.yaml'))
    expect(await planRevision(inputs({ revisionPath: root, s3Bucket: undefined }))).toEqual({
      kind: 'appspec-content',
      file: path.join(root, 'appspec.yaml'),
      platform: 'ECS'
    })
  })

  it('refuses an AppSpec in .git, found or named by appspec-file', async () => {
    const root = tree('app', { '.git/config': '[remote "origin"]\n  token = ghp_secret\n' })
    symlinkSync('.git/config', path.join(root, 'appspec.json'))
    const found = await rejection(planRevision(inputs({ revisionPath: root })))
    expect(found).toBeInstanceOf(AppSpecError)
    expect(found.message).toBe(
      `appspec.json resolves to ${path.join(root, '.git/config')}, inside a .git directory, ` +
        `which is never read or bundled; use an AppSpec file outside .git`
    )
    const named = await rejection(
      planRevision(inputs({ revisionPath: root, appspecFile: '.git/config' }))
    )
    expect(named.message).toMatch(/^config resolves to .*, inside a \.git directory/)
  })

  it('reads an appspec-file outside revision-path: the workspace bounds it, not the revision', async () => {
    const root = tree('app', {})
    const file = path.join(tree('deploy', { 'ecs.yaml': ECS }), 'ecs.yaml')
    expect(
      await planRevision(inputs({ revisionPath: root, s3Bucket: undefined, appspecFile: file }))
    ).toEqual({ kind: 'appspec-content', file, platform: 'ECS' })
  })

  it('refuses an AppSpec larger than the cap before parsing it', async () => {
    const root = tree('app', { 'appspec.yml': `${SERVER}#${'x'.repeat(2 << 20)}\n` })
    const err = await rejection(planRevision(inputs({ revisionPath: root })))
    expect(err).toBeInstanceOf(AppSpecError)
    expect(err.message).toMatch(
      /^appspec\.yml is 2,097,[\d]{3} bytes; AppSpec files are read up to 1,048,576 bytes \(1 MiB\)/
    )
  })

  it('requires s3-bucket when a bundle is to be uploaded', async () => {
    const root = tree('app', { 'appspec.yml': SERVER })
    const err = await rejection(planRevision(inputs({ revisionPath: root, s3Bucket: undefined })))
    expect(err).toBeInstanceOf(InputError)
    expect(err.message).not.toContain('\n')
    expect(err.message).toBe(
      "Input 's3-bucket' is required: set it to the S3 bucket that receives the bundle (in either account), or set revision-location to deploy an object already in S3."
    )
  })
})

describe('platformOf', () => {
  it.each<[string, RevisionPlan, string | undefined]>([
    ['a bundle', { kind: 'bundle', bucket: BUCKET }, 'Server'],
    ['an ECS AppSpec', { kind: 'appspec-content', file: '/a.yml', platform: 'ECS' }, 'ECS'],
    ['a Lambda AppSpec', { kind: 'appspec-content', file: '/a.yml', platform: 'Lambda' }, 'Lambda'],
    [
      'an existing object',
      { kind: 'existing', location: { bucket: BUCKET, key: 'a.zip', bundleType: 'zip' } },
      undefined
    ]
  ])('is right for %s', (_what, plan, platform) => {
    expect(platformOf(plan)).toBe(platform)
  })
})

describe('sourceDateEpoch', () => {
  it('is undefined when SOURCE_DATE_EPOCH is unset or empty', () => {
    expect(sourceDateEpoch({})).toBeUndefined()
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '' })).toBeUndefined()
  })

  it('reads a whole number of seconds', () => {
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '0' })).toBe(0)
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '1700000000' })).toBe(1700000000)
  })

  it.each(['-1', '1.5', 'yesterday', ' 17'])('rejects %s', value => {
    const err = errorOf(() => sourceDateEpoch({ SOURCE_DATE_EPOCH: value }))
    expect(err).toBeInstanceOf(InputError)
    expect(err.message).toBe(
      `SOURCE_DATE_EPOCH is '${value}': expected a whole number of seconds since 1970-01-01.`
    )
  })
})

describe('prepareLocalRevision', () => {
  it('bundles revision-path into RUNNER_TEMP, reproducibly with SOURCE_DATE_EPOCH', async () => {
    const root = tree('app', { 'appspec.yml': SERVER, 'scripts/start.sh': '#!/bin/sh\n' })
    const temp = path.join(dir, 'runner-temp')
    mkdirSync(temp)
    const env = { RUNNER_TEMP: temp, SOURCE_DATE_EPOCH: '1700000000' }
    const plan: RevisionPlan = { kind: 'bundle', bucket: BUCKET }
    const first = await prepareLocalRevision(plan, inputs({ revisionPath: root }), env)
    const second = await prepareLocalRevision(plan, inputs({ revisionPath: root }), env)
    if (first.kind !== 'bundle' || second.kind !== 'bundle') throw new Error('expected bundles')
    expect(first.bucket).toBe(BUCKET)
    expect(first.bundle).toMatchObject({ bundleType: 'zip', fileCount: 2 })
    expect(path.dirname(path.dirname(first.bundle.path))).toBe(temp)
    expect(path.basename(first.bundle.path)).toBe(`${first.bundle.sha256}.zip`)
    const bytes = readFileSync(first.bundle.path)
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(first.bundle.sha256)
    expect(bytes.length).toBe(first.bundle.size)
    expect(second.bundle.sha256).toBe(first.bundle.sha256)
    expect(second.bundle.path).not.toBe(first.bundle.path)

    await discard(first)
    expect(existsSync(path.dirname(first.bundle.path))).toBe(false)
    expect(existsSync(second.bundle.path)).toBe(true)
  })

  it('deploys a pre-built archive as it is, and never removes it', async () => {
    const root = tree('app', { 'appspec.yml': SERVER, 'scripts/start.sh': '#!/bin/sh\n' })
    const built = await prepareLocalRevision(
      { kind: 'bundle', bucket: BUCKET },
      inputs({ revisionPath: root }),
      { RUNNER_TEMP: dir }
    )
    if (built.kind !== 'bundle') throw new Error('expected a bundle')
    const plan: RevisionPlan = { kind: 'bundle', bucket: BUCKET, prebuilt: built.bundle.path }
    const local = await prepareLocalRevision(plan, inputs(), {})
    if (local.kind !== 'bundle') throw new Error('expected a bundle')
    expect(local.owned).toBe(false)
    expect(local.bundle).toMatchObject({
      path: built.bundle.path,
      sha256: built.bundle.sha256,
      bundleType: 'zip',
      fileCount: 2
    })
    await discard(local)
    expect(existsSync(built.bundle.path)).toBe(true)
  })

  it('gives a different archive for another SOURCE_DATE_EPOCH', async () => {
    const root = tree('app', { 'appspec.yml': SERVER, 'scripts/start.sh': '#!/bin/sh\n' })
    const plan: RevisionPlan = { kind: 'bundle', bucket: BUCKET }
    const a = await prepareLocalRevision(plan, inputs({ revisionPath: root }), {
      RUNNER_TEMP: dir,
      SOURCE_DATE_EPOCH: '1700000000'
    })
    const b = await prepareLocalRevision(plan, inputs({ revisionPath: root }), {
      RUNNER_TEMP: dir,
      SOURCE_DATE_EPOCH: '1800000000'
    })
    if (a.kind !== 'bundle' || b.kind !== 'bundle') throw new Error('expected bundles')
    expect(a.bundle.sha256).not.toBe(b.bundle.sha256)
  })

  it('rejects a bad SOURCE_DATE_EPOCH and leaves no temporary directory behind', async () => {
    const root = tree('app', { 'appspec.yml': SERVER, 'scripts/start.sh': '#!/bin/sh\n' })
    const temp = path.join(dir, 'runner-temp')
    mkdirSync(temp)
    const err = await rejection(
      prepareLocalRevision({ kind: 'bundle', bucket: BUCKET }, inputs({ revisionPath: root }), {
        RUNNER_TEMP: temp,
        SOURCE_DATE_EPOCH: 'now'
      })
    )
    expect(err).toBeInstanceOf(InputError)
    expect(err.message).toContain("SOURCE_DATE_EPOCH is 'now'")
    expect(bundleDirs(temp)).toEqual([])
  })

  it('validates an ECS AppSpec and returns it as the revision', async () => {
    const root = tree('app', { 'appspec.yaml': ECS })
    const file = path.join(root, 'appspec.yaml')
    const local = await prepareLocalRevision(
      { kind: 'appspec-content', file, platform: 'ECS' },
      inputs({ revisionPath: root }),
      {}
    )
    const sha256 = createHash('sha256').update(ECS).digest('hex')
    if (local.kind !== 'appspec-content') throw new Error('expected appspec-content')
    expect(local.content.revision).toEqual({
      revisionType: 'AppSpecContent',
      appSpecContent: { content: ECS, sha256 }
    })
    expect(local.content.sha256).toBe(sha256)
  })

  it('passes an existing object through untouched', async () => {
    const location: ExistingRevision = { bucket: BUCKET, key: 'a.tar', bundleType: 'tar' }
    expect(
      await prepareLocalRevision({ kind: 'existing', location }, inputs(), { RUNNER_TEMP: dir })
    ).toEqual({ kind: 'existing', location })
    expect(bundleDirs(dir)).toEqual([])
  })
})

describe('uploadRevision', () => {
  let bundle: Bundle
  const SHA = 'c'.repeat(64)

  beforeEach(() => {
    const file = path.join(dir, `${SHA}.zip`)
    writeFileSync(file, Buffer.alloc(2048, 7))
    bundle = {
      path: file,
      size: 2048,
      sha256: SHA,
      bundleType: 'zip',
      fileCount: 3,
      appSpec: { file: 'appspec.yml', os: 'linux', hooks: [], warnings: [] }
    }
  })

  it('skips the upload when the same bundle is already at its key', async () => {
    s3Mock
      .on(HeadObjectCommand)
      .resolves({ ETag: '"etag-old"', VersionId: 'v3', Metadata: { sha256: SHA } })
    const log = recordingLog()
    const revision = await uploadRevision(
      s3Client(),
      BUCKET,
      inputs({ s3KeyPrefix: 'releases/', s3BucketOwner: OWNER }),
      bundle,
      UPLOADER,
      log
    )
    expect(revision).toEqual({
      bucket: BUCKET,
      key: `releases/shop/${SHA}.zip`,
      expectedBucketOwner: OWNER,
      bundleType: 'zip',
      sha256: SHA,
      size: 2048,
      etag: 'etag-old',
      versionId: 'v3',
      uploaded: false
    })
    expect(s3Mock.commandCalls(HeadObjectCommand)[0].args[0].input).toEqual({
      Bucket: BUCKET,
      Key: `releases/shop/${SHA}.zip`,
      ExpectedBucketOwner: OWNER
    })
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(0)
    expect(log.lines).toEqual([
      `s3://${BUCKET}/releases/shop/${SHA}.zip already holds this bundle (same SHA-256): upload skipped.`
    ])
  })

  it('uploads to the content-addressed key when the bundle is not there', async () => {
    s3Mock.on(HeadObjectCommand).rejects(s3NotFound())
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"etag-new"', VersionId: 'v4' })
    const log = recordingLog()
    const revision = await uploadRevision(
      s3Client(),
      BUCKET,
      inputs({ s3BucketOwner: OWNER }),
      bundle,
      UPLOADER,
      log
    )
    expect(revision).toEqual({
      bucket: BUCKET,
      key: `shop/${SHA}.zip`,
      expectedBucketOwner: OWNER,
      bundleType: 'zip',
      sha256: SHA,
      size: 2048,
      etag: 'etag-new',
      versionId: 'v4',
      uploaded: true
    })
    const puts = s3Mock.commandCalls(PutObjectCommand)
    expect(puts).toHaveLength(1)
    expect(puts[0].args[0].input).toMatchObject({
      Bucket: BUCKET,
      Key: `shop/${SHA}.zip`,
      ExpectedBucketOwner: OWNER,
      ChecksumAlgorithm: 'SHA256',
      Metadata: { sha256: SHA }
    })
    expect(log.lines).toHaveLength(1)
    expect(log.lines[0]).toMatch(
      new RegExp(`^Uploaded s3://${BUCKET}/shop/${SHA}\\.zip \\(2048 bytes in \\d+\\.\\d s\\)\\.$`)
    )
  })

  it('uploads over an object at the key whose SHA-256 differs', async () => {
    s3Mock.on(HeadObjectCommand).resolves({ ETag: '"x"', Metadata: { sha256: 'd'.repeat(64) } })
    s3Mock.on(PutObjectCommand).resolves({ ETag: '"etag-new"' })
    const revision = await uploadRevision(
      s3Client(),
      BUCKET,
      inputs(),
      bundle,
      UPLOADER,
      recordingLog()
    )
    expect(revision.uploaded).toBe(true)
    expect(revision.etag).toBe('etag-new')
    expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(1)
  })

  it('fails with an UploadError naming the identity and the bucket when the upload is denied', async () => {
    s3Mock.on(HeadObjectCommand).rejects(s3NotFound())
    s3Mock.on(PutObjectCommand).rejects(awsError('AccessDenied', 403, 'Access Denied'))
    const err = await rejection(
      uploadRevision(s3Client(), BUCKET, inputs(), bundle, UPLOADER, recordingLog())
    )
    expect(err).toBeInstanceOf(UploadError)
    expect(err.message).toContain(
      `s3:PutObject on s3://${BUCKET}/shop/${SHA}.zip failed: AccessDenied: Access Denied. Check: the policy of ${UPLOADER.identity} must allow s3:PutObject on arn:aws:s3:::${BUCKET}/*`
    )
  })
})

describe('existingRevision', () => {
  const location: ExistingRevision = {
    bucket: 'dev-releases',
    key: 'shop/1.2.3.tgz',
    versionId: 'v7',
    bundleType: 'tgz'
  }

  it('pins the ETag and version of the object, with the SHA-256 this action recorded', async () => {
    s3Mock.on(HeadObjectCommand).resolves({
      ETag: '"etag-7"',
      VersionId: 'v7',
      ContentLength: 1234,
      Metadata: { sha256: 'a'.repeat(64) }
    })
    expect(await existingRevision(s3Client(), location, OWNER, UPLOADER)).toEqual({
      bucket: 'dev-releases',
      key: 'shop/1.2.3.tgz',
      bundleType: 'tgz',
      etag: 'etag-7',
      versionId: 'v7',
      sha256: 'a'.repeat(64),
      size: 1234,
      uploaded: false
    })
    expect(s3Mock.commandCalls(HeadObjectCommand)[0].args[0].input).toEqual({
      Bucket: 'dev-releases',
      Key: 'shop/1.2.3.tgz',
      VersionId: 'v7',
      ExpectedBucketOwner: OWNER
    })
  })

  it('leaves the SHA-256 empty for an object another tool uploaded', async () => {
    s3Mock.on(HeadObjectCommand).resolves({ ETag: '"etag-8"', ContentLength: 99 })
    const unversioned = { ...location, versionId: undefined }
    expect(await existingRevision(s3Client(), unversioned, undefined, UPLOADER)).toEqual({
      bucket: 'dev-releases',
      key: 'shop/1.2.3.tgz',
      bundleType: 'tgz',
      etag: 'etag-8',
      versionId: undefined,
      sha256: '',
      size: 99,
      uploaded: false
    })
    expect(s3Mock.commandCalls(HeadObjectCommand)[0].args[0].input).toEqual({
      Bucket: 'dev-releases',
      Key: 'shop/1.2.3.tgz'
    })
  })

  it('says which object does not exist', async () => {
    s3Mock.on(HeadObjectCommand).rejects(s3NotFound())
    const err = await rejection(existingRevision(s3Client(), location, OWNER, UPLOADER))
    expect(err).toBeInstanceOf(UploadError)
    expect(err.message).toBe(
      'revision-location: version v7 of s3://dev-releases/shop/1.2.3.tgz does not exist. Check the bucket, the key and the version, and that the object was uploaded by an earlier job.'
    )
  })
})
