/** Accounts, roles and contexts the explanation tests share. */
import type { CodeDeployContext, S3Context } from '../../../src/advice/explain.js'
import { awsError } from '../../support/aws.js'

export const DEV = '111111111111'
export const PROD = '222222222222'
export const OIDC_ROLE = `arn:aws:iam::${DEV}:role/github-deploy`
export const PROD_ROLE = `arn:aws:iam::${PROD}:role/deployer`
export const DEV_SESSION = `arn:aws:sts::${DEV}:assumed-role/github-deploy/run-42`
export const PROD_SESSION = `arn:aws:sts::${PROD}:assumed-role/deployer/run-42`

export function err(name: string, status = 400): Error {
  return awsError(name, status, `${name} message`)
}

export const s3Ctx = (over: Partial<S3Context> = {}): S3Context => ({
  step: 's3',
  action: 's3:PutObject',
  bucket: 'releases',
  key: 'prod/shop/abc.zip',
  identity: PROD_SESSION,
  upload: 'target',
  ...over
})

export const cdCtx = (over: Partial<CodeDeployContext> = {}): CodeDeployContext => ({
  step: 'codedeploy',
  action: 'codedeploy:CreateDeployment',
  application: 'shop',
  deploymentGroup: 'production',
  identity: PROD_SESSION,
  accountId: PROD,
  region: 'eu-west-1',
  ...over
})
