import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/common/errors.js'
import { checkPlatformMatches } from '../../src/revision/platform.js'
import { errorOf } from '../support/thrown.js'

describe('checkPlatformMatches', () => {
  it('passes when the platforms match, or the group platform is not known', () => {
    expect(() => checkPlatformMatches('ECS', 'ECS', 'shop-api', 'production')).not.toThrow()
    expect(() => checkPlatformMatches('Server', undefined, 'shop-api', 'production')).not.toThrow()
  })

  it('refuses an EC2 bundle for an ECS deployment group', () => {
    const err = errorOf(() => checkPlatformMatches('Server', 'ECS', 'shop-api', 'production'))
    expect(err).toBeInstanceOf(InputError)
    expect(err.message).toBe(
      "Deployment group 'production' of application 'shop-api' deploys to Amazon ECS, but the revision is an EC2/On-Premises bundle (its AppSpec has os, files and hooks scripts): check the application and deployment-group inputs, or point revision-path (or appspec-file) at an AppSpec for Amazon ECS."
    )
  })

  it('refuses a Lambda AppSpec for an EC2/On-Premises deployment group', () => {
    expect(() => checkPlatformMatches('Lambda', 'Server', 'shop-api', 'production')).toThrow(
      new InputError(
        "Deployment group 'production' of application 'shop-api' deploys to EC2/On-Premises, but the revision is an AWS Lambda AppSpec (a resource of Type AWS::Lambda::Function): check the application and deployment-group inputs, or point revision-path (or appspec-file) at an AppSpec for EC2/On-Premises."
      )
    )
  })
})
