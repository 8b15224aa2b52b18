/**
 * AWS SDK doubles for the unit tests: clients for aws-sdk-client-mock, the errors the SDK throws,
 * and the credentials of the runner and of the target role. Not a test file (jest collects
 * `*.test.ts`).
 */
import { CodeDeployClient, CodeDeployServiceException } from '@aws-sdk/client-codedeploy'
import { NotFound, S3Client, S3ServiceException, type S3ClientConfig } from '@aws-sdk/client-s3'
import { STSServiceException, type Credentials } from '@aws-sdk/client-sts'
import * as path from 'node:path'

/** A CodeDeploy client in eu-west-1 with fixed keys, for use with aws-sdk-client-mock. */
export function codeDeployClient(): CodeDeployClient {
  return new CodeDeployClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'secret' }
  })
}

/** An S3 client in eu-west-1 with fixed keys, for use with aws-sdk-client-mock. */
export function s3Client(config: Omit<S3ClientConfig, 'region' | 'credentials'> = {}): S3Client {
  return new S3Client({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'secret' },
    ...config
  })
}

type ServiceExceptionClass<E> = new (
  options: ConstructorParameters<typeof CodeDeployServiceException>[0]
) => E

/** A service exception as the SDK throws it: `name` is the error code, 5xx the server's fault. */
function serviceException<E>(
  Exception: ServiceExceptionClass<E>,
  name: string,
  status: number | undefined,
  message: string | undefined
): E {
  return new Exception({
    name,
    $fault: status !== undefined && status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message
  })
}

export function codeDeployError(
  name: string,
  status: number,
  message = 'message'
): CodeDeployServiceException {
  return serviceException(CodeDeployServiceException, name, status, message)
}

export function s3Exception(
  name: string,
  status: number | undefined,
  message?: string
): S3ServiceException {
  return serviceException(S3ServiceException, name, status, message)
}

export function stsException(name: string, status: number, message: string): STSServiceException {
  return serviceException(STSServiceException, name, status, message)
}

/** What S3 throws for HeadObject on a missing key. */
export function s3NotFound(): NotFound {
  return new NotFound({ $metadata: { httpStatusCode: 404 }, message: 'UnknownError' })
}

/** A plain Error shaped like an SDK error: a name and an HTTP status (message: the name). */
export function awsError(name: string, status = 400, message = name): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } })
}

/** Points the SDK at config and credentials files in `dir` that do not exist, not the machine's. */
export function noAwsConfig(dir: string): Record<string, string> {
  return {
    AWS_CONFIG_FILE: path.join(dir, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'no-credentials')
  }
}

/** The source account's keys, as a workflow exports them, with instance metadata turned off. */
export const SOURCE_KEYS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIADEVELOPMENT',
  AWS_SECRET_ACCESS_KEY: 'dev-secret-key',
  AWS_EC2_METADATA_DISABLED: 'true'
}

/** What AssumeRole answers for the target role: a session valid for an hour from now. */
export function targetRoleCredentials(): Credentials {
  return {
    AccessKeyId: 'ASIAPRODUCTION',
    SecretAccessKey: 'prod-secret-key',
    SessionToken: 'prod-session-token',
    Expiration: new Date(Date.now() + 3600_000)
  }
}
