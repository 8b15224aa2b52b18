import { flag, input, bad } from './values.js'

export const AUTO_ROLLBACK_EVENTS = [
  'DEPLOYMENT_FAILURE',
  'DEPLOYMENT_STOP_ON_ALARM',
  'DEPLOYMENT_STOP_ON_REQUEST'
] as const
export type AutoRollbackEvent = (typeof AUTO_ROLLBACK_EVENTS)[number]

/** CreateDeployment's autoRollbackConfiguration; absent means the group's own setting. */
export type AutoRollback = { enabled: false } | { enabled: true; events: AutoRollbackEvent[] }

/** What CreateDeployment may override of the deployment group's settings. */
export interface DeploymentOverrides {
  autoRollback?: AutoRollback
  /** overrideAlarmConfiguration { enabled: false }: the group's alarms do not stop it. */
  ignoreAlarms: boolean
  updateOutdatedInstancesOnly: boolean
}

export function readOverrides(): DeploymentOverrides {
  return {
    autoRollback: parseAutoRollback(input('auto-rollback')),
    ignoreAlarms: flag('ignore-alarms'),
    updateOutdatedInstancesOnly: flag('update-outdated-instances-only')
  }
}

const EXPECTED = `empty (the group's own setting), 'disabled', or a comma-separated list of ${AUTO_ROLLBACK_EVENTS.join(', ')}`

/** auto-rollback: empty, `disabled`, or events, in any case and order, each once. */
export function parseAutoRollback(text: string): AutoRollback | undefined {
  const parts = text
    .split(',')
    .map(part => part.trim())
    .filter(Boolean)
  if (parts.length === 0) return undefined
  if (parts.length === 1 && parts[0].toLowerCase() === 'disabled') return { enabled: false }
  const events = parts.map(part => {
    const event = AUTO_ROLLBACK_EVENTS.find(e => e === part.toUpperCase())
    if (!event) throw bad('auto-rollback', text, EXPECTED)
    return event
  })
  return { enabled: true, events: AUTO_ROLLBACK_EVENTS.filter(e => events.includes(e)) }
}
