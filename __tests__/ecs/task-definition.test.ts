import { ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { withTaskDefinition } from '../../src/appspec/task-definition.js'
import { InputError } from '../../src/common/errors.js'
import { readTaskDefinition, registerTaskDefinition } from '../../src/ecs/task-definition.js'
import { awsError } from '../support/aws.js'

const ecsMock = mockClient(ECSClient)
const DEFINITION = {
  family: 'orders',
  taskRoleArn: 'arn:aws:iam::222222222222:role/orders-task',
  containerDefinitions: [{ name: 'orders', image: 'registry/orders:7' }]
}
let dir: string

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'task-definition-'))
  ecsMock.reset()
})

afterEach(() => rmSync(dir, { recursive: true, force: true }))

function file(content: unknown): string {
  const name = path.join(dir, 'task.json')
  writeFileSync(name, typeof content === 'string' ? content : JSON.stringify(content))
  return name
}

describe('readTaskDefinition', () => {
  it('reads the register-task-definition shape as it is', () => {
    expect(readTaskDefinition(file(DEFINITION))).toEqual(DEFINITION)
  })

  it('takes describe-task-definition output, without what registering refuses', () => {
    const described = {
      taskDefinition: {
        ...DEFINITION,
        taskDefinitionArn: 'arn:aws:ecs:eu-west-1:222222222222:task-definition/orders:6',
        revision: 6,
        status: 'ACTIVE',
        requiresAttributes: [],
        compatibilities: ['EC2'],
        registeredAt: 1700000000,
        registeredBy: 'someone'
      },
      tags: [{ key: 'team', value: 'orders' }]
    }
    expect(readTaskDefinition(file(described))).toEqual({
      ...DEFINITION,
      tags: [{ key: 'team', value: 'orders' }]
    })
  })

  it.each([
    ['not JSON', '{ family: orders', 'is not valid JSON'],
    [
      'no family',
      { containerDefinitions: DEFINITION.containerDefinitions },
      'has family undefined'
    ],
    [
      'no containers',
      { family: 'orders', containerDefinitions: [] },
      'has no containerDefinitions'
    ],
    [
      'a container without an image',
      { family: 'orders', containerDefinitions: [{ name: 'x' }] },
      'container x has no image'
    ]
  ])('refuses %s with one line naming the input', (_, content, message) => {
    const name = file(content)
    expect(() => readTaskDefinition(name)).toThrow(InputError)
    expect(() => readTaskDefinition(name)).toThrow(message)
    expect(() => readTaskDefinition(name)).toThrow(`Input 'task-definition' (${name})`)
  })
})

describe('registerTaskDefinition', () => {
  it('registers exactly the definition and returns the new ARN', async () => {
    const arn = 'arn:aws:ecs:eu-west-1:222222222222:task-definition/orders:7'
    ecsMock
      .on(RegisterTaskDefinitionCommand)
      .resolves({ taskDefinition: { taskDefinitionArn: arn } })
    expect(
      await registerTaskDefinition(new ECSClient({ region: 'eu-west-1' }), DEFINITION, 'role')
    ).toBe(arn)
    expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand).map(c => c.args[0].input)).toEqual([
      DEFINITION
    ])
  })

  it('names the permissions a refusal needs, the roles included', async () => {
    ecsMock.on(RegisterTaskDefinitionCommand).rejects(awsError('AccessDeniedException', 400, 'no'))
    await expect(
      registerTaskDefinition(
        new ECSClient({ region: 'eu-west-1' }),
        DEFINITION,
        'arn:aws:sts::2:assumed-role/deployer/x'
      )
    ).rejects.toThrow(
      'Could not register task definition orders (ecs:RegisterTaskDefinition): AccessDeniedException: no. The policy of arn:aws:sts::2:assumed-role/deployer/x needs ecs:RegisterTaskDefinition on "*" and iam:PassRole on arn:aws:iam::222222222222:role/orders-task (statement RegisterTaskDefinition of the setup guide).'
    )
  })
})

describe('withTaskDefinition', () => {
  it('replaces the TaskDefinition of the service, keeping comments', () => {
    const text = [
      'version: 0.0',
      'Resources:',
      '  - TargetService: # the orders service',
      '      Type: AWS::ECS::Service',
      '      Properties:',
      '        TaskDefinition: <TASK_DEFINITION>',
      '        LoadBalancerInfo:',
      '          ContainerName: orders',
      '          ContainerPort: 8080',
      ''
    ].join('\n')
    const arn = 'arn:aws:ecs:eu-west-1:222222222222:task-definition/orders:7'
    expect(withTaskDefinition(text, arn)).toBe(text.replace('<TASK_DEFINITION>', `"${arn}"`))
  })

  it('replaces it in a JSON AppSpec too, which stays JSON', () => {
    const appSpec = {
      version: 0.0,
      Resources: [
        { TargetService: { Type: 'AWS::ECS::Service', Properties: { TaskDefinition: 'x' } } }
      ]
    }
    const arn = 'arn:aws:ecs:eu-west-1:222222222222:task-definition/orders:7'
    const out = JSON.parse(withTaskDefinition(JSON.stringify(appSpec, null, 2), arn))
    expect(out.Resources[0].TargetService.Properties.TaskDefinition).toBe(arn)
  })
})
