/**
 * Session tags with IAM enforced: the guide's policies without sts:TagSession refuse a tagged
 * AssumeRole, the action's error names both statements to add, and with exactly those statements
 * added the same run deploys.
 */
import { describe, expect, it } from '@jest/globals'
import { errorsOf } from './harness/checks.js'
import {
  guideInputs,
  installAccounts,
  installGuide,
  lane,
  putPolicy,
  type GuideSetup,
  type PolicyStatement
} from './harness/guide.js'
import { setupSuite } from './harness/suite.js'

const suite = setupSuite()

/** The JSON statement with this Sid in the text, as the action printed it. */
function statementIn(text: string, sid: string): PolicyStatement {
  const start = text.indexOf(`{"Sid":"${sid}"`)
  expect(start).toBeGreaterThanOrEqual(0)
  let depth = 0
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++
    if (text[i] === '}' && --depth === 0) {
      return JSON.parse(text.slice(start, i + 1)) as PolicyStatement
    }
  }
  throw new Error(`no complete statement ${sid} in ${text}`)
}

async function addStatement(
  setup: GuideSetup,
  holder: 'source' | 'target',
  name: string,
  statement: PolicyStatement
): Promise<void> {
  const policy = setup.policies.find(p => p.holder === holder && p.name === name)
  if (!policy) throw new Error(`the guide installed no ${name} policy for the ${holder} role`)
  policy.document.Statement.push(statement)
  await putPolicy(setup, policy)
}

describe('role-session-tags, with IAM enforced', () => {
  it('is refused without sts:TagSession, and deploys once the statements the error gives are added', async () => {
    const { emulator } = suite
    await installAccounts(emulator)
    const l = lane('', suite.context.repository)
    const setup = await installGuide(emulator, l, 'production-bucket')
    const inputs = guideInputs(l, 'production-bucket', {
      'role-session-tags': 'github\nTeam=shop',
      'transitive-tag-keys': 'Team'
    })

    const refused = await suite.run({ with: inputs })

    expect(refused.exitCode).toBe(1)
    const errors = errorsOf(refused).map(e => e.message)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(
      `the request carries session tags (role-session-tags), so the trust policy of ${l.targetRole}`
    )
    expect(refused.stdout).not.toMatch(/Created deployment d-/)

    await addStatement(setup, 'target', 'trust', statementIn(errors[0], 'TrustTaggedSessions'))
    await addStatement(
      setup,
      'source',
      'guide-permissions',
      statementIn(errors[0], 'TagProductionSession')
    )
    const tagged = await suite.run({ with: inputs })

    expect(errorsOf(tagged)).toEqual([])
    expect(tagged.exitCode).toBe(0)
    expect(tagged.outputs['deployment-status']).toBe('Succeeded')
  })
})
