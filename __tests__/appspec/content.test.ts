import { describe, expect, it } from '@jest/globals'
import {
  detectComputePlatform,
  validateEcsAppSpec,
  validateLambdaAppSpec
} from '../../src/appspec/content.js'
import { ECS, expectAppSpecError, LAMBDA, SERVER, SMOKE_HOOK, TASK_DEFINITION } from './fixtures.js'

const ecs = (text: string) => () => validateEcsAppSpec(text, 'appspec.yml')
const lambda = (text: string) => () => validateLambdaAppSpec(text, 'appspec.yml')

describe('detectComputePlatform', () => {
  it.each([
    ['an EC2/On-Premises AppSpec', SERVER, 'Server'],
    ['an ECS AppSpec', ECS, 'ECS'],
    ['a Lambda AppSpec', LAMBDA, 'Lambda']
  ])('recognises %s', (_what, text, platform) => {
    expect(detectComputePlatform(text, 'appspec.yml')).toBe(platform)
  })

  it('reads JSON AppSpecs with the lower-case keys of the CodeDeploy guide', () => {
    const json = JSON.stringify({
      version: 0.0,
      resources: [{ fn: { type: 'AWS::Lambda::Function', properties: {} } }]
    })
    expect(detectComputePlatform(json, 'appspec.json')).toBe('Lambda')
  })

  it('rejects a resource type of no compute platform', () => {
    expectAppSpecError(
      () => detectComputePlatform(ECS.replace('AWS::ECS::Service', 'AWS::EC2::Instance'), 'a.yml'),
      'a.yml line 4: unknown resource Type "AWS::EC2::Instance"; expected os (EC2/On-Premises), or Resources with a service of Type AWS::ECS::Service (ECS) or a function of Type AWS::Lambda::Function (Lambda)'
    )
  })

  it('rejects an AppSpec with neither os nor Resources', () => {
    expectAppSpecError(
      () => detectComputePlatform('version: 0.0\nHooks: []\n', 'a.yml'),
      'a.yml line 1: cannot tell the compute platform: expected os (EC2/On-Premises), or Resources with a service of Type AWS::ECS::Service (ECS) or a function of Type AWS::Lambda::Function (Lambda)'
    )
  })

  it('reports invalid YAML with its line', () => {
    expectAppSpecError(
      () => detectComputePlatform('version: 0.0\nResources: []\nversion: 1\n', 'a.yml'),
      'a.yml line 3: invalid YAML or JSON: Map keys must be unique'
    )
  })
})

describe('validateEcsAppSpec', () => {
  it('returns the task definition, container and hooks', () => {
    expect(validateEcsAppSpec(ECS, 'appspec.yml')).toEqual({
      platform: 'ECS',
      taskDefinition: TASK_DEFINITION,
      containerName: 'web',
      containerPort: 8080,
      hooks: [
        { event: 'BeforeInstall', functionName: 'CodeDeployHook_BeforeInstall' },
        { event: 'AfterAllowTestTraffic', functionName: SMOKE_HOOK }
      ]
    })
  })

  it('matches keys without regard to case, and takes version as a string', () => {
    const lower = ECS.replace('version: 0.0', 'version: "0.0"')
      .replace('Resources:', 'resources:')
      .replace('Properties:', 'properties:')
      .replace('ContainerPort: 8080', 'containerport: "8080"')
    expect(validateEcsAppSpec(lower, 'appspec.yml').containerPort).toBe(8080)
  })

  it('drops white space around values, such as the final newline of a block scalar', () => {
    const text = ECS.replace(
      `TaskDefinition: "${TASK_DEFINITION}"`,
      `TaskDefinition: |\n          ${TASK_DEFINITION}`
    )
      .replace('ContainerName: "web"', 'ContainerName: " web "')
      .replace('"CodeDeployHook_BeforeInstall"', '"CodeDeployHook_BeforeInstall "')
    expect(validateEcsAppSpec(text, 'appspec.yml')).toMatchObject({
      taskDefinition: TASK_DEFINITION,
      containerName: 'web',
      hooks: [
        { event: 'BeforeInstall', functionName: 'CodeDeployHook_BeforeInstall' },
        { event: 'AfterAllowTestTraffic', functionName: SMOKE_HOOK }
      ]
    })
  })

  it('takes a value of white space alone as empty', () => {
    expectAppSpecError(
      ecs(ECS.replace('ContainerName: "web"', 'ContainerName: "  "')),
      'appspec.yml line 8: ContainerName is empty'
    )
  })

  it('takes an AppSpec without hooks', () => {
    const noHooks = ECS.slice(0, ECS.indexOf('Hooks:'))
    expect(validateEcsAppSpec(noHooks, 'appspec.yml').hooks).toEqual([])
  })

  it('rejects invalid YAML', () => {
    expectAppSpecError(
      ecs(ECS.replace('ContainerName: "web"', 'ContainerName: "web')),
      'appspec.yml line 8: invalid YAML or JSON: Missing closing "quote'
    )
  })

  it('rejects a document that is not a mapping', () => {
    expectAppSpecError(
      ecs('- version: 0.0\n'),
      'appspec.yml line 1: expected a mapping with version: 0.0 and Resources'
    )
  })

  it('rejects an unknown top-level key', () => {
    expectAppSpecError(
      ecs(`${ECS}Resource: []\n`),
      'appspec.yml line 14: unknown key Resource; expected version, Resources, Hooks'
    )
  })

  it('rejects a version other than 0.0', () => {
    expectAppSpecError(
      ecs(ECS.replace('version: 0.0', 'version: 1.0')),
      'appspec.yml line 1: version is 1; expected 0.0 (the only version)'
    )
  })

  it('rejects a missing version', () => {
    expectAppSpecError(
      ecs(ECS.replace('version: 0.0\n', '')),
      'appspec.yml line 1: version is missing; expected 0.0 (the only version)'
    )
  })

  it('rejects an AppSpec without Resources', () => {
    expectAppSpecError(
      ecs('version: 0.0\n'),
      'appspec.yml line 1: no Resources; expected one resource of Type AWS::ECS::Service'
    )
  })

  it('rejects Resources that are not a list', () => {
    expectAppSpecError(
      ecs('version: 0.0\nResources:\n  TargetService: {}\n'),
      'appspec.yml line 3: Resources must be a list with one resource (- <name>: with Type and Properties)'
    )
  })

  it('rejects more than one resource', () => {
    expectAppSpecError(
      ecs('version: 0.0\nResources:\n  - a: {}\n  - b: {}\n'),
      'appspec.yml line 3: Resources has 2 entries; expected exactly one'
    )
  })

  it('rejects a resource that is not a single named entry', () => {
    expectAppSpecError(
      ecs('version: 0.0\nResources:\n  - Type: AWS::ECS::Service\n    Properties: {}\n'),
      'appspec.yml line 3: Resources must be a list with one resource (- <name>: with Type and Properties)'
    )
  })

  it('rejects a resource whose body is not a mapping', () => {
    expectAppSpecError(
      ecs('version: 0.0\nResources:\n  - TargetService: AWS::ECS::Service\n'),
      'appspec.yml line 3: Resources must be a list with one resource (- <name>: with Type and Properties)'
    )
  })

  it('rejects a resource without Type', () => {
    expectAppSpecError(
      ecs(ECS.replace('      Type: AWS::ECS::Service\n', '')),
      'appspec.yml line 4: resource without Type'
    )
  })

  it('rejects a resource of the other platform', () => {
    expectAppSpecError(
      ecs(LAMBDA),
      'appspec.yml line 4: resource Type is "AWS::Lambda::Function"; ECS deployments expect AWS::ECS::Service'
    )
  })

  it('rejects a resource without Properties', () => {
    expectAppSpecError(
      ecs('version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n'),
      'appspec.yml line 4: resource without Properties'
    )
  })

  it('rejects Properties that are not a mapping', () => {
    expectAppSpecError(
      ecs(
        'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties: []\n'
      ),
      'appspec.yml line 5: Properties must be a mapping'
    )
  })

  it('rejects a missing TaskDefinition', () => {
    expectAppSpecError(
      ecs(ECS.replace(`        TaskDefinition: "${TASK_DEFINITION}"\n`, '')),
      'appspec.yml line 6: Properties without TaskDefinition'
    )
  })

  it('rejects an empty TaskDefinition', () => {
    expectAppSpecError(
      ecs(ECS.replace(`"${TASK_DEFINITION}"`, '""')),
      'appspec.yml line 6: TaskDefinition is empty'
    )
  })

  it('rejects a TaskDefinition that is not a task definition ARN (a placeholder)', () => {
    expectAppSpecError(
      ecs(ECS.replace(TASK_DEFINITION, '<TASK_DEFINITION>')),
      'appspec.yml line 6: TaskDefinition is "<TASK_DEFINITION>"; expected the ARN of a registered task definition revision, such as arn:aws:ecs:us-east-1:123456789012:task-definition/web:42'
    )
  })

  it('rejects a missing LoadBalancerInfo', () => {
    const text = ECS.replace(/ {8}LoadBalancerInfo:\n.*\n.*\n/, '')
    expectAppSpecError(
      ecs(text),
      'appspec.yml line 6: Properties without LoadBalancerInfo; expected ContainerName and ContainerPort in it'
    )
  })

  it('rejects a LoadBalancerInfo that is not a mapping', () => {
    const text = ECS.replace(/LoadBalancerInfo:\n.*\n.*\n/, 'LoadBalancerInfo: web:8080\n')
    expectAppSpecError(
      ecs(text),
      'appspec.yml line 7: LoadBalancerInfo must be a mapping with ContainerName and ContainerPort'
    )
  })

  it('rejects a missing ContainerName', () => {
    expectAppSpecError(
      ecs(ECS.replace('          ContainerName: "web"\n', '')),
      'appspec.yml line 8: LoadBalancerInfo without ContainerName'
    )
  })

  it('rejects a missing ContainerPort', () => {
    expectAppSpecError(
      ecs(ECS.replace('          ContainerPort: 8080\n', '')),
      'appspec.yml line 8: LoadBalancerInfo without ContainerPort'
    )
  })

  it.each([
    ['0', '"0"'],
    ['65536', '"65536"'],
    ['80.5', '"80.5"'],
    ['http', '"http"']
  ])('rejects ContainerPort %s', (port, shown) => {
    expectAppSpecError(
      ecs(ECS.replace('ContainerPort: 8080', `ContainerPort: ${port}`)),
      `appspec.yml line 9: ContainerPort is ${shown}; expected a whole number from 1 to 65535`
    )
  })

  it('rejects Hooks that are not a list', () => {
    expectAppSpecError(
      ecs(ECS.replace(/Hooks:\n[\s\S]*$/, 'Hooks:\n  BeforeInstall: CodeDeployHook_A\n')),
      'appspec.yml line 12: Hooks must be a list of - <lifecycle event>: <Lambda function name or ARN>'
    )
  })

  it('rejects a hook entry that is not a single event', () => {
    expectAppSpecError(
      ecs(
        ECS.replace('  - BeforeInstall:', '  - AfterInstall: CodeDeployHook_A\n    BeforeInstall:')
      ),
      'appspec.yml line 12: Hooks must be a list of - <lifecycle event>: <Lambda function name or ARN>'
    )
  })

  it('rejects a lifecycle event of EC2/On-Premises deployments', () => {
    expectAppSpecError(
      ecs(ECS.replace('BeforeInstall:', 'ApplicationStart:')),
      'appspec.yml line 12: ApplicationStart is not a lifecycle event of ECS deployments; expected one of BeforeInstall, AfterInstall, AfterAllowTestTraffic, BeforeAllowTraffic, AfterAllowTraffic'
    )
  })

  it('rejects an event with two hooks', () => {
    expectAppSpecError(
      ecs(ECS.replace('AfterAllowTestTraffic:', 'BeforeInstall:')),
      'appspec.yml line 13: BeforeInstall appears twice; a lifecycle event has one hook'
    )
  })

  it('rejects a hook that is a script path rather than a Lambda function', () => {
    expectAppSpecError(
      ecs(ECS.replace('"CodeDeployHook_BeforeInstall"', 'scripts/before_install.sh')),
      'appspec.yml line 12: BeforeInstall hook is "scripts/before_install.sh"; expected the name or ARN of a Lambda function'
    )
  })

  it('rejects a hook without a function', () => {
    expectAppSpecError(
      ecs(ECS.replace(' "CodeDeployHook_BeforeInstall"', '')),
      'appspec.yml line 12: BeforeInstall hook is missing; expected the name or ARN of a Lambda function'
    )
  })
})

describe('validateLambdaAppSpec', () => {
  it('returns the function, alias, versions and hooks', () => {
    expect(validateLambdaAppSpec(LAMBDA, 'appspec.yml')).toEqual({
      platform: 'Lambda',
      functionName: 'shop-api',
      alias: 'live',
      currentVersion: '3',
      targetVersion: '4',
      hooks: [
        { event: 'BeforeAllowTraffic', functionName: 'CodeDeployHook_PreTraffic' },
        { event: 'AfterAllowTraffic', functionName: 'CodeDeployHook_PostTraffic' }
      ]
    })
  })

  it('reads the JSON form of the CodeDeploy guide, with numbers as versions', () => {
    const json = JSON.stringify(
      {
        version: 0.0,
        resources: [
          {
            shopApi: {
              type: 'AWS::Lambda::Function',
              properties: { name: 'shop-api', alias: 'live', currentversion: 3, targetversion: 4 }
            }
          }
        ]
      },
      null,
      2
    )
    expect(validateLambdaAppSpec(json, 'appspec.json')).toMatchObject({
      currentVersion: '3',
      targetVersion: '4'
    })
  })

  it('rejects a missing Name', () => {
    expectAppSpecError(
      lambda(LAMBDA.replace('        Name: "shop-api"\n', '')),
      'appspec.yml line 6: Properties without Name'
    )
  })

  it('rejects a Name that is no Lambda function name', () => {
    expectAppSpecError(
      lambda(LAMBDA.replace('"shop-api"', '"shop api"')),
      'appspec.yml line 6: Name is "shop api"; expected a Lambda function name or ARN'
    )
  })

  it('rejects a missing Alias', () => {
    expectAppSpecError(
      lambda(LAMBDA.replace('        Alias: "live"\n', '')),
      'appspec.yml line 6: Properties without Alias'
    )
  })

  it('rejects a missing CurrentVersion', () => {
    expectAppSpecError(
      lambda(LAMBDA.replace('        CurrentVersion: "3"\n', '')),
      'appspec.yml line 6: Properties without CurrentVersion'
    )
  })

  it('rejects a TargetVersion that is not a published version', () => {
    expectAppSpecError(
      lambda(LAMBDA.replace('TargetVersion: "4"', 'TargetVersion: $LATEST')),
      'appspec.yml line 9: TargetVersion is "$LATEST"; expected a published version number such as 3'
    )
  })

  it('rejects a resource of the other platform', () => {
    expectAppSpecError(
      lambda(ECS),
      'appspec.yml line 4: resource Type is "AWS::ECS::Service"; Lambda deployments expect AWS::Lambda::Function'
    )
  })

  it('rejects a lifecycle event that only ECS deployments have', () => {
    expectAppSpecError(
      lambda(LAMBDA.replace('BeforeAllowTraffic:', 'BeforeInstall:')),
      'appspec.yml line 11: BeforeInstall is not a lifecycle event of Lambda deployments; expected one of BeforeAllowTraffic, AfterAllowTraffic'
    )
  })
})
