import { GetRoleCommand, type IAMClient } from '@aws-sdk/client-iam'
import { errorText } from '../common/aws-errors.js'
import { shown } from '../common/untrusted.js'

/** The IAM entity whose policies the simulator evaluates for a signed-in identity. */
export type PolicySource =
  | {
      arn: string
      account: string
      /** Why the path is unknown (iam:GetRole's error): the path-less ARN is tried. */
      guessed?: string
    }
  | { unavailable: string }

const SESSION = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([\w+=,.@-]+)\/[^/]+$/
const USER = /^arn:aws[a-z-]*:iam::(\d{12}):user\/(?:[\x21-\x7e]+\/)?[\w+=,.@-]+$/
const ROLE = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:[\x21-\x7e]*\/)?([\w+=,.@-]+)$/

/** The account and name of a role ARN (its last path segment); undefined for anything else. */
function roleParts(arn: string | undefined): { account: string; name: string } | undefined {
  const m = ROLE.exec(arn ?? '')
  return m ? { account: m[1], name: m[2] } : undefined
}

/**
 * The role or user behind `caller` (an ARN from GetCallerIdentity). An assumed-role session's ARN
 * drops the role's path, so the role is taken from the input that names it (sign-in worked with
 * that exact ARN), else asked of IAM with GetRole.
 */
export async function policySource(
  caller: string,
  named: readonly (string | undefined)[],
  iam: () => Promise<IAMClient>
): Promise<PolicySource> {
  const user = USER.exec(caller)
  if (user) return { arn: caller, account: user[1] }
  const session = SESSION.exec(caller)
  if (!session) {
    return {
      unavailable: `${shown(caller)} is neither an IAM role session nor an IAM user, and AWS's policy simulator evaluates only those`
    }
  }
  const [, partition, account, name] = session
  const input = named.find(arn => {
    const parts = roleParts(arn)
    return parts?.account === account && parts.name === name
  })
  if (input) return { arn: input, account }
  return roleFromIam(await iam(), partition, account, name)
}

async function roleFromIam(
  iam: IAMClient,
  partition: string,
  account: string,
  name: string
): Promise<PolicySource> {
  try {
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: name }))
    const parts = roleParts(Role?.Arn)
    if (Role?.Arn && parts?.account === account && parts.name === name) {
      return { arn: Role.Arn, account }
    }
    return { unavailable: `iam:GetRole on ${name} answered no ARN of role ${name} in ${account}` }
  } catch (err) {
    return {
      arn: `arn:${partition}:iam::${account}:role/${name}`,
      account,
      guessed: errorText(err)
    }
  }
}
