import { AssumeRoleCommand, GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { CredentialsError } from '../../common/errors.js'
import { errorName, errorText } from '../../common/aws-errors.js'
import { explainedMessage, type AssumeRoleContext } from '../../advice/explain.js'
import type { Log } from '../../common/log.js'
import { fromSts, type KeepFresh } from './refresh.js'
import type { CredentialDeps, CredentialOptions } from './types.js'
import type { SessionOptions } from '../../inputs/session.js'

/** Role chaining caps the session at one hour, whatever the role's maximum. */
export const CHAINED_MAX_DURATION = 3600

/**
 * role-to-assume, assumed with the source credentials and assumed again shortly before the
 * session expires.
 */
export function assumeTarget(
  roleToAssume: string,
  source: AwsCredentialIdentityProvider,
  chained: boolean,
  options: CredentialOptions,
  deps: CredentialDeps,
  keepFresh: KeepFresh
): AwsCredentialIdentityProvider {
  let duration = firstDuration(options.roleDurationSeconds, chained, deps.log)
  const assume = async (): Promise<AwsCredentialIdentity> => {
    const sts = deps.sts(source)
    const send = (seconds: number) =>
      sts.send(
        new AssumeRoleCommand({
          RoleArn: roleToAssume,
          RoleSessionName: options.roleSessionName,
          ExternalId: options.roleExternalId,
          DurationSeconds: seconds,
          ...sessionParameters(options.session)
        })
      )
    try {
      let out
      try {
        out = await send(duration)
      } catch (err) {
        // Environment credentials may themselves be a role session: then the cap applies too.
        if (!isChainingCap(err)) throw err
        deps.log.notice(
          `AWS caps sessions assumed by role chaining at ${CHAINED_MAX_DURATION} seconds; using ${CHAINED_MAX_DURATION}.`
        )
        duration = CHAINED_MAX_DURATION
        out = await send(duration)
      }
      return fromSts(out.Credentials, roleToAssume)
    } catch (err) {
      if (err instanceof CredentialsError) throw err
      throw assumeRoleError(
        {
          step: 'assume-role',
          roleArn: roleToAssume,
          sourceIdentity: await describeIdentity(sts),
          externalId: options.roleExternalId,
          sessionTags: !!options.session?.tags.length
        },
        err
      )
    }
  }
  return keepFresh(assume, () => deps.log.info(`Refreshed the credentials of ${roleToAssume}.`))
}

/** Only what is set, so a run without tags or session policies sends exactly what it always did. */
export function sessionParameters(session: SessionOptions | undefined) {
  if (!session) return {}
  return {
    ...(session.tags.length && { Tags: session.tags }),
    ...(session.transitiveTagKeys.length && { TransitiveTagKeys: session.transitiveTagKeys }),
    ...(session.policy && { Policy: session.policy }),
    ...(session.policyArns.length && { PolicyArns: session.policyArns.map(arn => ({ arn })) })
  }
}

/** role-duration-seconds, capped (with a notice) when the source is itself an assumed role. */
function firstDuration(seconds: number, chained: boolean, log: Log): number {
  if (!chained || seconds <= CHAINED_MAX_DURATION) return seconds
  log.notice(
    `role-duration-seconds is ${seconds}, but AWS caps sessions assumed by role chaining at ${CHAINED_MAX_DURATION} seconds; using ${CHAINED_MAX_DURATION}. Credentials are refreshed before they expire.`
  )
  return CHAINED_MAX_DURATION
}

function isChainingCap(err: unknown): boolean {
  return errorName(err) === 'ValidationError' && /role chaining/i.test(errorText(err))
}

function assumeRoleError(context: AssumeRoleContext, err: unknown): CredentialsError {
  return new CredentialsError(
    explainedMessage(
      `Could not assume ${context.roleArn} from ${context.sourceIdentity} (AssumeRole)`,
      errorText(err),
      err,
      context
    ),
    { cause: err }
  )
}

async function describeIdentity(sts: STSClient): Promise<string> {
  try {
    const me = await sts.send(new GetCallerIdentityCommand({}))
    return me.Arn ?? 'the source credentials'
  } catch {
    return 'the source credentials'
  }
}
