import { describe, expect, it } from '@jest/globals'
import {
  POLICIES,
  REQUIREMENTS,
  actionMatches,
  allActions,
  fill,
  policyDocument,
  renderStatement,
  requirementFor,
  requirementsFor,
  resourceMatches,
  type Setup
} from '../../src/advice/permissions.js'
import { revisionKeys, safeApplicationName } from '../../src/s3/keys.js'
import { accountOf, isPartition, partitionOf, regionPartition } from '../../src/common/arn.js'

const SETUP: Setup = {
  source: 'oidc-role',
  crossAccount: true,
  upload: 'target',
  bucketAccount: 'target',
  kms: false,
  wait: true,
  stop: true,
  sessionTags: false,
  revision: 'bundle',
  uploadOnly: false
}

const VARS = {
  partition: 'aws',
  region: 'eu-west-1',
  sourceAccount: '111111111111',
  targetAccount: '222222222222',
  sourceRoleArn: 'arn:aws:iam::111111111111:role/github-deploy',
  targetRoleArn: 'arn:aws:iam::222222222222:role/deployer',
  instanceRoleArn: 'arn:aws:iam::222222222222:role/instance',
  application: 'shop',
  deploymentGroup: 'production',
  bucket: 'releases',
  revisionKeys: 'shop/*',
  audience: 'sts.amazonaws.com',
  subject: 'repo:octo/shop:ref:refs/heads/main'
}

const sids = (setup: Setup, policy: string) =>
  requirementsFor(setup)
    .filter(r => r.policy === policy)
    .map(r => r.sid)

describe('REQUIREMENTS', () => {
  it('has a unique Sid within each policy, and a known policy and level for each', () => {
    const keys = REQUIREMENTS.map(r => `${r.policy}/${r.sid}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const r of REQUIREMENTS) {
      expect(Object.keys(POLICIES)).toContain(r.policy)
      expect(['required', 'recommended', 'dry-run']).toContain(r.level)
      expect(r.actions.length).toBeGreaterThan(0)
      expect(r.why.length).toBeGreaterThan(10)
      for (const a of r.actions) expect(a).toMatch(/^(sts|s3|kms|codedeploy|iam|ecs):[A-Za-z]+$/)
    }
  })

  it('lists every action the action calls', () => {
    expect(allActions()).toEqual(
      expect.arrayContaining([
        'codedeploy:BatchGetDeploymentTargets',
        'codedeploy:CreateDeployment',
        'codedeploy:GetApplication',
        'codedeploy:GetApplicationRevision',
        'codedeploy:GetDeployment',
        'codedeploy:GetDeploymentConfig',
        'codedeploy:GetDeploymentGroup',
        'codedeploy:ListDeploymentTargets',
        'codedeploy:ListDeployments',
        'codedeploy:RegisterApplicationRevision',
        'codedeploy:StopDeployment',
        'iam:GetRole',
        'iam:SimulatePrincipalPolicy',
        'kms:Decrypt',
        'kms:GenerateDataKey',
        's3:GetObject',
        's3:GetObjectVersion',
        's3:ListBucket',
        's3:PutObject',
        'sts:AssumeRole',
        'sts:AssumeRoleWithWebIdentity',
        'sts:TagSession'
      ])
    )
    // GetCallerIdentity needs no permission: AWS allows it to every identity.
    expect(allActions()).not.toContain('sts:GetCallerIdentity')
  })
})

describe('requirementsFor', () => {
  it('puts the upload on the production role for a bucket in the production account', () => {
    expect(sids(SETUP, 'target-permissions')).toEqual([
      'RegisterRevision',
      'CreateDeployment',
      'ReadDeploymentConfig',
      'ExplainFailures',
      'FindDeploymentsInProgress',
      'StopDeployment',
      'CheckDeploymentGroup',
      'DryRunApplication',
      'UploadRevision',
      'ListRevisionBucket',
      'DryRunBucket',
      'DryRunSimulate'
    ])
    expect(sids(SETUP, 'source-permissions')).toEqual(['AssumeProductionRole', 'DryRunSimulate'])
    expect(sids(SETUP, 'source-trust')).toEqual(['GitHubOidc'])
    expect(sids(SETUP, 'target-trust')).toEqual(['TrustDevelopmentRole'])
    expect(sids(SETUP, 'bucket-policy')).toEqual([])
    expect(sids(SETUP, 'instance-profile')).toEqual(['InstancesReadRevisions'])
  })

  it('needs a bucket policy for the instances when the bucket is in the development account', () => {
    const setup: Setup = { ...SETUP, upload: 'source', bucketAccount: 'source' }
    expect(sids(setup, 'bucket-policy')).toEqual(['ProductionInstancesRead'])
    expect(sids(setup, 'source-permissions')).toEqual([
      'AssumeProductionRole',
      'UploadRevision',
      'ListRevisionBucket',
      'DryRunBucket',
      'DryRunBucketPolicy',
      'DryRunSimulate'
    ])
    expect(sids(setup, 'target-permissions')).not.toContain('UploadRevision')
  })

  it('lets the production role write to a development bucket when it uploads there', () => {
    const setup: Setup = { ...SETUP, bucketAccount: 'source' }
    expect(sids(setup, 'bucket-policy')).toEqual([
      'ProductionInstancesRead',
      'CrossAccountUpload',
      'CrossAccountList'
    ])
  })

  it('adds KMS statements for an encrypted bucket, and TagSession for tagged sessions', () => {
    const setup: Setup = { ...SETUP, kms: true, sessionTags: true }
    // The key is in the bucket's account: its key policy lets IAM policies there grant the use.
    expect(sids(setup, 'kms-key-policy')).toEqual([])
    const devBucket: Setup = { ...setup, bucketAccount: 'source' }
    expect(sids(devBucket, 'kms-key-policy')).toEqual(['UploaderUsesKey', 'InstancesUseKey'])
    expect(sids({ ...devBucket, upload: 'source' }, 'kms-key-policy')).toEqual(['InstancesUseKey'])
    expect(sids({ ...devBucket, revision: 'existing' }, 'kms-key-policy')).toEqual([
      'InstancesUseKey'
    ])
    expect(sids(setup, 'instance-profile')).toEqual([
      'InstancesReadRevisions',
      'InstancesDecryptRevisions'
    ])
    expect(sids(setup, 'target-permissions')).toContain('UploadWithKey')
    expect(sids(setup, 'source-permissions')).toContain('TagProductionSession')
    expect(sids(setup, 'target-trust')).toContain('TrustTaggedSessions')
  })

  it('trusts GitHub on role-to-assume itself when there is no development role', () => {
    const setup: Setup = { ...SETUP, source: 'oidc-direct' }
    expect(sids(setup, 'target-trust')).toEqual(['GitHubOidcDirect'])
    expect(sids(setup, 'source-permissions')).toEqual([])
  })

  it('lets dry-run look a role up only when no input names it', () => {
    const findRole = (setup: Setup, policy: string) =>
      sids(setup, policy).includes('DryRunFindRole')
    expect(findRole(SETUP, 'source-permissions')).toBe(false)
    expect(findRole({ ...SETUP, source: 'environment' }, 'source-permissions')).toBe(true)
    expect(findRole({ ...SETUP, source: 'environment' }, 'target-permissions')).toBe(false)
    const alone: Setup = { ...SETUP, source: 'default-chain', crossAccount: false }
    expect(findRole(alone, 'target-permissions')).toBe(true)
    expect(sids(alone, 'source-permissions')).not.toContain('DryRunSimulate')
    expect(sids(alone, 'target-permissions')).toContain('DryRunSimulate')
  })

  it('needs no S3 for an ECS or Lambda AppSpec, and no deployment calls for upload-only', () => {
    const content = requirementsFor({ ...SETUP, revision: 'appspec-content' })
    expect(content.flatMap(r => r.actions).filter(a => a.startsWith('s3:'))).toEqual([])
    const uploadOnly = sids({ ...SETUP, uploadOnly: true }, 'target-permissions')
    expect(uploadOnly).toContain('RegisterRevision')
    expect(uploadOnly).not.toContain('CreateDeployment')
    expect(uploadOnly).not.toContain('StopDeployment')
  })

  it('reads an existing revision instead of uploading one', () => {
    const existing = sids({ ...SETUP, revision: 'existing' }, 'target-permissions')
    expect(existing).toContain('ReadExistingRevision')
    expect(existing).not.toContain('UploadRevision')
  })

  it('filters by level', () => {
    const required = requirementsFor(SETUP, ['required'])
    expect(required.every(r => r.level === 'required')).toBe(true)
    expect(required.map(r => r.sid)).not.toContain('DryRunBucket')
    expect(required.map(r => r.sid)).not.toContain('StopDeployment')
  })
})

describe('rendering', () => {
  it('renders a trust statement with its principal before the action, and the external ID', () => {
    const req = requirementFor('sts:AssumeRole', 'target-trust')!
    const statement = renderStatement(req, { ...VARS, externalId: 'ext-1' })
    expect(Object.keys(statement)).toEqual(['Sid', 'Effect', 'Principal', 'Action', 'Condition'])
    expect(statement).toEqual({
      Sid: 'TrustDevelopmentRole',
      Effect: 'Allow',
      Principal: { AWS: VARS.sourceRoleArn },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'ext-1' } }
    })
    expect(renderStatement(req, VARS).Condition).toBeUndefined()
  })

  it('picks the uploading role as the principal of a bucket policy', () => {
    const req = requirementFor('s3:PutObject', 'bucket-policy', 'CrossAccountUpload')!
    expect(renderStatement(req, VARS, { upload: 'target' }).Principal).toEqual({
      AWS: VARS.targetRoleArn
    })
    expect(renderStatement(req, VARS, { upload: 'source' }).Principal).toEqual({
      AWS: VARS.sourceRoleArn
    })
    expect(requirementFor('s3:GetObject', 'bucket-policy')?.sid).toBe('ProductionInstancesRead')
    expect(requirementFor('s3:GetObject', 'bucket-policy', 'Nope')).toBeUndefined()
  })

  it('builds a whole policy document', () => {
    const doc = policyDocument('instance-profile', SETUP, VARS)
    expect(doc).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'InstancesReadRevisions',
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:GetObjectVersion'],
          Resource: 'arn:aws:s3:::releases/shop/*'
        }
      ]
    })
  })

  it('fills placeholders and keeps unknown ones', () => {
    expect(fill('{a}-{b}', { region: 'x', a: '1' } as never)).toBe('1-{b}')
    expect(fill('{region}', { region: '' })).toBe('{region}')
  })
})

describe('helpers', () => {
  it('reads accounts and partitions of ARNs', () => {
    expect(accountOf('arn:aws:iam::123456789012:role/x')).toBe('123456789012')
    expect(accountOf('arn:aws:s3:::bucket')).toBeUndefined()
    expect(accountOf(undefined)).toBeUndefined()
    expect(partitionOf('arn:aws-cn:iam::123456789012:role/x')).toBe('aws-cn')
    expect(partitionOf('nonsense')).toBe('aws')
  })

  it('knows only the real partitions', () => {
    expect(partitionOf('arn:aws-iso-f:iam::123456789012:role/x')).toBe('aws-iso-f')
    expect(partitionOf('arn:aws-eusc:iam::123456789012:role/x')).toBe('aws-eusc')
    expect(partitionOf('arn:aws-evil-:iam::123456789012:role/x')).toBe('aws')
    expect(isPartition('aws-us-gov')).toBe(true)
    expect(isPartition('aws-evil-')).toBe(false)
  })

  it.each([
    ['us-east-1', 'aws'],
    ['eu-west-1', 'aws'],
    ['mx-central-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
    ['eu-isoe-west-1', 'aws-iso-e'],
    ['us-isof-south-1', 'aws-iso-f'],
    ['eusc-de-east-1', 'aws-eusc']
  ])('puts region %s in partition %s', (region, partition) => {
    expect(regionPartition(region)).toBe(partition)
  })

  it('matches IAM action wildcards case-insensitively', () => {
    expect(actionMatches('s3:Get*', 's3:GetObject')).toBe(true)
    expect(actionMatches('S3:getobject', 's3:GetObject')).toBe(true)
    expect(actionMatches('*', 'kms:Decrypt')).toBe(true)
    expect(actionMatches('s3:Get?bject', 's3:GetObject')).toBe(true)
    expect(actionMatches('s3:List*', 's3:GetObject')).toBe(false)
    expect(actionMatches('s3:GetObject', 's3:GetObjectVersion')).toBe(false)
  })

  it('matches IAM resource wildcards case-sensitively', () => {
    expect(resourceMatches('arn:aws:s3:::b/*', 'arn:aws:s3:::b/shop/x.zip')).toBe(true)
    expect(resourceMatches('arn:aws:s3:::b/shop/?.zip', 'arn:aws:s3:::b/shop/x.zip')).toBe(true)
    expect(resourceMatches('arn:aws:s3:::B/*', 'arn:aws:s3:::b/shop/x.zip')).toBe(false)
  })

  it('scopes revision keys to the application, as bundleKey names them', () => {
    expect(revisionKeys('', 'shop')).toBe('shop/*')
    expect(revisionKeys('releases/', 'my app')).toBe('releases/my-app/*')
    expect(safeApplicationName('my app/v2.0_x')).toBe('my-app-v2.0_x')
  })
})
