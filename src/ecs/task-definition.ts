/**
 * task-definition: a task definition in the shape `aws ecs register-task-definition
 * --cli-input-json` takes, registered in the target account before an ECS deployment, so its
 * new revision's ARN goes into the AppSpec. The file is read and checked before any AWS call.
 */
import type { ECSClient, RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs'
import { readFileSync, statSync } from 'node:fs'
import { errorText } from '../common/aws-errors.js'
import { DeploymentError, InputError } from '../common/errors.js'
import { shown } from '../common/untrusted.js'

export type TaskDefinition = RegisterTaskDefinitionCommandInput

/** A task definition of a few hundred containers is far below this; a larger file is not one. */
const MAX_BYTES = 1 << 20
const FAMILY = /^[A-Za-z0-9_-]{1,255}$/
/**
 * What DescribeTaskDefinition answers beside the definition: RegisterTaskDefinition refuses them,
 * and a file saved from `aws ecs describe-task-definition` holds them.
 */
const READ_ONLY = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt'
]

/** The file's task definition, checked; the describe-task-definition form is accepted too. */
export function readTaskDefinition(file: string): TaskDefinition {
  const where = `Input 'task-definition' (${shown(file)})`
  let text: string
  try {
    if (statSync(file).size > MAX_BYTES) {
      throw new InputError(`${where} is over 1 MiB: expected a task definition JSON file.`)
    }
    text = readFileSync(file, 'utf8')
  } catch (err) {
    if (err instanceof InputError) throw err
    const code = (err as NodeJS.ErrnoException).code ?? String(err)
    throw new InputError(`${where} cannot be read (${shown(code)}).`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    throw new InputError(`${where} is not valid JSON: ${shown((err as Error).message)}.`)
  }
  return checked(unwrap(parsed), where)
}

function unwrap(parsed: unknown): Record<string, unknown> {
  const object = isObject(parsed) ? parsed : {}
  const inner = object.taskDefinition
  return isObject(inner) ? { ...inner, ...(object.tags ? { tags: object.tags } : {}) } : object
}

function checked(definition: Record<string, unknown>, where: string): TaskDefinition {
  const family = definition.family
  if (typeof family !== 'string' || !FAMILY.test(family)) {
    throw new InputError(
      `${where} has family ${shown(String(family))}: expected up to 255 letters, digits, _ and -.`
    )
  }
  const containers = definition.containerDefinitions
  if (!Array.isArray(containers) || containers.length === 0) {
    throw new InputError(`${where} has no containerDefinitions: expected a list of containers.`)
  }
  containers.forEach((container: unknown, index) => {
    if (!isObject(container) || typeof container.name !== 'string' || !container.name) {
      throw new InputError(`${where}: container ${index + 1} has no name.`)
    }
    if (typeof container.image !== 'string' || !container.image) {
      throw new InputError(`${where}: container ${shown(container.name)} has no image.`)
    }
  })
  const kept = Object.entries(definition).filter(([key]) => !READ_ONLY.includes(key))
  return Object.fromEntries(kept) as unknown as TaskDefinition
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Registers a new revision of the task definition; its ARN. */
export async function registerTaskDefinition(
  ecs: ECSClient,
  definition: TaskDefinition,
  identity: string
): Promise<string> {
  const { RegisterTaskDefinitionCommand } = await import('@aws-sdk/client-ecs')
  try {
    const out = await ecs.send(new RegisterTaskDefinitionCommand(definition))
    const arn = out.taskDefinition?.taskDefinitionArn
    if (!arn) throw new Error('RegisterTaskDefinition returned no ARN')
    return arn
  } catch (err) {
    const roles = [definition.taskRoleArn, definition.executionRoleArn].filter(
      (role): role is string => typeof role === 'string' && role !== ''
    )
    const passRole = roles.length ? ` and iam:PassRole on ${roles.map(shown).join(' and ')}` : ''
    throw new DeploymentError(
      `Could not register task definition ${definition.family} (ecs:RegisterTaskDefinition): ${errorText(err)}. The policy of ${identity} needs ecs:RegisterTaskDefinition on "*"${passRole} (statement RegisterTaskDefinition of the setup guide).`,
      { cause: err }
    )
  }
}
