import { isAccountId } from '../common/arn.js'
import { AccountNotAllowedError, InputError } from '../common/errors.js'
import { shown } from '../common/untrusted.js'

/** allowed-account-ids: comma-separated 12-digit IDs; empty allows any account. */
export function parseAllowedAccounts(text: string): string[] {
  const ids = text
    .split(',')
    .map(id => id.trim())
    .filter(Boolean)
  const wrong = ids.find(id => !isAccountId(id))
  if (wrong !== undefined) {
    throw new InputError(
      `Input 'allowed-account-ids' holds ${shown(wrong)}, which is not a 12-digit AWS account ID: ` +
        `list the accounts the deployment may go to, separated by commas.`
    )
  }
  return [...new Set(ids)]
}

/**
 * Refuses `account` unless `allowed` is empty or lists it. `what` says which account it is and
 * how the run got there, for example "the target account (role-to-assume arn:...)".
 */
export function requireAllowedAccount(allowed: readonly string[], account: string, what: string) {
  if (!allowed.length || allowed.includes(account)) return
  throw new AccountNotAllowedError(
    `${what} is account ${account}, which allowed-account-ids (${allowed.join(', ')}) does not ` +
      `list: nothing was uploaded or deployed. Check the role or bucket that leads there, or add ` +
      `${account} to allowed-account-ids if this workflow may deploy to it.`
  )
}
