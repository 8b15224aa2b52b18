/**
 * State shared between the main step and the post step (through core.saveState): the post step
 * stops a deployment this run created only when the main step did not see it through.
 */
export const STATE_DEPLOYMENT_ID = 'deployment-id'
/** Set once the main step no longer owes the deployment anything (ended, stopped, or left by choice). */
export const STATE_SETTLED = 'settled'
/**
 * Set when the main step gave up reading a deployment it was told to stop on timeout: the post
 * step stops it, with retries of its own, instead of reading stop-on-cancel.
 */
export const STATE_STOP_ON_TIMEOUT = 'stop-on-timeout'
