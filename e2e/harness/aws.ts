/**
 * The two AWS accounts of the cross-account guide, in the emulator: a development account
 * (111111111111, where plain credentials act) and a production account (222222222222, reached
 * by assuming a role there), and helpers to create their resources with the AWS SDK.
 */
import {
  CodeDeployClient,
  CreateApplicationCommand,
  CreateDeploymentGroupCommand,
  GetDeploymentCommand,
  ListDeploymentsCommand
} from '@aws-sdk/client-codedeploy'
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutBucketVersioningCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { createHash } from 'node:crypto'

export const DEV_ACCOUNT = '111111111111'
export const PROD_ACCOUNT = '222222222222'
export const REGION = 'eu-west-1'

/** The role a workflow's OIDC token is exchanged for, in the development account. */
export const DEV_OIDC_ROLE = `arn:aws:iam::${DEV_ACCOUNT}:role/github-actions-deployer`
/** The cross-account role in the production account (step 3 of the guide). */
export const PROD_DEPLOY_ROLE = `arn:aws:iam::${PROD_ACCOUNT}:role/codedeploy-cross-account`
/** The production role's name for the instances' service role, only stored by CodeDeploy. */
export const PROD_SERVICE_ROLE = `arn:aws:iam::${PROD_ACCOUNT}:role/CodeDeployServiceRole`

export interface Credentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

/**
 * Long-term keys of a user in the development account. The emulator treats keys it has not
 * issued as the development account's.
 */
export const DEV_USER_CREDENTIALS: Credentials = {
  accessKeyId: 'AKIAE2EDEVELOPMENT01',
  secretAccessKey: 'e2e/development/user/secret/key/0000000000'
}

export interface Clients {
  s3: S3Client
  sts: STSClient
  codedeploy: CodeDeployClient
}

export function clients(endpoint: string, credentials: Credentials): Clients {
  const config = { endpoint, region: REGION, credentials, maxAttempts: 1 }
  return {
    s3: new S3Client({ ...config, forcePathStyle: true }),
    sts: new STSClient(config),
    codedeploy: new CodeDeployClient(config)
  }
}

export async function assumeRole(
  endpoint: string,
  roleArn: string,
  from: Credentials = DEV_USER_CREDENTIALS,
  sessionName = 'e2e-setup'
): Promise<Credentials> {
  const { Credentials: c } = await clients(endpoint, from).sts.send(
    new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: sessionName })
  )
  if (!c?.AccessKeyId || !c.SecretAccessKey)
    throw new Error(`AssumeRole ${roleArn} gave no credentials`)
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken
  }
}

/** Clients acting in each account: development with the user's keys, production through a role. */
export async function accounts(endpoint: string): Promise<{ dev: Clients; prod: Clients }> {
  return {
    dev: clients(endpoint, DEV_USER_CREDENTIALS),
    prod: clients(
      endpoint,
      await assumeRole(endpoint, `arn:aws:iam::${PROD_ACCOUNT}:role/e2e-admin`)
    )
  }
}

export async function createBucket(s3: S3Client, bucket: string, versioned = false): Promise<void> {
  await s3.send(
    new CreateBucketCommand({
      Bucket: bucket,
      CreateBucketConfiguration: { LocationConstraint: REGION }
    })
  )
  if (versioned) {
    await s3.send(
      new PutBucketVersioningCommand({
        Bucket: bucket,
        VersioningConfiguration: { Status: 'Enabled' }
      })
    )
  }
}

export async function createApplication(
  codedeploy: CodeDeployClient,
  application: string,
  deploymentGroup: string,
  deploymentConfigName?: string
): Promise<void> {
  await codedeploy.send(
    new CreateApplicationCommand({ applicationName: application, computePlatform: 'Server' })
  )
  await codedeploy.send(
    new CreateDeploymentGroupCommand({
      applicationName: application,
      deploymentGroupName: deploymentGroup,
      serviceRoleArn: PROD_SERVICE_ROLE,
      deploymentConfigName,
      ec2TagFilters: [{ Key: 'Environment', Value: deploymentGroup, Type: 'KEY_AND_VALUE' }]
    })
  )
}

export interface Landscape {
  dev: Clients
  prod: Clients
  application: string
  deploymentGroup: string
  /** A bucket in the production account (the guide's simpler setup). */
  prodBucket: string
  /** A bucket in the development account (the guide's step 2). */
  devBucket: string
}

/**
 * The cross-account guide's resources: a bucket in each account, and the CodeDeploy application
 * and deployment group in production.
 */
export async function createLandscape(
  endpoint: string,
  names: Partial<
    Pick<Landscape, 'application' | 'deploymentGroup' | 'prodBucket' | 'devBucket'>
  > = {}
): Promise<Landscape> {
  const { dev, prod } = await accounts(endpoint)
  const landscape: Landscape = {
    dev,
    prod,
    application: names.application ?? 'webapp',
    deploymentGroup: names.deploymentGroup ?? 'production',
    prodBucket: names.prodBucket ?? `releases-${PROD_ACCOUNT}`,
    devBucket: names.devBucket ?? `releases-${DEV_ACCOUNT}`
  }
  await createBucket(prod.s3, landscape.prodBucket)
  await createBucket(dev.s3, landscape.devBucket)
  await createApplication(prod.codedeploy, landscape.application, landscape.deploymentGroup)
  return landscape
}

export async function listDeployments(
  codedeploy: CodeDeployClient,
  application?: string,
  deploymentGroup?: string
): Promise<string[]> {
  const out = await codedeploy.send(
    new ListDeploymentsCommand({
      applicationName: application,
      deploymentGroupName: deploymentGroup
    })
  )
  return out.deployments ?? []
}

export async function getDeployment(codedeploy: CodeDeployClient, deploymentId: string) {
  const out = await codedeploy.send(new GetDeploymentCommand({ deploymentId }))
  return out.deploymentInfo
}

export async function listKeys(s3: S3Client, bucket: string): Promise<string[]> {
  const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket }))
  return (out.Contents ?? []).map(o => o.Key ?? '')
}

export async function objectSha256(s3: S3Client, bucket: string, key: string): Promise<string> {
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  const bytes = await out.Body?.transformToByteArray()
  return createHash('sha256')
    .update(bytes ?? new Uint8Array())
    .digest('hex')
}
