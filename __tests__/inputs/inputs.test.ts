import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { AccountNotAllowedError, InputError } from '../../src/common/errors.js'
import {
  bundleTypeOfKey,
  parseRevisionLocation,
  validateBucketName,
  validateKeyPrefix,
  validateRegion,
  validateRoleArn
} from '../../src/inputs/aws-names.js'
import {
  defaultDescription,
  defaultSessionName,
  MAX_DESCRIPTION,
  runContext,
  type RunContext
} from '../../src/inputs/context.js'
import { parseBoolean, parseWholeNumber } from '../../src/inputs/values.js'
import { readInputs } from '../../src/inputs/inputs.js'
import { runTokenLength } from '../../src/common/run-token.js'
import { clearEnv, saveEnv, setInputs } from '../support/actions.js'

const restoreEnv = saveEnv()
let workspace: string
/** A directory next to the workspace, holding an app and an AppSpec that must not be reachable. */
let outside: string

beforeAll(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'inputs-test-'))
  outside = mkdtempSync(path.join(os.tmpdir(), 'inputs-outside-'))
  mkdirSync(path.join(workspace, 'app'))
  writeFileSync(path.join(workspace, 'app', 'appspec.yml'), 'version: 0.0\nos: linux\n')
  writeFileSync(path.join(workspace, 'app', 'ecs.yaml'), 'version: 0.0\n')
  writeFileSync(path.join(workspace, 'README.md'), 'hello\n')
  mkdirSync(path.join(outside, 'app'))
  writeFileSync(path.join(outside, 'app', 'appspec.yml'), 'version: 0.0\nos: linux\n')
  writeFileSync(path.join(outside, 'ecs.yaml'), 'version: 0.0\n')
  symlinkSync(path.join(outside, 'app'), path.join(workspace, 'linked-out'))
  symlinkSync(path.join(workspace, 'app'), path.join(workspace, 'linked-in'))
  symlinkSync(path.join(outside, 'ecs.yaml'), path.join(workspace, 'app', 'linked-out.yaml'))
  symlinkSync(workspace, path.join(outside, 'workspace-link'))
})

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

beforeEach(() => {
  clearEnv('INPUT_', 'AWS_', 'GITHUB_')
})

afterEach(() => {
  jest.restoreAllMocks()
  restoreEnv()
})

function context(env: NodeJS.ProcessEnv = {}): RunContext {
  return runContext({
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo-org/shop-api',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '987654321',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_SERVER_URL: 'https://github.com',
    ...env
  })
}

const REQUIRED = {
  'aws-region': 'eu-west-1',
  application: 'shop-api',
  'deployment-group': 'production',
  's3-bucket': 'shop-api-bundles'
}

/** Reads the inputs and returns the InputError they raise; fails the test when none is raised. */
function inputError(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): InputError {
  setInputs(inputs)
  try {
    readInputs(context(env))
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    return err as InputError
  }
  throw new Error('readInputs did not throw')
}

/** Collects what is written to stdout (where workflow commands such as ::add-mask:: go). */
function captureStdout(): string[] {
  const chunks: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    chunks.push(String(chunk))
    return true
  })
  return chunks
}

/** One line, naming the input and the value. */
function expectNamed(err: Error, input: string, value: string): void {
  expect(err.message).not.toContain('\n')
  expect(err.message).toContain(`'${input}'`)
  expect(err.message).toContain(`'${value}'`)
}

describe('readInputs', () => {
  it('applies every default when only the required inputs are set', () => {
    setInputs(REQUIRED)
    expect(readInputs(context())).toEqual({
      region: 'eu-west-1',
      roleToAssume: undefined,
      roleExternalId: undefined,
      roleSessionName: 'GitHubActions-shop-api-987654321-2',
      roleDurationSeconds: 3600,
      oidcRoleArn: undefined,
      audience: 'sts.amazonaws.com',
      allowedAccountIds: [],
      session: { tags: [], transitiveTagKeys: [], policy: undefined, policyArns: [] },
      application: 'shop-api',
      deploymentGroup: 'production',
      deploymentConfig: undefined,
      description:
        'Deployed by GitHub Actions from octo-org/shop-api at 0123456789ab: https://github.com/octo-org/shop-api/actions/runs/987654321',
      revisionPath: workspace,
      s3Bucket: 'shop-api-bundles',
      s3KeyPrefix: '',
      s3BucketOwner: undefined,
      uploadCredentials: 'target',
      exclude: [],
      fileExistsBehavior: undefined,
      ignoreApplicationStopFailures: false,
      wait: true,
      waitTimeoutSeconds: 3600,
      pollIntervalSeconds: 5,
      stopOnCancel: true,
      stopOnTimeout: false,
      rollbackOnStop: true,
      onActiveDeployment: 'wait',
      olderRevision: 'fail',
      overrides: { ignoreAlarms: false, updateOutdatedInstancesOnly: false },
      waitUntil: 'completed',
      gate: undefined,
      bundleType: 'zip',
      revisionLocation: undefined,
      uploadOnly: false,
      appspecFile: undefined,
      githubEnvironment: undefined,
      githubToken: '',
      dryRun: false,
      retryMaxAttempts: 8
    })
  })

  it('reads every input when all are set', () => {
    setInputs({
      ...REQUIRED,
      'aws-region': ' us-gov-west-1 ',
      'role-to-assume': 'arn:aws-us-gov:iam::222222222222:role/deploy/codedeploy-deployer',
      'role-external-id': 'ext-id:1234/abc',
      'role-session-name': 'release@shop=1,2.3_4-5',
      'role-duration-seconds': '7200',
      'oidc-role-arn': 'arn:aws-us-gov:iam::111111111111:role/github-oidc',
      audience: 'sts.amazonaws.com/custom',
      'allowed-account-ids': ' 222222222222, 111111111111,222222222222 ',
      'role-session-tags': 'Team=shop\n\n  Stage = prod=1 ',
      'transitive-tag-keys': 'Team',
      'inline-session-policy':
        '{ "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:*", "Resource": "*" }] }',
      'managed-session-policies': 'arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess',
      'deployment-config': 'CodeDeployDefault.OneAtATime',
      description: 'Release 1.2.3',
      'revision-path': 'app',
      's3-key-prefix': 'releases/shop',
      's3-bucket-owner': '222222222222',
      'upload-credentials': 'SOURCE',
      exclude: '*.log\n# a comment\n\n  node_modules/  \ntmp/',
      'file-exists-behavior': 'overwrite',
      'ignore-application-stop-failures': 'True',
      wait: 'FALSE',
      'wait-timeout-seconds': '600',
      'poll-interval-seconds': '15',
      'stop-on-cancel': 'false',
      'stop-on-timeout': 'true',
      'rollback-on-stop': 'False',
      'on-active-deployment': 'STOP',
      'bundle-type': 'TGZ',
      'upload-only': 'true',
      'appspec-file': 'deploy/appspec.yaml',
      'github-environment': 'production',
      'github-token': 'ghs_everyInputToken0001',
      'dry-run': 'TRUE',
      'retry-max-attempts': '1',
      'older-revision': 'warn',
      'auto-rollback': 'deployment_stop_on_alarm, DEPLOYMENT_FAILURE',
      'ignore-alarms': 'true',
      'update-outdated-instances-only': 'true',
      'wait-until': 'Ready'
    })
    const stdout = captureStdout()
    expect(readInputs(context())).toEqual({
      region: 'us-gov-west-1',
      roleToAssume: 'arn:aws-us-gov:iam::222222222222:role/deploy/codedeploy-deployer',
      roleExternalId: 'ext-id:1234/abc',
      roleSessionName: 'release@shop=1,2.3_4-5',
      roleDurationSeconds: 7200,
      oidcRoleArn: 'arn:aws-us-gov:iam::111111111111:role/github-oidc',
      audience: 'sts.amazonaws.com/custom',
      allowedAccountIds: ['222222222222', '111111111111'],
      session: {
        tags: [
          { Key: 'Team', Value: 'shop' },
          { Key: 'Stage', Value: 'prod=1' }
        ],
        transitiveTagKeys: ['Team'],
        policy:
          '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
        policyArns: ['arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess']
      },
      application: 'shop-api',
      deploymentGroup: 'production',
      deploymentConfig: 'CodeDeployDefault.OneAtATime',
      description: 'Release 1.2.3',
      revisionPath: path.join(workspace, 'app'),
      s3Bucket: 'shop-api-bundles',
      s3KeyPrefix: 'releases/shop/',
      s3BucketOwner: '222222222222',
      uploadCredentials: 'source',
      exclude: ['*.log', 'node_modules/', 'tmp/'],
      fileExistsBehavior: 'OVERWRITE',
      ignoreApplicationStopFailures: true,
      wait: false,
      waitTimeoutSeconds: 600,
      pollIntervalSeconds: 15,
      stopOnCancel: false,
      stopOnTimeout: true,
      rollbackOnStop: false,
      onActiveDeployment: 'stop',
      olderRevision: 'warn',
      overrides: {
        autoRollback: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
        ignoreAlarms: true,
        updateOutdatedInstancesOnly: true
      },
      waitUntil: 'ready',
      gate: undefined,
      bundleType: 'tgz',
      revisionLocation: undefined,
      uploadOnly: true,
      appspecFile: 'deploy/appspec.yaml',
      githubEnvironment: 'production',
      githubToken: 'ghs_everyInputToken0001',
      dryRun: true,
      retryMaxAttempts: 1
    })
    expect(stdout.join('')).toContain('::add-mask::ghs_everyInputToken0001')
  })

  it('accepts an absolute revision-path', () => {
    setInputs({ ...REQUIRED, 'revision-path': path.join(workspace, 'app') })
    expect(readInputs(context()).revisionPath).toBe(path.join(workspace, 'app'))
  })

  describe('aws-region', () => {
    it('falls back to AWS_REGION', () => {
      setInputs({ ...REQUIRED, 'aws-region': '' })
      expect(readInputs(context({ AWS_REGION: 'ap-southeast-2' })).region).toBe('ap-southeast-2')
    })

    it('falls back to AWS_DEFAULT_REGION', () => {
      setInputs({ ...REQUIRED, 'aws-region': '' })
      expect(readInputs(context({ AWS_DEFAULT_REGION: 'cn-north-1' })).region).toBe('cn-north-1')
    })

    it('prefers AWS_REGION to AWS_DEFAULT_REGION', () => {
      setInputs({ ...REQUIRED, 'aws-region': '' })
      const ctx = context({ AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'us-east-1' })
      expect(readInputs(ctx).region).toBe('us-west-2')
    })

    it('prefers the input to the environment', () => {
      setInputs(REQUIRED)
      const ctx = context({ AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'us-east-1' })
      expect(readInputs(ctx).region).toBe('eu-west-1')
    })

    it('is required when neither the input nor the environment sets it', () => {
      const err = inputError({ ...REQUIRED, 'aws-region': '' })
      expect(err.message).not.toContain('\n')
      expect(err.message).toContain("'aws-region' is required")
      expect(err.message).toContain('AWS_REGION')
    })

    it.each(['us-east', 'US-EAST-1', 'useast1', 'us-east-1a', 'eu_west_1', 'mars'])(
      'rejects %s',
      value => {
        const err = inputError({ ...REQUIRED, 'aws-region': value })
        expectNamed(err, 'aws-region', value)
        expect(err.message).toContain('an AWS region such as us-east-1')
      }
    )

    it('rejects a malformed AWS_REGION and says the value came from it', () => {
      setInputs({ ...REQUIRED, 'aws-region': '' })
      expect(() => readInputs(context({ AWS_REGION: 'Frankfurt' }))).toThrow(
        "Input 'aws-region' (from AWS_REGION) is 'Frankfurt': expected an AWS region such as us-east-1."
      )
    })

    it('says when a malformed region came from AWS_DEFAULT_REGION', () => {
      setInputs({ ...REQUIRED, 'aws-region': '' })
      expect(() => readInputs(context({ AWS_DEFAULT_REGION: 'moon-1' }))).toThrow(
        "Input 'aws-region' (from AWS_DEFAULT_REGION) is 'moon-1'"
      )
    })
  })

  describe('role ARNs', () => {
    const badArns = [
      'arn:aws:iam::12345678901:role/deploy',
      'arn:aws:iam::123456789012:user/deploy',
      'arn:aws:iam::123456789012:role/',
      'arn:aws:s3:::my-bucket',
      'role/deploy',
      '123456789012',
      'arn:aws:sts::123456789012:assumed-role/deploy/session'
    ]

    it.each(badArns)('rejects role-to-assume %s', value => {
      const err = inputError({ ...REQUIRED, 'role-to-assume': value })
      expectNamed(err, 'role-to-assume', value)
      expect(err.message).toContain('an IAM role ARN such as arn:aws:iam::123456789012:role/deploy')
    })

    it.each(badArns)('rejects oidc-role-arn %s', value => {
      const err = inputError({ ...REQUIRED, 'oidc-role-arn': value })
      expectNamed(err, 'oidc-role-arn', value)
    })

    it.each([
      'arn:aws:iam::123456789012:role/deploy',
      'arn:aws:iam::123456789012:role/service-role/path/Deploy+Role=1,x.y@z_w-v',
      'arn:aws-cn:iam::123456789012:role/deploy',
      'arn:aws-us-gov:iam::123456789012:role/deploy'
    ])('accepts %s', value => {
      expect(validateRoleArn('role-to-assume', value)).toBe(value)
    })

    const unknownPartitions = [
      'arn:aws-evil-:iam::123456789012:role/deploy',
      'arn:aws-:iam::123456789012:role/deploy',
      'arn:aws-cn-north:iam::123456789012:role/deploy',
      'arn:awsx:iam::123456789012:role/deploy',
      'arn:AWS:iam::123456789012:role/deploy'
    ]

    it.each(
      ['role-to-assume', 'oidc-role-arn'].flatMap(input =>
        unknownPartitions.map(value => [input, value])
      )
    )('rejects %s with the unknown partition of %s', (input, value) => {
      const err = inputError({ ...REQUIRED, [input]: value })
      expectNamed(err, input, value)
      expect(err.message).toContain(
        'whose partition is one of aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc'
      )
    })

    it.each([
      ['aws', 'eu-west-1'],
      ['aws', 'il-central-1'],
      ['aws-cn', 'cn-northwest-1'],
      ['aws-us-gov', 'us-gov-east-1'],
      ['aws-iso', 'us-iso-east-1'],
      ['aws-iso-b', 'us-isob-east-1'],
      ['aws-iso-e', 'eu-isoe-west-1'],
      ['aws-iso-f', 'us-isof-south-1'],
      ['aws-eusc', 'eusc-de-east-1']
    ])('accepts roles of partition %s in %s', (partition, region) => {
      const role = `arn:${partition}:iam::222222222222:role/deploy`
      const oidc = `arn:${partition}:iam::111111111111:role/github`
      setInputs({
        ...REQUIRED,
        'aws-region': region,
        'role-to-assume': role,
        'oidc-role-arn': oidc
      })
      expect(readInputs(context())).toMatchObject({ region, roleToAssume: role, oidcRoleArn: oidc })
    })

    it.each([
      ['role-to-assume', 'arn:aws-cn:iam::222222222222:role/deploy', 'eu-west-1', 'aws-cn', 'aws'],
      ['oidc-role-arn', 'arn:aws:iam::111111111111:role/github', 'cn-north-1', 'aws', 'aws-cn'],
      [
        'role-to-assume',
        'arn:aws:iam::222222222222:role/deploy',
        'us-gov-west-1',
        'aws',
        'aws-us-gov'
      ],
      [
        'role-to-assume',
        'arn:aws-iso:iam::222222222222:role/deploy',
        'us-isob-east-1',
        'aws-iso',
        'aws-iso-b'
      ]
    ])(
      'rejects %s %s in %s: partitions %s and %s differ',
      (input, arn, region, arnPartition, regionPartition) => {
        const err = inputError({ ...REQUIRED, 'aws-region': region, [input]: arn })
        expect(err.message).toBe(
          `Input '${input}' is '${arn}', in partition ${arnPartition}, but aws-region '${region}' is in partition ${regionPartition}: use a role of the region's partition, or the region the role belongs to.`
        )
      }
    )

    it('says where the region came from when it is not aws-region', () => {
      setInputs({
        ...REQUIRED,
        'aws-region': '',
        'role-to-assume': 'arn:aws-cn:iam::222222222222:role/deploy'
      })
      expect(() => readInputs(context({ AWS_REGION: 'eu-west-1' }))).toThrow(
        "but aws-region (from AWS_REGION) 'eu-west-1' is in partition aws"
      )
    })
  })

  describe('role-session-name', () => {
    it.each([
      ['too short', 'a'],
      ['too long', 'a'.repeat(65)],
      ['with a space', 'my session'],
      ['with a semicolon', 'deploy;rm'],
      ['with a slash', 'deploy/prod']
    ])('rejects a name %s', (_why, value) => {
      const err = inputError({ ...REQUIRED, 'role-session-name': value })
      expectNamed(err, 'role-session-name', value)
      expect(err.message).toContain('2 to 64 characters')
    })

    it('accepts 64 characters', () => {
      setInputs({ ...REQUIRED, 'role-session-name': 'x'.repeat(64) })
      expect(readInputs(context()).roleSessionName).toBe('x'.repeat(64))
    })
  })

  describe('role-external-id', () => {
    it.each([
      ['too short', 'a'],
      ['with a space', 'my id'],
      ['with a quote', "it's"]
    ])('rejects an ID %s, naming the input', (_why, value) => {
      const err = inputError({ ...REQUIRED, 'role-external-id': value })
      expect(err.message).not.toContain('\n')
      expect(err.message).toContain("'role-external-id'")
      expect(err.message).toContain('2 to 1224 characters')
    })
  })

  describe('role-duration-seconds', () => {
    it.each(['899', '43201', '0', '1h', '-1', '3600.5', '1e4', 'soon'])('rejects %s', value => {
      const err = inputError({ ...REQUIRED, 'role-duration-seconds': value })
      expectNamed(err, 'role-duration-seconds', value)
      expect(err.message).toContain('a whole number from 900 to 43200')
    })

    it.each([
      ['900', 900],
      ['43200', 43200]
    ])('accepts the bound %s', (value, expected) => {
      setInputs({ ...REQUIRED, 'role-duration-seconds': value })
      expect(readInputs(context()).roleDurationSeconds).toBe(expected)
    })
  })

  describe('required inputs', () => {
    it.each([
      ['application', 'the name of the CodeDeploy application'],
      ['deployment-group', 'the name of the CodeDeploy deployment group']
    ])('requires %s', (input, what) => {
      const err = inputError({ ...REQUIRED, [input]: '' })
      expect(err.message).not.toContain('\n')
      expect(err.message).toContain(`Input '${input}' is required`)
      expect(err.message).toContain(what)
    })

    it('leaves s3-bucket to planRevision, which requires it only for a bundle', () => {
      setInputs({ ...REQUIRED, 's3-bucket': '' })
      expect(readInputs(context()).s3Bucket).toBeUndefined()
    })

    it('treats a blank value as missing', () => {
      const err = inputError({ ...REQUIRED, application: '   ' })
      expect(err.message).toContain("Input 'application' is required")
    })
  })

  describe('CodeDeploy names', () => {
    it.each(['application', 'deployment-group', 'deployment-config'])(
      'rejects a %s longer than 100 characters',
      input => {
        const value = 'n'.repeat(101)
        const err = inputError({ ...REQUIRED, [input]: value })
        expectNamed(err, input, value)
        expect(err.message).toContain('at most 100 characters')
      }
    )
  })

  describe('s3-bucket', () => {
    it.each([
      ['ab', 'between 3 and 63 characters'],
      ['b'.repeat(64), 'between 3 and 63 characters'],
      ['My-Bucket', 'only lowercase letters, digits, dots and hyphens'],
      ['my_bucket', 'only lowercase letters, digits, dots and hyphens'],
      ['-bucket', 'a letter or digit at both ends'],
      ['bucket.', 'a letter or digit at both ends'],
      ['my..bucket', 'no two adjacent dots'],
      ['192.168.10.20', 'not an IP address'],
      ['xn--bucket', 'no xn-- prefix or -s3alias suffix'],
      ['bucket-s3alias', 'no xn-- prefix or -s3alias suffix']
    ])('rejects %s (%s)', (value, rule) => {
      const err = inputError({ ...REQUIRED, 's3-bucket': value })
      expectNamed(err, 's3-bucket', value)
      expect(err.message).toContain(`a valid S3 bucket name (${rule})`)
    })

    it.each(['abc', 'my.bucket-1', 'b'.repeat(63), '1bucket2'])('accepts %s', value => {
      expect(validateBucketName(value)).toBe(value)
    })
  })

  describe('s3-key-prefix', () => {
    it.each(['/releases', 'releases//shop', 'a//'])('rejects %s', value => {
      const err = inputError({ ...REQUIRED, 's3-key-prefix': value })
      expectNamed(err, 's3-key-prefix', value)
      expect(err.message).toContain('no leading or doubled "/"')
    })

    it('adds the trailing slash', () => {
      expect(validateKeyPrefix('releases')).toBe('releases/')
      expect(validateKeyPrefix('releases/shop/')).toBe('releases/shop/')
      expect(validateKeyPrefix('')).toBe('')
    })

    it('rejects a newline, showing the value on one line', () => {
      const err = inputError({ ...REQUIRED, 's3-key-prefix': 'releases/\nshop' })
      expect(err.message).toBe(
        `Input 's3-key-prefix' is "releases/\\nshop": expected a key prefix of S3's safe characters only (letters, digits and ! - _ . * ' ( ) /).`
      )
    })

    it.each([
      'web?q=1',
      'a#b',
      '100%',
      'rel eases',
      'tab\there',
      'back\\slash',
      'caf\u00e9',
      '<img src=x>',
      'a&b',
      'a+b',
      'a:b',
      'a\u007fb'
    ])('rejects a character S3 calls unsafe: %j', value => {
      const err = inputError({ ...REQUIRED, 's3-key-prefix': value })
      expect(err.message).not.toMatch(/\p{Cc}/u)
      expect(err.message).toContain("'s3-key-prefix'")
      expect(err.message).toContain("S3's safe characters only")
    })

    it.each(['.', '..', './releases', 'releases/../shop', 'releases/.', 'a/./b/'])(
      'rejects the segment . or .. in %s',
      value => {
        const err = inputError({ ...REQUIRED, 's3-key-prefix': value })
        expectNamed(err, 's3-key-prefix', value)
        expect(err.message).toContain('no "." or ".." segment')
      }
    )

    it("accepts every one of S3's safe characters", () => {
      const value = "Releases-2024/shop_api.v1/(blue)*!'x/"
      expect(validateKeyPrefix(value)).toBe(value)
      expect(validateKeyPrefix('..a/b..')).toBe('..a/b../')
    })

    it('bounds the length, leaving room for the key the action appends', () => {
      expect(validateKeyPrefix('p'.repeat(854))).toBe(`${'p'.repeat(854)}/`)
      const err = inputError({ ...REQUIRED, 's3-key-prefix': 'p'.repeat(855) })
      expect(err.message).toContain("'s3-key-prefix'")
      expect(err.message).toContain('at most 854 characters')
    })
  })

  describe('s3-bucket-owner', () => {
    it.each(['1234', '1234567890123', 'abcdefghijkl', '1234-5678-9012'])('rejects %s', value => {
      const err = inputError({ ...REQUIRED, 's3-bucket-owner': value })
      expectNamed(err, 's3-bucket-owner', value)
      expect(err.message).toContain('a 12-digit AWS account ID')
    })
  })

  describe('allowed-account-ids', () => {
    it.each(['1234', '2222-2222-2222', '222222222222;333333333333'])('rejects %s', value => {
      const err = inputError({ ...REQUIRED, 'allowed-account-ids': value })
      expect(err.message).toBe(
        `Input 'allowed-account-ids' holds ${value}, which is not a 12-digit AWS account ID: ` +
          'list the accounts the deployment may go to, separated by commas.'
      )
    })

    it.each([
      [
        { 'role-to-assume': 'arn:aws:iam::333333333333:role/deploy' },
        'The account of role-to-assume arn:aws:iam::333333333333:role/deploy is account 333333333333'
      ],
      [{ 's3-bucket-owner': '333333333333' }, 's3-bucket-owner is account 333333333333']
    ])('refuses an account the inputs name, before any AWS call: %j', (named, start) => {
      setInputs({ ...REQUIRED, 'allowed-account-ids': '222222222222,111111111111', ...named })
      expect(() => readInputs(context())).toThrow(
        new AccountNotAllowedError(
          `${start}, which allowed-account-ids (222222222222, 111111111111) does not list: ` +
            'nothing was uploaded or deployed. Check the role or bucket that leads there, or add ' +
            '333333333333 to allowed-account-ids if this workflow may deploy to it.'
        )
      )
    })

    it('allows the accounts it lists, and any account when empty', () => {
      const named = {
        'role-to-assume': 'arn:aws:iam::222222222222:role/deploy',
        's3-bucket-owner': '111111111111'
      }
      setInputs({ ...REQUIRED, ...named, 'allowed-account-ids': '111111111111, 222222222222' })
      expect(readInputs(context()).allowedAccountIds).toEqual(['111111111111', '222222222222'])
      setInputs({ ...REQUIRED, ...named, 'allowed-account-ids': '' })
      expect(readInputs(context()).allowedAccountIds).toEqual([])
    })
  })

  describe('session tags and policies', () => {
    it.each([
      ['role-session-tags', 'Team=shop'],
      ['transitive-tag-keys', 'Team'],
      ['inline-session-policy', '{"Statement":[]}'],
      ['managed-session-policies', 'arn:aws:iam::aws:policy/ReadOnlyAccess']
    ])('refuses %s without role-to-assume', (name, value) => {
      const err = inputError({ ...REQUIRED, [name]: value })
      expect(err.message).toBe(
        `Input '${name}' applies to the session of role-to-assume, which is not set: set ` +
          `role-to-assume, or remove ${name}.`
      )
    })
  })

  describe('retry-max-attempts', () => {
    it.each(['0', '21', 'eight', '-1'])('rejects %s', value => {
      const err = inputError({ ...REQUIRED, 'retry-max-attempts': value })
      expectNamed(err, 'retry-max-attempts', value)
      expect(err.message).toContain('a whole number from 1 to 20')
    })
  })

  describe('enums', () => {
    it('rejects an unknown upload-credentials', () => {
      const err = inputError({ ...REQUIRED, 'upload-credentials': 'both' })
      expectNamed(err, 'upload-credentials', 'both')
      expect(err.message).toContain('one of target, source')
    })

    it('rejects an unknown file-exists-behavior', () => {
      const err = inputError({ ...REQUIRED, 'file-exists-behavior': 'KEEP' })
      expectNamed(err, 'file-exists-behavior', 'KEEP')
      expect(err.message).toContain('one of DISALLOW, OVERWRITE, RETAIN')
    })

    it('rejects an unknown on-active-deployment', () => {
      const err = inputError({ ...REQUIRED, 'on-active-deployment': 'queue' })
      expectNamed(err, 'on-active-deployment', 'queue')
      expect(err.message).toContain('one of wait, stop, fail')
    })

    it.each([
      ['disallow', 'DISALLOW'],
      ['Retain', 'RETAIN']
    ])('accepts file-exists-behavior %s in any case', (value, expected) => {
      setInputs({ ...REQUIRED, 'file-exists-behavior': value })
      expect(readInputs(context()).fileExistsBehavior).toBe(expected)
    })
  })

  describe('booleans', () => {
    it.each([
      ['ignore-application-stop-failures', 'yes'],
      ['ignore-application-stop-failures', '1'],
      ['wait', 'no'],
      ['wait', 'tRUE'],
      ['stop-on-cancel', 'on'],
      ['stop-on-timeout', 'y'],
      ['rollback-on-stop', '0']
    ])('rejects %s %s', (input, value) => {
      const err = inputError({ ...REQUIRED, [input]: value })
      expectNamed(err, input, value)
      expect(err.message).toContain('true or false')
    })

    it('accepts the YAML 1.2 spellings', () => {
      for (const value of ['true', 'True', 'TRUE']) expect(parseBoolean('wait', value)).toBe(true)
      for (const value of ['false', 'False', 'FALSE'])
        expect(parseBoolean('wait', value)).toBe(false)
    })
  })

  describe('numbers', () => {
    it.each([
      ['wait-timeout-seconds', '0', 'from 1 to 432000'],
      ['wait-timeout-seconds', 'abc', 'from 1 to 432000'],
      ['wait-timeout-seconds', '-5', 'from 1 to 432000'],
      ['poll-interval-seconds', '0', 'from 1 to 300'],
      ['poll-interval-seconds', '1.5', 'from 1 to 300'],
      ['poll-interval-seconds', '5s', 'from 1 to 300']
    ])('rejects %s %s', (input, value, range) => {
      const err = inputError({ ...REQUIRED, [input]: value })
      expectNamed(err, input, value)
      expect(err.message).toContain(`a whole number ${range}`)
    })

    it('accepts 1 and large whole numbers', () => {
      setInputs({ ...REQUIRED, 'wait-timeout-seconds': '86400', 'poll-interval-seconds': '1' })
      const inputs = readInputs(context())
      expect(inputs.waitTimeoutSeconds).toBe(86400)
      expect(inputs.pollIntervalSeconds).toBe(1)
    })

    it('rejects a poll interval past 300 s, naming the bound', () => {
      const err = inputError({ ...REQUIRED, 'poll-interval-seconds': '3000000' })
      expect(err.message).toBe(
        "Input 'poll-interval-seconds' is '3000000': expected a whole number from 1 to 300."
      )
      expect(inputError({ ...REQUIRED, 'poll-interval-seconds': '301' }).message).toContain(
        'from 1 to 300'
      )
    })

    it('rejects a wait timeout longer than a job can run, and says why', () => {
      const err = inputError({ ...REQUIRED, 'wait-timeout-seconds': '432001' })
      expect(err.message).toBe(
        "Input 'wait-timeout-seconds' is '432001': expected a whole number from 1 to 432000 (5 days, the longest a job can run on a self-hosted runner)."
      )
    })

    it('keeps every timer of the largest accepted values within what Node.js timers can hold', () => {
      setInputs({
        ...REQUIRED,
        'wait-timeout-seconds': '432000',
        'poll-interval-seconds': '300'
      })
      const inputs = readInputs(context())
      const longestTimerMs = 2 ** 31 - 1
      expect(inputs.waitTimeoutSeconds * 1000).toBeLessThanOrEqual(longestTimerMs)
      expect(inputs.pollIntervalSeconds * 1000).toBeLessThanOrEqual(longestTimerMs)
    })

    it('rejects numbers beyond the safe integer range', () => {
      expect(() =>
        parseWholeNumber('wait-timeout-seconds', '99999999999999999999', 1, 432000)
      ).toThrow(
        "Input 'wait-timeout-seconds' is '99999999999999999999': expected a whole number from 1 to 432000."
      )
    })
  })

  describe('revision-path', () => {
    it('must exist', () => {
      const err = inputError({ ...REQUIRED, 'revision-path': 'does-not-exist' })
      expectNamed(err, 'revision-path', 'does-not-exist')
      expect(err.message).toContain(`${path.join(workspace, 'does-not-exist')} does not exist`)
      expect(err.message).toContain('actions/checkout')
    })

    it('must be a directory', () => {
      const err = inputError({ ...REQUIRED, 'revision-path': 'README.md' })
      expectNamed(err, 'revision-path', 'README.md')
      expect(err.message).toContain(`${path.join(workspace, 'README.md')} is a file`)
    })

    /** The one error for a revision-path outside the workspace: input, resolved path, workspace. */
    function expectOutside(value: string, resolved: string, ctx = context()): void {
      setInputs({ ...REQUIRED, 'revision-path': value })
      expect(() => readInputs(ctx)).toThrow(
        new InputError(
          `Input 'revision-path' is '${value}': expected a directory inside the workspace, but it resolves to ${resolved}, outside the workspace ${realpathSync(ctx.workspace)}.`
        )
      )
    }

    it('must not climb out of the workspace with ..', () => {
      expectOutside('../..', path.resolve(workspace, '../..'))
    })

    it('must not name a directory outside the workspace that does not exist either', () => {
      expectOutside('../no-such-dir', path.resolve(workspace, '../no-such-dir'))
    })

    it('must not be an absolute path outside the workspace', () => {
      expectOutside(path.join(outside, 'app'), realpathSync(path.join(outside, 'app')))
    })

    it('must not lead out of the workspace through a symlink', () => {
      expectOutside('linked-out', realpathSync(path.join(outside, 'app')))
    })

    it('may be a symlink to a directory inside the workspace, or the workspace itself', () => {
      setInputs({ ...REQUIRED, 'revision-path': 'linked-in' })
      expect(readInputs(context()).revisionPath).toBe(path.join(workspace, 'linked-in'))
      setInputs({ ...REQUIRED, 'revision-path': 'app/..' })
      expect(readInputs(context()).revisionPath).toBe(workspace)
    })

    it('compares real paths when the workspace itself is reached through a symlink', () => {
      const linked = path.join(outside, 'workspace-link')
      setInputs({ ...REQUIRED, 'revision-path': 'app' })
      const ctx = context({ GITHUB_WORKSPACE: linked })
      expect(readInputs(ctx).revisionPath).toBe(path.join(linked, 'app'))
      setInputs({ ...REQUIRED, 'revision-path': path.join(workspace, 'app') })
      expect(readInputs(ctx).revisionPath).toBe(path.join(workspace, 'app'))
      expectOutside('linked-out', realpathSync(path.join(outside, 'app')), ctx)
    })

    it('shows a resolved path with a newline on one line', () => {
      const evil = path.join(outside, 'evil\n::error::x')
      mkdirSync(evil)
      symlinkSync(evil, path.join(workspace, 'linked-evil'))
      try {
        const err = inputError({ ...REQUIRED, 'revision-path': 'linked-evil' })
        expect(err.message).not.toContain('\n')
        expect(err.message).toContain(JSON.stringify(realpathSync(evil)))
      } finally {
        rmSync(path.join(workspace, 'linked-evil'))
      }
    })

    it('rejects control characters, showing the value on one line', () => {
      const err = inputError({ ...REQUIRED, 'revision-path': 'app\n::error::x' })
      expect(err.message).toBe(
        `Input 'revision-path' is "app\\n::error::x": expected a path with no control characters.`
      )
    })

    it('is neither checked nor confined for the post step, which only stops a deployment', () => {
      for (const value of ['removed-later', '../..']) {
        setInputs({ ...REQUIRED, 'revision-path': value, 'appspec-file': '../../x.yml' })
        const inputs = readInputs(context(), { checkRevisionPath: false })
        expect(inputs.revisionPath).toBe(path.resolve(workspace, value))
        expect(inputs.appspecFile).toBe('../../x.yml')
      }
    })
  })

  describe('revision-location', () => {
    it('deploys an existing object: no s3-bucket, no revision-path needed', () => {
      setInputs({
        ...REQUIRED,
        's3-bucket': '',
        'revision-path': 'does-not-exist',
        'revision-location': 's3://release-bucket/builds/shop-api/1.2.3.tar.gz?versionId=abc%2Bdef'
      })
      const inputs = readInputs(context())
      expect(inputs.revisionLocation).toEqual({
        bucket: 'release-bucket',
        key: 'builds/shop-api/1.2.3.tar.gz',
        versionId: 'abc+def',
        bundleType: 'tgz'
      })
      expect(inputs.s3Bucket).toBe('release-bucket')
      expect(inputs.bundleType).toBe('tgz')
      expect(inputs.revisionPath).toBe(workspace)
      expect(inputs.uploadOnly).toBe(false)
    })

    it('takes the bundle type from bundle-type when the key has no known extension', () => {
      setInputs({
        ...REQUIRED,
        'revision-location': 's3://release-bucket/builds/42',
        'bundle-type': 'tar'
      })
      expect(readInputs(context()).revisionLocation).toEqual({
        bucket: 'release-bucket',
        key: 'builds/42',
        versionId: undefined,
        bundleType: 'tar'
      })
    })

    it.each([
      'release-bucket/key.zip',
      's3://release-bucket',
      's3://release-bucket/',
      'https://release-bucket.s3.amazonaws.com/key.zip',
      's3://release-bucket/key.zip?version=1'
    ])('rejects %s', value => {
      const err = inputError({ ...REQUIRED, 'revision-location': value })
      expectNamed(err, 'revision-location', value)
      expect(err.message).toContain('s3://bucket/key, optionally followed by ?versionId=...')
    })

    it('checks the bucket name and names revision-location', () => {
      const err = inputError({ ...REQUIRED, 'revision-location': 's3://Bad_Bucket/key.zip' })
      expectNamed(err, 'revision-location', 'Bad_Bucket')
      expect(err.message).toContain('a valid S3 bucket name')
    })

    it('needs a known extension or bundle-type', () => {
      const err = inputError({ ...REQUIRED, 'revision-location': 's3://release-bucket/build.7z' })
      expectNamed(err, 'revision-location', 's3://release-bucket/build.7z')
      expect(err.message).toContain('.zip, .tar, .tgz or .tar.gz, or the bundle-type input set')
    })

    it('decodes a %-encoded key, as the revision-location output prints it', () => {
      setInputs({
        ...REQUIRED,
        'revision-location': 's3://release-bucket/web%3Fq=1/a%23b%20c%25d.zip?versionId=v%26w'
      })
      expect(readInputs(context()).revisionLocation).toEqual({
        bucket: 'release-bucket',
        key: 'web?q=1/a#b c%d.zip',
        versionId: 'v&w',
        bundleType: 'zip'
      })
    })

    it('rejects a malformed percent-encoding in the key, saying how to write %', () => {
      const value = 's3://release-bucket/100%.zip'
      const err = inputError({ ...REQUIRED, 'revision-location': value })
      expectNamed(err, 'revision-location', value)
      expect(err.message).toContain('write a % in the key as %25')
    })

    it('rejects a malformed percent-encoding in the version ID as an input error', () => {
      const value = 's3://release-bucket/key.zip?versionId=%E0%A4%A'
      const err = inputError({ ...REQUIRED, 'revision-location': value })
      expectNamed(err, 'revision-location', value)
    })

    it('cannot be combined with upload-only', () => {
      const err = inputError({
        ...REQUIRED,
        'revision-location': 's3://release-bucket/key.zip',
        'upload-only': 'true'
      })
      expect(err.message).not.toContain('\n')
      expect(err.message).toContain(
        "Inputs 'upload-only' and 'revision-location' exclude each other"
      )
    })

    it('rejects an unknown bundle-type', () => {
      const err = inputError({ ...REQUIRED, 'bundle-type': 'rar' })
      expectNamed(err, 'bundle-type', 'rar')
      expect(err.message).toContain('one of zip, tar, tgz')
    })

    it('rejects a bad upload-only', () => {
      const err = inputError({ ...REQUIRED, 'upload-only': 'maybe' })
      expectNamed(err, 'upload-only', 'maybe')
    })
  })

  describe('appspec-file, GitHub deployment and dry-run', () => {
    it('passes a missing appspec-file on as given, for the AppSpec lookup to report', () => {
      setInputs({ ...REQUIRED, 'appspec-file': 'ecs/appspec.yaml' })
      expect(readInputs(context()).appspecFile).toBe('ecs/appspec.yaml')
    })

    it('resolves an existing appspec-file against revision-path', () => {
      setInputs({ ...REQUIRED, 'revision-path': 'app', 'appspec-file': 'ecs.yaml' })
      expect(readInputs(context()).appspecFile).toBe(path.join(workspace, 'app', 'ecs.yaml'))
      setInputs({ ...REQUIRED, 'appspec-file': path.join(workspace, 'app', 'ecs.yaml') })
      expect(readInputs(context()).appspecFile).toBe(path.join(workspace, 'app', 'ecs.yaml'))
    })

    it.each([
      ['climbs out with ..', '../../OUTSIDE_NAME/ecs.yaml'],
      ['is absolute and outside', 'OUTSIDE/ecs.yaml'],
      ['is a symlink out of the workspace', 'linked-out.yaml']
    ])('refuses an appspec-file that %s', (_why, given) => {
      const value = given
        .replace('OUTSIDE_NAME', path.basename(outside))
        .replace('OUTSIDE', outside)
      const err = inputError({ ...REQUIRED, 'revision-path': 'app', 'appspec-file': value })
      expect(err.message).toBe(
        `Input 'appspec-file' is '${value}': expected a file inside the workspace, but it resolves to ${realpathSync(path.join(outside, 'ecs.yaml'))}, outside the workspace ${realpathSync(workspace)}.`
      )
    })

    it('rejects control characters in appspec-file', () => {
      const err = inputError({ ...REQUIRED, 'appspec-file': 'ecs.yaml\r\n::warning::x' })
      expect(err.message).not.toMatch(/[\r\n]/)
      expect(err.message).toContain(`'appspec-file' is "ecs.yaml\\r\\n::warning::x"`)
    })

    it('leaves appspec-file alone with revision-location, which opens no AppSpec', () => {
      setInputs({
        ...REQUIRED,
        'revision-location': 's3://release-bucket/key.zip',
        'appspec-file': '../../x.yml'
      })
      expect(readInputs(context()).appspecFile).toBe('../../x.yml')
    })

    it('reads github-environment', () => {
      setInputs({ ...REQUIRED, 'github-environment': 'staging' })
      expect(readInputs(context()).githubEnvironment).toBe('staging')
    })

    it('masks github-token in the log', () => {
      setInputs({ ...REQUIRED, 'github-token': 'ghs_secretToken1234' })
      const stdout = captureStdout()
      expect(readInputs(context()).githubToken).toBe('ghs_secretToken1234')
      expect(stdout).toContain('::add-mask::ghs_secretToken1234' + os.EOL)
    })

    it('masks nothing when github-token is empty', () => {
      setInputs(REQUIRED)
      const stdout = captureStdout()
      expect(readInputs(context()).githubToken).toBe('')
      expect(stdout.join('')).not.toContain('::add-mask::')
    })

    it.each([
      ['true', true],
      ['True', true],
      ['false', false],
      ['FALSE', false]
    ])('reads dry-run %s as %s', (value, expected) => {
      setInputs({ ...REQUIRED, 'dry-run': value })
      expect(readInputs(context()).dryRun).toBe(expected)
    })

    it('rejects a dry-run that is not a boolean', () => {
      const err = inputError({ ...REQUIRED, 'dry-run': 'yes' })
      expectNamed(err, 'dry-run', 'yes')
      expect(err.message).toContain('expected true or false')
    })
  })

  describe('values shown in errors', () => {
    it.each([
      ['application', 'shop\n::error title=X::pwned'],
      ['aws-region', 'us-east-1\n::add-mask::Succeeded'],
      ['role-to-assume', 'arn:aws:iam::123456789012:role/x\r::stop-commands::tok'],
      ['upload-credentials', 'both\u2028::error::x'],
      ['file-exists-behavior', 'KEEP\u0085::error::x'],
      ['s3-bucket-owner', '1234\u2029x'],
      ['wait', 'tr\u000bue'],
      ['poll-interval-seconds', '5\u202e1'],
      ['revision-location', 's3://release-bucket/a.zip\n::error::x'],
      ['s3-bucket', 'bucket\u007f']
    ])('shows a value of %s that breaks the line JSON-quoted, on one line', (input, value) => {
      const err = inputError({ ...REQUIRED, [input]: value })
      expect(err.message).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u)
      expect(err.message).toContain(`'${input}'`)
      const quoted = /is (".*?[^\\]")/.exec(err.message)?.[1] ?? ''
      expect(JSON.parse(quoted)).toBe(value)
    })
  })

  it('reports the first bad input before reading later ones', () => {
    const err = inputError({ ...REQUIRED, 'aws-region': 'nowhere', 's3-bucket': 'BAD' })
    expectNamed(err, 'aws-region', 'nowhere')
  })
})

describe('runContext', () => {
  it('reads the run from the environment', () => {
    expect(
      runContext({
        GITHUB_WORKSPACE: '/w',
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_SHA: 'abc',
        GITHUB_RUN_ID: '5',
        GITHUB_RUN_ATTEMPT: '3',
        GITHUB_SERVER_URL: 'https://ghe.example.com'
      })
    ).toMatchObject({
      workspace: '/w',
      repository: 'o/r',
      sha: 'abc',
      runId: '5',
      runAttempt: '3',
      serverUrl: 'https://ghe.example.com'
    })
  })

  it('defaults outside a workflow', () => {
    expect(runContext({})).toMatchObject({
      workspace: process.cwd(),
      repository: '',
      sha: '',
      runId: '',
      runAttempt: '1',
      serverUrl: 'https://github.com'
    })
  })
})

describe('defaults', () => {
  it('derives a valid session name from a long repository name', () => {
    const name = defaultSessionName(context({ GITHUB_REPOSITORY: `o/${'r'.repeat(80)}` }))
    expect(name).toHaveLength(64)
    expect(name).toMatch(/^GitHubActions-r+$/)
  })

  it('names the session "local" outside a workflow run', () => {
    expect(defaultSessionName(runContext({}))).toBe('GitHubActions-repository-local-1')
  })

  it('describes a deployment without a repository plainly', () => {
    expect(defaultDescription(runContext({}))).toBe('Deployed by GitHub Actions')
  })

  it('describes a deployment without a run ID or commit', () => {
    expect(defaultDescription(runContext({ GITHUB_REPOSITORY: 'o/r' }))).toBe(
      'Deployed by GitHub Actions from o/r'
    )
  })
})

describe('helpers', () => {
  it.each([
    ['a.zip', 'zip'],
    ['a.ZIP', 'zip'],
    ['a.tgz', 'tgz'],
    ['a.tar.gz', 'tgz'],
    ['a.tar', 'tar'],
    ['a.gz', undefined],
    ['zip', undefined]
  ])('bundleTypeOfKey(%s) is %s', (key, type) => {
    expect(bundleTypeOfKey(key)).toBe(type)
  })

  it('parseRevisionLocation prefers an explicit bundle type to the extension', () => {
    expect(parseRevisionLocation('s3://release-bucket/a.zip', 'tar').bundleType).toBe('tar')
  })

  it('validateRegion returns a valid region', () => {
    for (const region of [
      'us-east-1',
      'eu-central-2',
      'ap-southeast-5',
      'us-gov-east-1',
      'cn-northwest-1'
    ]) {
      expect(validateRegion(region)).toBe(region)
    }
  })

  it('parseWholeNumber names the input, value and range', () => {
    expect(() => parseWholeNumber('role-duration-seconds', '50', 900, 43200)).toThrow(
      new InputError(
        "Input 'role-duration-seconds' is '50': expected a whole number from 900 to 43200."
      )
    )
  })
})

describe('description', () => {
  const CTX = {
    repository: 'octo-org/shop-api',
    runId: '987654321',
    runAttempt: '2',
    sha: '0123456789abcdef0123456789abcdef01234567'
  }

  it("leaves room in CodeDeploy's 512 characters for the token of the run", () => {
    const room = MAX_DESCRIPTION - runTokenLength(CTX)
    setInputs({ ...REQUIRED, description: 'x'.repeat(room) })
    expect(readInputs(context()).description).toHaveLength(room)

    const err = inputError({ ...REQUIRED, description: 'x'.repeat(room + 1) })
    expect(err.message).toBe(
      `Input 'description' is ${room + 1} characters long: expected at most ${room}, as CodeDeploy takes 512 and the action appends a token of the run (${512 - room} characters) that lets it find its own deployment.`
    )
  })

  it('cuts a default description short when the repository name is long', () => {
    const repository = `${'o'.repeat(39)}/${'r'.repeat(100)}`
    setInputs(REQUIRED)
    const { description } = readInputs(context({ GITHUB_REPOSITORY: repository }))
    expect(description.length + runTokenLength({ ...CTX, repository })).toBe(512)
    expect(description.startsWith(`Deployed by GitHub Actions from ${repository}`)).toBe(true)
  })
})
