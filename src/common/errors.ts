/**
 * One error type per kind of failure. Every message is written for the person reading the
 * workflow log: what failed, which resource, and what to check.
 */
export class ActionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** An input is missing, malformed or out of range. Raised before any AWS call. */
export class InputError extends ActionError {}

/** Source credentials could not be found, or a role in the chain could not be assumed. */
export class CredentialsError extends ActionError {}

/** The credentials lead to an account, or name a bucket owner, that allowed-account-ids leaves out. */
export class AccountNotAllowedError extends ActionError {}

/** The revision directory could not be bundled (unsafe symlink, unreadable file, ...). */
export class BundleError extends ActionError {}

/** The AppSpec file is missing or invalid. */
export class AppSpecError extends ActionError {}

/** The bundle could not be looked up in or uploaded to S3. */
export class UploadError extends ActionError {}

/** CodeDeploy refused to register the revision or to create the deployment. */
export class DeploymentError extends ActionError {}

/** The deployment ended in a state other than Succeeded. */
export class DeploymentFailedError extends ActionError {}

/** The deployment was still running when the wait timed out. */
export class WaitTimeoutError extends ActionError {}

/** A dry run found a check that failed. */
export class PreflightError extends ActionError {}

/** The job was cancelled while the deployment was in progress. */
export class CancelledError extends ActionError {}

/** The commit being deployed is behind the one the group runs, and older-revision is fail. */
export class OlderRevisionError extends ActionError {}

/** stop-deployment stopped a deployment waiting at Ready: the release did not pass its gate. */
export class StoppedAtGateError extends ActionError {}
