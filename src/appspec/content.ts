import { PENDING_TASK_DEFINITION, withTaskDefinition } from './task-definition.js'
import type { ComputePlatform, RevisionLocation } from '@aws-sdk/client-codedeploy'
import { createHash } from 'node:crypto'
import { readdirSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml'
import { readAppSpecFile } from './file.js'
import { AppSpecError, InputError } from '../common/errors.js'
import { isAbsent, keyOf, parseAppSpec, scalarText, show, type Fail } from './yaml.js'

/** Looked up in this order when the appspec-file input is empty. */
const APPSPEC_FILE_NAMES = ['appspec.yml', 'appspec.yaml', 'appspec.json'] as const

const ECS_HOOKS = [
  'BeforeInstall',
  'AfterInstall',
  'AfterAllowTestTraffic',
  'BeforeAllowTraffic',
  'AfterAllowTraffic'
] as const

const LAMBDA_HOOKS = ['BeforeAllowTraffic', 'AfterAllowTraffic'] as const

export type ContentPlatform = 'ECS' | 'Lambda'

export interface AppSpecHookFunction {
  event: string
  /** Name or ARN of the Lambda function CodeDeploy invokes for the event. */
  functionName: string
}

export interface EcsAppSpec {
  platform: 'ECS'
  taskDefinition: string
  containerName: string
  containerPort: number
  hooks: AppSpecHookFunction[]
}

export interface LambdaAppSpec {
  platform: 'Lambda'
  functionName: string
  alias: string
  currentVersion: string
  targetVersion: string
  hooks: AppSpecHookFunction[]
}

export interface AppSpecContentRevision {
  revision: RevisionLocation
  /** SHA-256 of `content` (UTF-8), hex. */
  sha256: string
  content: string
  appSpec: EcsAppSpec | LambdaAppSpec
}

const RESOURCE_TYPES: Record<ContentPlatform, string> = {
  ECS: 'AWS::ECS::Service',
  Lambda: 'AWS::Lambda::Function'
}
const TOP_LEVEL_KEYS = ['version', 'Resources', 'Hooks']
const TASK_DEFINITION_ARN =
  /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/
/** A function name, partial ARN or ARN, optionally qualified, as Lambda's Invoke accepts. */
const LAMBDA_FUNCTION =
  /^(arn:aws[a-zA-Z-]*:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\d:)?(\d{12}:)?(function:)?[a-zA-Z0-9_-]{1,140}(:(\$LATEST|[a-zA-Z0-9_-]+))?$/

/**
 * The AppSpec file to use: `explicit` (the appspec-file input, relative to `dir` or absolute), else
 * the first of appspec.yml, appspec.yaml, appspec.json in `dir`. Returns an absolute path.
 */
export function findAppSpecFile(dir: string, explicit?: string): string {
  if (explicit) {
    const file = path.resolve(dir, explicit)
    const kind = fileKind(file)
    if (kind === 'file') return file
    const found = kind === 'directory' ? 'is a directory' : 'does not exist'
    throw new InputError(
      `Input 'appspec-file' is '${explicit}': expected an AppSpec file (relative to revision-path or absolute), but ${file} ${found}.`
    )
  }
  for (const name of APPSPEC_FILE_NAMES) {
    const file = path.join(dir, name)
    if (fileKind(file) === 'file') return file
  }
  const base = `No ${APPSPEC_FILE_NAMES.join(', ')} in ${dir}`
  const nearMiss = listDir(dir).find(name => /^appspec\.(ya?ml|json)$/i.test(name))
  if (nearMiss) {
    throw new AppSpecError(
      `${base}, but ${nearMiss} is there: file names are case-sensitive; rename it, or set appspec-file: ${nearMiss}.`
    )
  }
  throw new AppSpecError(
    `${base}: add one, set appspec-file to its path, or check that the job checked out the repository and that revision-path names the right directory.`
  )
}

/**
 * Tells from an AppSpec which compute platform it is written for: EC2/On-Premises AppSpecs have
 * `os` and `files`; ECS and Lambda ones have `Resources` of a type that names the platform.
 */
export function detectComputePlatform(text: string, fileName: string): ComputePlatform {
  const { root, fail } = parse(text, fileName)
  if (field(root, 'os') || field(root, 'files')) return 'Server'
  const resources = field(root, 'Resources')
  const expected =
    'expected os (EC2/On-Premises), or Resources with a service of Type AWS::ECS::Service (ECS) ' +
    'or a function of Type AWS::Lambda::Function (Lambda)'
  if (!resources) return fail(root, `cannot tell the compute platform: ${expected}`)
  const { type } = singleResource(resources, fail)
  const platform = (Object.keys(RESOURCE_TYPES) as ContentPlatform[]).find(
    p => RESOURCE_TYPES[p] === type.value
  )
  if (!platform) return fail(type.node, `unknown resource Type ${show(type.value)}; ${expected}`)
  return platform
}

/** Checks an ECS AppSpec the way CodeDeploy will read it; each error names the file and line. */
export function validateEcsAppSpec(text: string, fileName: string): EcsAppSpec {
  const { root, fail } = parse(text, fileName)
  const properties = resourceProperties(root, 'ECS', fail)

  const taskDefinition = matchingProperty(
    properties,
    'TaskDefinition',
    TASK_DEFINITION_ARN,
    'the ARN of a registered task definition revision, such as arn:aws:ecs:us-east-1:123456789012:task-definition/web:42',
    fail
  )
  const lbPair = field(properties, 'LoadBalancerInfo')
  if (!lbPair) {
    return fail(
      properties,
      `Properties without LoadBalancerInfo; expected ContainerName and ContainerPort in it`
    )
  }
  const loadBalancerInfo = lbPair.value as Node | null
  if (!isMap(loadBalancerInfo)) {
    return fail(
      loadBalancerInfo ?? (lbPair.key as Node),
      `LoadBalancerInfo must be a mapping with ContainerName and ContainerPort`
    )
  }
  const containerName = requiredText(loadBalancerInfo, 'ContainerName', 'LoadBalancerInfo', fail)
  const port = requiredText(loadBalancerInfo, 'ContainerPort', 'LoadBalancerInfo', fail)
  const containerPort = /^\d+$/.test(port.value) ? Number(port.value) : NaN
  if (!(containerPort >= 1 && containerPort <= 65535)) {
    fail(port.node, `ContainerPort is ${show(port.value)}; expected a whole number from 1 to 65535`)
  }

  return {
    platform: 'ECS',
    taskDefinition: taskDefinition.value,
    containerName: containerName.value,
    containerPort,
    hooks: checkHooks(root, ECS_HOOKS, 'ECS', fail)
  }
}

/** Checks a Lambda AppSpec the way CodeDeploy will read it; each error names the file and line. */
export function validateLambdaAppSpec(text: string, fileName: string): LambdaAppSpec {
  const { root, fail } = parse(text, fileName)
  const properties = resourceProperties(root, 'Lambda', fail)

  const name = matchingProperty(
    properties,
    'Name',
    LAMBDA_FUNCTION,
    'a Lambda function name or ARN',
    fail
  )
  const alias = requiredText(properties, 'Alias', 'Properties', fail)
  const version = (key: string) =>
    matchingProperty(properties, key, /^[1-9]\d*$/, 'a published version number such as 3', fail)
      .value

  return {
    platform: 'Lambda',
    functionName: name.value,
    alias: alias.value,
    currentVersion: version('CurrentVersion'),
    targetVersion: version('TargetVersion'),
    hooks: checkHooks(root, LAMBDA_HOOKS, 'Lambda', fail)
  }
}

/**
 * Reads and validates the AppSpec for the platform, and returns it as an `AppSpecContent`
 * revision: ECS and Lambda deployments take the AppSpec itself, nothing is uploaded.
 */
export async function appSpecContentRevision(
  file: string,
  platform: ContentPlatform,
  options: { pendingTaskDefinition?: boolean } = {}
): Promise<AppSpecContentRevision> {
  const name = displayName(file)
  // A byte order mark is not part of the YAML or JSON text CodeDeploy parses.
  const text = readAppSpecFile(file, name).replace(/^\uFEFF/, '')
  // task-definition's ARN is known once it is registered; a stand-in is checked until then.
  const content = options.pendingTaskDefinition
    ? withTaskDefinition(text, PENDING_TASK_DEFINITION)
    : text
  const appSpec =
    platform === 'ECS' ? validateEcsAppSpec(content, name) : validateLambdaAppSpec(content, name)
  const sha256 = createHash('sha256').update(content, 'utf8').digest('hex')
  return {
    revision: { revisionType: 'AppSpecContent', appSpecContent: { content, sha256 } },
    sha256,
    content,
    appSpec
  }
}

interface Located {
  value: string
  node: Node
}

function parse(text: string, fileName: string): { root: YAMLMap; fail: Fail } {
  const { contents: root, fail } = parseAppSpec(text, fileName, 'YAML or JSON')
  if (!isMap(root)) return fail(root, `expected a mapping with version: 0.0 and Resources`)
  return { root, fail }
}

function resourceProperties(root: YAMLMap, platform: ContentPlatform, fail: Fail): YAMLMap {
  for (const pair of root.items) {
    const key = keyOf(pair)
    if (!TOP_LEVEL_KEYS.some(k => k.toLowerCase() === key.toLowerCase())) {
      fail(pair.key as Node, `unknown key ${key}; expected ${TOP_LEVEL_KEYS.join(', ')}`)
    }
  }
  const version = field(root, 'version')
  const value: unknown = isScalar(version?.value) ? version.value.value : undefined
  if (value !== 0 && value !== '0.0') {
    fail(
      (version?.value as Node | null) ?? root,
      `version is ${show(value)}; expected 0.0 (the only version)`
    )
  }
  const resources = field(root, 'Resources')
  if (!resources) {
    return fail(root, `no Resources; expected one resource of Type ${RESOURCE_TYPES[platform]}`)
  }
  const { type, body } = singleResource(resources, fail)
  if (type.value !== RESOURCE_TYPES[platform]) {
    fail(
      type.node,
      `resource Type is ${show(type.value)}; ${platform} deployments expect ${RESOURCE_TYPES[platform]}`
    )
  }
  const properties = field(body, 'Properties')
  if (!properties) return fail(body, `resource without Properties`)
  if (!isMap(properties.value)) {
    return fail(
      (properties.value as Node | null) ?? (properties.key as Node),
      `Properties must be a mapping`
    )
  }
  return properties.value
}

/** CodeDeploy deploys exactly one service or function per deployment. */
function singleResource(resources: Pair, fail: Fail): { type: Located; body: YAMLMap } {
  const list = resources.value as Node | null
  const shape = 'Resources must be a list with one resource (- <name>: with Type and Properties)'
  if (!isSeq(list)) return fail(list ?? (resources.key as Node), shape)
  if (list.items.length !== 1) {
    return fail(list, `Resources has ${list.items.length} entries; expected exactly one`)
  }
  const item = list.items[0] as Node
  if (!isMap(item) || item.items.length !== 1) return fail(item, shape)
  const body = item.items[0].value as Node | null
  if (!isMap(body)) return fail(body ?? (item.items[0].key as Node), shape)
  const type = requiredText(body, 'Type', 'resource', fail)
  return { type, body }
}

function checkHooks(
  root: YAMLMap,
  events: readonly string[],
  platform: ContentPlatform,
  fail: Fail
): AppSpecHookFunction[] {
  const hooks = field(root, 'Hooks')
  const value = hooks?.value as Node | null | undefined
  if (!hooks || isAbsent(value)) return []
  const shape = 'Hooks must be a list of - <lifecycle event>: <Lambda function name or ARN>'
  if (!isSeq(value)) return fail(value ?? (hooks.key as Node), shape)
  const seen = new Set<string>()
  return (value.items as Node[]).map(item => {
    if (!isMap(item) || item.items.length !== 1) return fail(item, shape)
    const pair = item.items[0]
    const event = keyOf(pair)
    const keyNode = pair.key as Node
    if (!events.includes(event)) {
      fail(
        keyNode,
        `${event} is not a lifecycle event of ${platform} deployments; expected one of ${events.join(', ')}`
      )
    }
    if (seen.has(event)) fail(keyNode, `${event} appears twice; a lifecycle event has one hook`)
    seen.add(event)
    const functionName = scalarText(pair.value)
    if (functionName === undefined || !LAMBDA_FUNCTION.test(functionName)) {
      fail(
        (pair.value as Node | null) ?? keyNode,
        `${event} hook is ${show(functionName)}; expected the name or ARN of a Lambda function`
      )
    }
    return { event, functionName }
  })
}

/** AppSpec keys are matched without regard to case, as CodeDeploy does. */
function field(map: YAMLMap, key: string): Pair | undefined {
  const wanted = key.toLowerCase()
  return map.items.find(pair => keyOf(pair).toLowerCase() === wanted)
}

function requiredText(map: YAMLMap, key: string, parent: string, fail: Fail): Located {
  const pair = field(map, key)
  if (!pair) return fail(map, `${parent} without ${key}`)
  const value = scalarText(pair.value)
  if (value === undefined)
    return fail((pair.value as Node | null) ?? (pair.key as Node), `${key} is empty`)
  return { value, node: pair.value as Node }
}

/** A required entry of Properties whose text must match `pattern`; `expected` says what it is. */
function matchingProperty(
  properties: YAMLMap,
  key: string,
  pattern: RegExp,
  expected: string,
  fail: Fail
): Located {
  const located = requiredText(properties, key, 'Properties', fail)
  if (!pattern.test(located.value)) {
    fail(located.node, `${key} is ${show(located.value)}; expected ${expected}`)
  }
  return located
}

function fileKind(file: string): 'file' | 'directory' | undefined {
  try {
    return statSync(file).isDirectory() ? 'directory' : 'file'
  } catch {
    return undefined
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/** Relative to the workspace (the working directory of actions) when inside it. */
function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

/** The AppSpecContent revision with the registered task definition (task-definition) in it. */
export function contentWithTaskDefinition(
  content: AppSpecContentRevision,
  arn: string
): AppSpecContentRevision {
  const text = withTaskDefinition(content.content, arn)
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex')
  return {
    ...content,
    content: text,
    sha256,
    revision: { revisionType: 'AppSpecContent', appSpecContent: { content: text, sha256 } },
    appSpec:
      content.appSpec.platform === 'ECS'
        ? { ...content.appSpec, taskDefinition: arn }
        : content.appSpec
  }
}
