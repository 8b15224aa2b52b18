import { expect } from '@jest/globals'
import { AppSpecError } from '../../src/common/errors.js'
import { errorOf } from '../support/thrown.js'

/** AppSpecs and checks shared by the tests of ECS and Lambda AppSpecs. */
export const TASK_DEFINITION = 'arn:aws:ecs:eu-west-1:222222222222:task-definition/shop-api:42'
export const SMOKE_HOOK = 'arn:aws:lambda:eu-west-1:222222222222:function:CodeDeployHook_Smoke'

// Line numbers in the expected messages refer to these texts.
export const ECS = `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: "${TASK_DEFINITION}"
        LoadBalancerInfo:
          ContainerName: "web"
          ContainerPort: 8080
        PlatformVersion: "LATEST"
Hooks:
  - BeforeInstall: "CodeDeployHook_BeforeInstall"
  - AfterAllowTestTraffic: "${SMOKE_HOOK}"
`

export const LAMBDA = `version: 0.0
Resources:
  - shopApi:
      Type: AWS::Lambda::Function
      Properties:
        Name: "shop-api"
        Alias: "live"
        CurrentVersion: "3"
        TargetVersion: "4"
Hooks:
  - BeforeAllowTraffic: "CodeDeployHook_PreTraffic"
  - AfterAllowTraffic: "CodeDeployHook_PostTraffic"
`

export const SERVER = `version: 0.0
os: linux
files:
  - source: /
    destination: /srv/shop-api
`

export function expectAppSpecError(fn: () => unknown, message: string): void {
  const err = errorOf(fn)
  expect(err).toBeInstanceOf(AppSpecError)
  expect(err.message).toBe(message)
}
