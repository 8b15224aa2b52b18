/**
 * The catalogue itself: every statement the action can need, with the policy it belongs in, the
 * setups it applies to and what breaks without it. Data only; permissions.ts renders and looks it up.
 */
import type { PolicyKind, Requirement, Setup } from './types.js'

export const POLICIES: Record<PolicyKind, { title: string }> = {
  'source-trust': { title: 'trust policy of the development role (oidc-role-arn)' },
  'source-permissions': {
    title: 'permissions policy of the development role (the source credentials)'
  },
  'target-trust': { title: 'trust policy of the production cross-account role (role-to-assume)' },
  'target-permissions': {
    title: 'permissions policy of the production cross-account role (role-to-assume)'
  },
  'bucket-policy': { title: 'bucket policy of the revision bucket' },
  'instance-profile': {
    title: 'permissions policy of the instance profile role of the production instances'
  },
  'kms-key-policy': { title: 'key policy of the KMS key that encrypts the bucket' }
}

const APPLICATION = 'arn:{partition}:codedeploy:{region}:{targetAccount}:application:{application}'
const GROUP =
  'arn:{partition}:codedeploy:{region}:{targetAccount}:deploymentgroup:{application}/{deploymentGroup}'
const CONFIGS = 'arn:{partition}:codedeploy:{region}:{targetAccount}:deploymentconfig:*'
/**
 * For actions that take no resource-level permissions (AWS's Service Authorization Reference lists
 * no resource type for them), such as codedeploy:StopDeployment: IAM matches them only against
 * "*", so a statement naming a deployment group would never allow them.
 */
const NO_RESOURCE_LEVEL = '*'
const BUCKET = 'arn:{partition}:s3:::{bucket}'
const OBJECTS = 'arn:{partition}:s3:::{bucket}/{revisionKeys}'
const GITHUB_OIDC = 'token.actions.githubusercontent.com'

const always = () => true
const usesS3 = (s: Setup) => s.revision !== 'appspec-content' && s.revision !== 'github'
const deploys = (s: Setup) => !s.uploadOnly
const uploadsAs = (who: 'target' | 'source') => (s: Setup) => usesS3(s) && s.upload === who
/** The bucket is in another account than the identity that uploads to it (or reads it). */
const uploaderOutsideBucketAccount = (s: Setup) =>
  usesS3(s) && s.crossAccount && s.upload !== s.bucketAccount
const chained = (s: Setup) => s.crossAccount && s.source !== 'oidc-direct'

export const REQUIREMENTS: readonly Requirement[] = [
  gitHubOidcTrust(
    'GitHubOidc',
    'source-trust',
    'sourceAccount',
    s => s.source === 'oidc-role',
    'lets the workflow exchange its GitHub OIDC token for the development role'
  ),
  gitHubOidcTrust(
    'GitHubOidcDirect',
    'target-trust',
    'targetAccount',
    s => s.source === 'oidc-direct',
    'lets the workflow exchange its GitHub OIDC token for role-to-assume directly, with no development role'
  ),
  {
    sid: 'AssumeProductionRole',
    policy: 'source-permissions',
    actions: ['sts:AssumeRole'],
    resources: ['{targetRoleArn}'],
    level: 'required',
    applies: chained,
    why: 'lets the development role assume the production cross-account role'
  },
  {
    sid: 'TagProductionSession',
    policy: 'source-permissions',
    actions: ['sts:TagSession'],
    resources: ['{targetRoleArn}'],
    level: 'recommended',
    applies: s => chained(s) && s.sessionTags,
    why: 'needed when the source session carries transitive session tags, which AssumeRole passes on'
  },
  {
    sid: 'TrustDevelopmentRole',
    policy: 'target-trust',
    actions: ['sts:AssumeRole'],
    resources: [],
    principal: { AWS: '{sourceRoleArn}' },
    condition: v =>
      v.externalId ? { StringEquals: { 'sts:ExternalId': v.externalId } } : undefined,
    level: 'required',
    applies: chained,
    why: 'lets the development role assume the production role (with the external ID, when one is set)'
  },
  {
    sid: 'TrustTaggedSessions',
    policy: 'target-trust',
    actions: ['sts:TagSession'],
    resources: [],
    principal: { AWS: '{sourceRoleArn}' },
    level: 'recommended',
    applies: s => chained(s) && s.sessionTags,
    why: 'needed when the source session carries transitive session tags'
  },
  {
    sid: 'RegisterRevision',
    policy: 'target-permissions',
    actions: ['codedeploy:RegisterApplicationRevision', 'codedeploy:GetApplicationRevision'],
    resources: [APPLICATION],
    level: 'required',
    applies: always,
    why: 'registers the uploaded bundle as a revision of the application'
  },
  {
    sid: 'CreateDeployment',
    policy: 'target-permissions',
    actions: ['codedeploy:CreateDeployment', 'codedeploy:GetDeployment'],
    resources: [GROUP],
    level: 'required',
    applies: deploys,
    why: 'creates the deployment and follows it (the wait, deployments already in progress, older-revision and the post step read it)'
  },
  {
    sid: 'OverrideAlarms',
    policy: 'target-permissions',
    actions: ['codedeploy:UpdateDeploymentGroup'],
    resources: [GROUP],
    level: 'required',
    applies: s => deploys(s) && s.ignoreAlarms === true,
    why: 'CodeDeploy asks for it when CreateDeployment overrides the alarm configuration (ignore-alarms)'
  },
  {
    sid: 'ReadDeploymentConfig',
    policy: 'target-permissions',
    actions: ['codedeploy:GetDeploymentConfig'],
    resources: [CONFIGS],
    level: 'required',
    applies: deploys,
    why: "CreateDeployment reads the deployment configuration with the caller's permissions"
  },
  {
    sid: 'ExplainFailures',
    policy: 'target-permissions',
    actions: ['codedeploy:ListDeploymentTargets', 'codedeploy:BatchGetDeploymentTargets'],
    resources: [NO_RESOURCE_LEVEL],
    level: 'recommended',
    applies: s => deploys(s) && s.wait,
    why: 'when a deployment fails, lists the failed instances with their lifecycle event and log tail'
  },
  {
    sid: 'FindDeploymentsInProgress',
    policy: 'target-permissions',
    actions: ['codedeploy:ListDeployments'],
    resources: [GROUP],
    level: 'recommended',
    applies: deploys,
    why: 'finds deployments already in progress, so on-active-deployment can wait for or stop them'
  },
  {
    sid: 'StopDeployment',
    policy: 'target-permissions',
    actions: ['codedeploy:StopDeployment'],
    resources: [NO_RESOURCE_LEVEL],
    level: 'recommended',
    applies: s => deploys(s) && s.stop,
    why: 'stops the deployment on cancel (stop-on-cancel), on timeout (stop-on-timeout), when on-active-deployment is stop, or at a test gate (stop-deployment)'
  },
  {
    sid: 'RegisterTaskDefinition',
    policy: 'target-permissions',
    actions: ['ecs:RegisterTaskDefinition'],
    resources: [NO_RESOURCE_LEVEL],
    level: 'required',
    applies: s => s.taskDefinition === true,
    why: 'task-definition registers the task definition before the ECS deployment'
  },
  {
    sid: 'PassTaskRoles',
    policy: 'target-permissions',
    actions: ['iam:PassRole'],
    resources: ['{taskRoleArn}', '{executionRoleArn}'],
    condition: () => ({ StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } }),
    level: 'required',
    applies: s => s.taskDefinition === true,
    why: 'registering a task definition passes its task role and execution role to ECS (leave out a role the file does not name)'
  },
  {
    sid: 'ContinueDeployment',
    policy: 'target-permissions',
    actions: ['codedeploy:ContinueDeployment'],
    resources: [NO_RESOURCE_LEVEL],
    level: 'required',
    applies: s => s.gates === true,
    why: 'continue-deployment reroutes traffic to the replacement of a blue/green deployment waiting at Ready (wait-until: ready)'
  },
  {
    sid: 'CheckDeploymentGroup',
    policy: 'target-permissions',
    actions: ['codedeploy:GetDeploymentGroup'],
    resources: [GROUP],
    level: 'recommended',
    applies: always,
    why: 'checks that the group exists and takes this kind of revision before anything is uploaded, and finds its latest successful deployment for older-revision'
  },
  {
    sid: 'DryRunApplication',
    policy: 'target-permissions',
    actions: ['codedeploy:GetApplication'],
    resources: [APPLICATION],
    level: 'dry-run',
    applies: always,
    why: 'lets dry-run confirm that the application exists and report its compute platform'
  },
  ...uploadStatements('target-permissions', 'target'),
  ...uploadStatements('source-permissions', 'source'),
  ...simulationStatements('target-permissions', '{targetRoleArn}', always, s => !s.crossAccount),
  ...simulationStatements('source-permissions', '{sourceRoleArn}', chained, chained),
  {
    sid: 'InstancesReadRevisions',
    policy: 'instance-profile',
    actions: ['s3:GetObject', 's3:GetObjectVersion'],
    resources: [OBJECTS],
    level: 'required',
    applies: usesS3,
    why: 'the CodeDeploy agent on each instance downloads the revision with the instance profile'
  },
  {
    sid: 'InstancesDecryptRevisions',
    policy: 'instance-profile',
    actions: ['kms:Decrypt'],
    resources: ['{kmsKeyArn}'],
    level: 'required',
    applies: s => usesS3(s) && s.kms,
    why: "the agent decrypts the revision with the bucket's KMS key"
  },
  {
    sid: 'ProductionInstancesRead',
    policy: 'bucket-policy',
    actions: ['s3:GetObject', 's3:GetObjectVersion'],
    resources: [OBJECTS],
    principal: { AWS: '{instanceRoleArn}' },
    level: 'required',
    applies: s => usesS3(s) && s.crossAccount && s.bucketAccount === 'source',
    why: 'a bucket in the development account must let the production instance profile read the revisions'
  },
  {
    sid: 'CrossAccountUpload',
    policy: 'bucket-policy',
    actions: ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload'],
    resources: [OBJECTS],
    principal: { AWS: '{uploaderRoleArn}' },
    level: 'required',
    applies: uploaderOutsideBucketAccount,
    why: 'a bucket in another account than the uploading role must let that role write the bundle'
  },
  {
    sid: 'CrossAccountList',
    policy: 'bucket-policy',
    actions: ['s3:ListBucket'],
    resources: [BUCKET],
    principal: { AWS: '{uploaderRoleArn}' },
    level: 'recommended',
    applies: uploaderOutsideBucketAccount,
    why: 'lets the uploading role tell a missing bundle (404) from a denied one (403)'
  },
  {
    sid: 'UploaderUsesKey',
    policy: 'kms-key-policy',
    actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
    resources: ['*'],
    principal: { AWS: '{uploaderRoleArn}' },
    level: 'required',
    applies: s => uploaderOutsideBucketAccount(s) && s.revision === 'bundle' && s.kms,
    why: "a key in another account than the uploading role must let that role use it (in the key's own account, its IAM policy is enough)"
  },
  {
    sid: 'InstancesUseKey',
    policy: 'kms-key-policy',
    actions: ['kms:Decrypt'],
    resources: ['*'],
    principal: { AWS: '{instanceRoleArn}' },
    level: 'required',
    applies: s => usesS3(s) && s.crossAccount && s.bucketAccount === 'source' && s.kms,
    why: 'a key in the development account must let the production instances decrypt the revision'
  }
]

/** The trust statement that lets GitHub's OIDC tokens for this repository assume a role. */
function gitHubOidcTrust(
  sid: string,
  policy: PolicyKind,
  account: 'sourceAccount' | 'targetAccount',
  applies: Requirement['applies'],
  why: string
): Requirement {
  return {
    sid,
    policy,
    actions: ['sts:AssumeRoleWithWebIdentity'],
    resources: [],
    principal: {
      Federated: `arn:{partition}:iam::{${account}}:oidc-provider/${GITHUB_OIDC}`
    },
    condition: v => ({
      StringEquals: { [`${GITHUB_OIDC}:aud`]: v.audience ?? 'sts.amazonaws.com' },
      StringLike: { [`${GITHUB_OIDC}:sub`]: v.subject ?? '{subject}' }
    }),
    level: 'required',
    applies,
    why
  }
}

/** A source the inputs do not name (keys in the environment, the SDK's chain) may be a role session. */
const unnamedSource = (s: Setup) => s.source === 'environment' || s.source === 'default-chain'

/**
 * What lets dry-run ask AWS's policy simulator about every action of the run, as the identity
 * itself. GetRole is needed only for a role session no input names: the session's ARN drops the
 * role's path, which the simulator needs.
 */
function simulationStatements(
  policy: PolicyKind,
  role: string,
  applies: Requirement['applies'],
  unnamed: Requirement['applies']
): Requirement[] {
  return [
    {
      sid: 'DryRunSimulate',
      policy,
      actions: ['iam:SimulatePrincipalPolicy'],
      resources: [role],
      level: 'dry-run',
      applies,
      why: "lets dry-run ask AWS's policy simulator whether this role may take each action of the run on its exact resources; without it dry-run probes with read calls only"
    },
    {
      sid: 'DryRunFindRole',
      policy,
      actions: ['iam:GetRole'],
      resources: [role],
      level: 'dry-run',
      applies: s => applies(s) && unnamed(s) && unnamedSource(s),
      why: "lets dry-run find the role's full ARN (with its path) when the source credentials are a role session that no input names"
    }
  ]
}

function uploadStatements(policy: PolicyKind, who: 'target' | 'source'): Requirement[] {
  const role = who === 'target' ? 'production' : 'development'
  const applies = uploadsAs(who)
  return [
    {
      sid: 'UploadRevision',
      policy,
      actions: ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload'],
      resources: [OBJECTS],
      level: 'required',
      applies: s => applies(s) && s.revision === 'bundle',
      why: `the ${role} role uploads the bundle (GetObject finds an identical bundle already there; AbortMultipartUpload cleans up a failed upload)`
    },
    {
      sid: 'ReadExistingRevision',
      policy,
      actions: ['s3:GetObject', 's3:GetObjectVersion'],
      resources: [OBJECTS],
      level: 'required',
      applies: s => applies(s) && s.revision === 'existing',
      why: `the ${role} role looks up the revision-location object (its ETag and version); a versionId needs s3:GetObjectVersion`
    },
    {
      sid: 'ListRevisionBucket',
      policy,
      actions: ['s3:ListBucket'],
      resources: [BUCKET],
      level: 'recommended',
      applies,
      why: 'without it S3 answers 403 instead of 404 for an object that is not there, and dry-run cannot reach the bucket (HeadBucket)'
    },
    {
      sid: 'DryRunBucket',
      policy,
      actions: ['s3:GetBucketVersioning', 's3:GetEncryptionConfiguration'],
      resources: [BUCKET],
      level: 'dry-run',
      applies,
      why: "lets dry-run report the bucket's versioning and encryption"
    },
    {
      sid: 'DryRunBucketPolicy',
      policy,
      actions: ['s3:GetBucketPolicy'],
      resources: [BUCKET],
      level: 'dry-run',
      // Only a bucket in the development account has a policy the production side depends on.
      applies: s => applies(s) && s.bucketAccount === 'source',
      why: "lets dry-run check that the bucket's policy lets the production instances (and the policy simulation) read the revision"
    },
    {
      sid: 'UploadWithKey',
      policy,
      actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
      resources: ['{kmsKeyArn}'],
      level: 'required',
      applies: s => applies(s) && s.revision === 'bundle' && s.kms,
      why: `S3 encrypts the bundle with the bucket's KMS key as the ${role} role (kms:GenerateDataKey), and decrypts that key for each part of a bundle large enough to go up in parts (kms:Decrypt)`
    }
  ]
}
