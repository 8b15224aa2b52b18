import { isMap, isScalar, isSeq, parseDocument } from 'yaml'

/**
 * A placeholder the AppSpec may hold where task-definition's ARN goes; any value is replaced, the
 * checks before the registration see this well-formed stand-in instead.
 */
export const PENDING_TASK_DEFINITION =
  'arn:aws:ecs:us-east-1:000000000000:task-definition/pending:1'

/**
 * The ECS AppSpec text with its service's TaskDefinition set to `arn`. Only the value's own
 * characters change (a double-quoted string reads the same in YAML and JSON), so comments, order
 * and layout stay as written.
 */
export function withTaskDefinition(text: string, arn: string): string {
  const doc = parseDocument(text)
  const resources = doc.get('Resources', true)
  const first = isSeq(resources) ? resources.items[0] : undefined
  const resource = isMap(first) ? first.items[0] : undefined
  const body = resource?.value
  const properties = isMap(body) ? body.get('Properties', true) : undefined
  if (!isMap(properties)) return text
  const value = properties.get('TaskDefinition', true)
  if (isScalar(value) && value.range) {
    const [start, end] = value.range
    return `${text.slice(0, start)}${JSON.stringify(arn)}${text.slice(end)}`
  }
  properties.set('TaskDefinition', arn)
  return doc.toString()
}
