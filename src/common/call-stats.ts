/**
 * Counts of every AWS call the action made, reported at the end of the run. Kept apart from the
 * clients so that reading them does not load the AWS SDK.
 */
export const callStats = { calls: 0, retries: 0 }
