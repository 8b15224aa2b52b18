import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  ApplicationDoesNotExistException,
  CodeDeployClient,
  CreateDeploymentCommand,
  DeploymentConfigDoesNotExistException,
  DeploymentGroupDoesNotExistException,
  DeploymentLimitExceededException,
  InvalidRevisionException,
  InvalidRoleException,
  RegisterApplicationRevisionCommand,
  RevisionDoesNotExistException
} from '@aws-sdk/client-codedeploy'
import { mockClient } from 'aws-sdk-client-mock'
import {
  createDeployment,
  registerRevision,
  s3RevisionLocation,
  type DeploymentRequest,
  type DeployTarget
} from '../../src/codedeploy/deployment.js'
import { DeploymentError } from '../../src/common/errors.js'
import { codeDeployClient, codeDeployError } from '../support/aws.js'

const cdMock = mockClient(CodeDeployClient)
const IDENTITY =
  'arn:aws:sts::222222222222:assumed-role/codedeploy-deployer/GitHubActions-shop-api-42-1'
const TARGET: DeployTarget = { identity: IDENTITY, accountId: '222222222222', region: 'eu-west-1' }
const KEY = `releases/shop-api/${'c'.repeat(64)}.zip`

const REQUEST: DeploymentRequest = {
  application: 'shop-api',
  deploymentGroup: 'production',
  deploymentConfig: 'CodeDeployDefault.OneAtATime',
  description: 'Deployed by GitHub Actions from octo-org/shop-api at 0123456789ab',
  fileExistsBehavior: 'OVERWRITE',
  ignoreApplicationStopFailures: true
}

const LOCATION = s3RevisionLocation({
  bucket: 'shop-api-bundles',
  key: KEY,
  bundleType: 'zip',
  etag: '9b2cf535f27731c974343645a3985328-3',
  versionId: 'v-42'
})

beforeEach(() => {
  cdMock.reset()
})

describe('s3RevisionLocation', () => {
  it('carries bucket, key, bundle type, ETag and version', () => {
    expect(LOCATION).toEqual({
      revisionType: 'S3',
      s3Location: {
        bucket: 'shop-api-bundles',
        key: KEY,
        bundleType: 'zip',
        eTag: '9b2cf535f27731c974343645a3985328-3',
        version: 'v-42'
      }
    })
  })

  it('leaves out an empty ETag and a missing version', () => {
    expect(
      s3RevisionLocation({ bucket: 'b-1', key: 'k.tgz', bundleType: 'tgz', etag: '' })
    ).toEqual({
      revisionType: 'S3',
      s3Location: {
        bucket: 'b-1',
        key: 'k.tgz',
        bundleType: 'tgz',
        eTag: undefined,
        version: undefined
      }
    })
  })
})

describe('registerRevision', () => {
  it('registers the S3 revision with the application', async () => {
    cdMock.on(RegisterApplicationRevisionCommand).resolves({})
    await registerRevision(codeDeployClient(), REQUEST, LOCATION, TARGET)
    const calls = cdMock.commandCalls(RegisterApplicationRevisionCommand)
    expect(calls).toHaveLength(1)
    expect(calls[0].args[0].input).toEqual({
      applicationName: 'shop-api',
      description: REQUEST.description,
      revision: {
        revisionType: 'S3',
        s3Location: {
          bucket: 'shop-api-bundles',
          key: KEY,
          bundleType: 'zip',
          eTag: '9b2cf535f27731c974343645a3985328-3',
          version: 'v-42'
        }
      }
    })
  })

  it('names the application, account and region when the application does not exist', async () => {
    cdMock.on(RegisterApplicationRevisionCommand).rejects(
      new ApplicationDoesNotExistException({
        $metadata: { httpStatusCode: 400 },
        message: 'No application found for name: shop-api'
      })
    )
    const err = await registerRevision(codeDeployClient(), REQUEST, LOCATION, TARGET).catch(e => e)
    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.message).toBe(
      "codedeploy:RegisterApplicationRevision failed: ApplicationDoesNotExistException: No application found for name: shop-api. Check: application 'shop-api' does not exist in account 222222222222, region eu-west-1; check the application input and aws-region."
    )
  })

  it('names the identity and the action when access is denied', async () => {
    cdMock
      .on(RegisterApplicationRevisionCommand)
      .rejects(codeDeployError('AccessDeniedException', 400, 'User is not authorized'))
    const err = await registerRevision(codeDeployClient(), REQUEST, LOCATION, TARGET).catch(e => e)
    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.message).toContain(
      `the policy of ${IDENTITY} must allow codedeploy:RegisterApplicationRevision on the application 'shop-api'`
    )
  })
})

describe('createDeployment', () => {
  it('creates the deployment with every setting and returns its ID', async () => {
    cdMock.on(CreateDeploymentCommand).resolves({ deploymentId: 'd-ABCDEF123' })
    expect(await createDeployment(codeDeployClient(), REQUEST, LOCATION, TARGET)).toBe(
      'd-ABCDEF123'
    )
    const calls = cdMock.commandCalls(CreateDeploymentCommand)
    expect(calls).toHaveLength(1)
    expect(calls[0].args[0].input).toEqual({
      applicationName: 'shop-api',
      deploymentGroupName: 'production',
      deploymentConfigName: 'CodeDeployDefault.OneAtATime',
      description: REQUEST.description,
      revision: {
        revisionType: 'S3',
        s3Location: {
          bucket: 'shop-api-bundles',
          key: KEY,
          bundleType: 'zip',
          eTag: '9b2cf535f27731c974343645a3985328-3',
          version: 'v-42'
        }
      },
      fileExistsBehavior: 'OVERWRITE',
      ignoreApplicationStopFailures: true
    })
  })

  it.each([
    [
      'a rollback of its own, alarms ignored, outdated instances only',
      {
        autoRollback: { enabled: true as const, events: ['DEPLOYMENT_FAILURE' as const] },
        ignoreAlarms: true,
        updateOutdatedInstancesOnly: true
      },
      {
        autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
        overrideAlarmConfiguration: { enabled: false },
        updateOutdatedInstancesOnly: true
      }
    ],
    [
      'rollback turned off',
      {
        autoRollback: { enabled: false as const },
        ignoreAlarms: false,
        updateOutdatedInstancesOnly: false
      },
      { autoRollbackConfiguration: { enabled: false } }
    ],
    ['nothing overridden', { ignoreAlarms: false, updateOutdatedInstancesOnly: false }, {}]
  ])('sends the overrides asked for and no others: %s', async (_, overrides, fields) => {
    cdMock.on(CreateDeploymentCommand).resolves({ deploymentId: 'd-1' })
    await createDeployment(codeDeployClient(), { ...REQUEST, overrides }, LOCATION, TARGET)
    const input = cdMock.commandCalls(CreateDeploymentCommand)[0].args[0].input
    const sent = Object.fromEntries(
      Object.entries(input).filter(([k]) =>
        [
          'autoRollbackConfiguration',
          'overrideAlarmConfiguration',
          'updateOutdatedInstancesOnly'
        ].includes(k)
      )
    )
    expect(sent).toEqual(fields)
  })

  it('leaves the optional settings to the deployment group', async () => {
    cdMock.on(CreateDeploymentCommand).resolves({ deploymentId: 'd-1' })
    await createDeployment(
      codeDeployClient(),
      {
        application: 'shop-api',
        deploymentGroup: 'production',
        description: 'd',
        ignoreApplicationStopFailures: false
      },
      LOCATION,
      TARGET
    )
    const input = cdMock.commandCalls(CreateDeploymentCommand)[0].args[0].input
    expect(input.deploymentConfigName).toBeUndefined()
    expect(input.fileExistsBehavior).toBeUndefined()
    expect(input.ignoreApplicationStopFailures).toBe(false)
  })

  it('fails when CodeDeploy returns no deployment ID', async () => {
    cdMock.on(CreateDeploymentCommand).resolves({})
    const err = await createDeployment(codeDeployClient(), REQUEST, LOCATION, TARGET).catch(e => e)
    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.message).toBe('CreateDeployment returned no deployment ID.')
  })

  const where = 'account 222222222222, region eu-west-1'
  it.each([
    [
      'ApplicationDoesNotExistException',
      new ApplicationDoesNotExistException({ $metadata: {}, message: 'No application' }),
      `application 'shop-api' does not exist in ${where}; check the application input and aws-region`
    ],
    [
      'DeploymentGroupDoesNotExistException',
      new DeploymentGroupDoesNotExistException({ $metadata: {}, message: 'No group' }),
      `deployment group 'production' of application 'shop-api' does not exist in ${where}`
    ],
    [
      'DeploymentConfigDoesNotExistException',
      new DeploymentConfigDoesNotExistException({ $metadata: {}, message: 'No config' }),
      `deployment configuration 'CodeDeployDefault.OneAtATime' does not exist in ${where}`
    ],
    [
      'InvalidRoleException',
      new InvalidRoleException({ $metadata: {}, message: 'Bad role' }),
      "the service role of deployment group 'production' is missing or does not trust codedeploy.amazonaws.com"
    ],
    [
      'AccessDeniedException',
      codeDeployError('AccessDeniedException', 400, 'not authorized'),
      `the policy of ${IDENTITY} must allow codedeploy:CreateDeployment on the application 'shop-api' and its deployment group (for example the AWSCodeDeployDeployerAccess managed policy)`
    ],
    [
      'AccessDenied',
      codeDeployError('AccessDenied', 400, 'not authorized'),
      `the policy of ${IDENTITY} must allow codedeploy:CreateDeployment on the application 'shop-api'`
    ],
    [
      'DeploymentLimitExceededException',
      new DeploymentLimitExceededException({ $metadata: {}, message: 'Limit' }),
      "another deployment to 'production' is still in progress; wait for it to end or stop it"
    ],
    [
      'RevisionDoesNotExistException',
      new RevisionDoesNotExistException({ $metadata: {}, message: 'No revision' }),
      'the revision must be readable by CodeDeploy; check the bucket, key and version'
    ],
    [
      'InvalidRevisionException',
      new InvalidRevisionException({ $metadata: {}, message: 'Bad revision' }),
      'the revision must be readable by CodeDeploy; check the bucket, key and version'
    ],
    [
      'InvalidAutoRollbackConfigException',
      codeDeployError('InvalidAutoRollbackConfigException', 400, 'Bad rollback'),
      `check the inputs and the permissions of ${IDENTITY}`
    ]
  ])('maps %s to its hint', async (_name, error, hint) => {
    cdMock.on(CreateDeploymentCommand).rejects(error)
    const err = await createDeployment(codeDeployClient(), REQUEST, LOCATION, TARGET).catch(e => e)
    expect(err).toBeInstanceOf(DeploymentError)
    expect(err.cause).toBe(error)
    expect(err.message).not.toContain('\n')
    expect(err.message).toMatch(
      new RegExp(`^codedeploy:CreateDeployment failed: ${(error as Error).name}: `)
    )
    expect(err.message).toContain(`Check: ${hint}`)
  })
})
