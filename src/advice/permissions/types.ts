/** The vocabulary of the IAM catalogue: where a statement lives, when it applies, what it holds. */

/** Where a statement lives, and so which account's administrator has to change it. */
export type PolicyKind =
  | 'source-trust'
  | 'source-permissions'
  | 'target-trust'
  | 'target-permissions'
  | 'bucket-policy'
  | 'instance-profile'
  | 'kms-key-policy'

/**
 * required: the deployment fails without it. recommended: a feature degrades without it (a
 * warning says so). dry-run: only `dry-run: true` uses it, and reports a check as skipped when
 * it is missing.
 */
export type Level = 'required' | 'recommended' | 'dry-run'

/** The parts of a configuration that decide which statements are needed. */
export interface Setup {
  /** How the source credentials are obtained (see chooseSource in credentials.ts). */
  source: 'oidc-role' | 'oidc-direct' | 'environment' | 'default-chain'
  /** role-to-assume is set: the deployment is made in another account. */
  crossAccount: boolean
  /** Which credentials upload the bundle (the upload-credentials input). */
  upload: 'target' | 'source'
  /** Which account owns the bucket. */
  bucketAccount: 'target' | 'source'
  /** The bucket encrypts with a customer managed KMS key. */
  kms: boolean
  wait: boolean
  /** stop-on-cancel, stop-on-timeout or on-active-deployment: stop. */
  stop: boolean
  /** The source session carries transitive session tags (e.g. an earlier step tagged it). */
  sessionTags: boolean
  /**
   * bundle: built and uploaded to S3; existing: an object already in S3 (revision-location);
   * appspec-content: an ECS or Lambda AppSpec sent as it is, with no S3 at all; github: a commit
   * CodeDeploy fetches from GitHub, with no S3 either.
   */
  revision: 'bundle' | 'existing' | 'appspec-content' | 'github'
  /** upload-only: the revision is registered, no deployment is created. */
  uploadOnly: boolean
  /** ignore-alarms: CreateDeployment overrides the group's alarm configuration. */
  ignoreAlarms?: boolean
  /** The workflow tests blue/green deployments at Ready (wait-until, continue-deployment). */
  gates?: boolean
  /** task-definition: an ECS task definition is registered before the deployment. */
  taskDefinition?: boolean
}

/** Values that fill the statements' templates: `{name}` in a template is `vars.name`. */
export interface PolicyVars {
  partition: string
  region: string
  sourceAccount: string
  targetAccount: string
  sourceRoleArn: string
  targetRoleArn: string
  instanceRoleArn: string
  application: string
  deploymentGroup: string
  bucket: string
  /** Key pattern of the revisions in the bucket: <s3-key-prefix><application>/* for bundles. */
  revisionKeys: string
  kmsKeyArn: string
  audience: string
  /** The `sub` claim the development role's trust policy accepts. */
  subject: string
  externalId: string
  /** The roles of task-definition's task definition, which registering it passes to ECS. */
  taskRoleArn: string
  executionRoleArn: string
}

export type Condition = Record<string, Record<string, string | string[]>>

export interface Requirement {
  sid: string
  policy: PolicyKind
  actions: readonly string[]
  /** Templates; trust policies have none. */
  resources: readonly string[]
  /** For trust and resource policies: who is allowed. */
  principal?: { AWS?: string; Federated?: string }
  condition?: (v: Partial<PolicyVars>) => Condition | undefined
  level: Level
  applies: (s: Setup) => boolean
  /** What breaks without it, for people reading the docs and the error messages. */
  why: string
}

export interface IamStatement {
  Sid: string
  Effect: 'Allow'
  Principal?: { AWS?: string; Federated?: string }
  Action: string | string[]
  Resource?: string | string[]
  Condition?: Condition
}

export interface PolicyDocument {
  Version: '2012-10-17'
  Statement: IamStatement[]
}
