import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/common/errors.js'
import {
  parseInlinePolicy,
  parsePolicyArns,
  parseSessionTags,
  parseTransitiveTagKeys
} from '../../src/inputs/session.js'

const GITHUB_ENV = {
  GITHUB_REPOSITORY: 'octo-org/shop',
  GITHUB_WORKFLOW: 'Deploy (prod) #1',
  GITHUB_ACTION: '__octo-org_cross-account-codedeploy-action',
  GITHUB_ACTOR: 'octocat',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REF_NAME: 'feature/äpfel!',
  GITHUB_REF: 'refs/heads/feature/äpfel!'
}

function refusal(call: () => unknown): string {
  try {
    call()
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    return (err as Error).message
  }
  throw new Error('no InputError was raised')
}

describe('parseSessionTags', () => {
  it('reads one Key=Value per line; a value may hold "=" and be empty', () => {
    expect(parseSessionTags(' Team = shop \n\nCost=a=b\nEmpty=', { env: {} })).toEqual([
      { Key: 'Team', Value: 'shop' },
      { Key: 'Cost', Value: 'a=b' },
      { Key: 'Empty', Value: '' }
    ])
  })

  it('adds the github set, fitted to STS rules, with Environment only when it is known', () => {
    expect(parseSessionTags('github', { env: GITHUB_ENV })).toEqual([
      { Key: 'Repository', Value: 'octo-org/shop' },
      { Key: 'Workflow', Value: 'Deploy _prod_ _1' },
      { Key: 'Action', Value: '__octo-org_cross-account-codedeploy-action' },
      { Key: 'Actor', Value: 'octocat' },
      { Key: 'Commit', Value: '0123456789abcdef0123456789abcdef01234567' },
      { Key: 'Branch', Value: 'feature/äpfel_' }
    ])
    const tags = parseSessionTags('github\nTeam=shop', {
      env: { GITHUB_WORKFLOW: 'w'.repeat(300) },
      githubEnvironment: 'production'
    })
    expect(tags).toEqual([
      { Key: 'Workflow', Value: 'w'.repeat(256) },
      { Key: 'Environment', Value: 'production' },
      { Key: 'Team', Value: 'shop' }
    ])
  })

  it.each([
    ['no value', 'Team', 'has the line Team: expected Key=Value'],
    ['an empty key', '=shop', 'has the line =shop: expected Key=Value'],
    ['a key STS refuses', 'Te#am=shop', 'has the line Te#am=shop: expected Key=Value'],
    ['a key too long', `${'k'.repeat(129)}=v`, 'expected Key=Value, with a key of 1 to 128'],
    ['a value STS refuses', 'Team=a;b', 'gives Team the value a;b: expected at most 256'],
    ['a value too long', `Team=${'v'.repeat(257)}`, 'expected at most 256']
  ])('refuses %s', (_, text, message) => {
    expect(refusal(() => parseSessionTags(text, { env: {} }))).toContain(message)
  })

  it('refuses a key given twice, in any case, and more than 50 tags', () => {
    expect(refusal(() => parseSessionTags('Team=a\nteam=b', { env: {} }))).toBe(
      "Input 'role-session-tags' gives the tag team twice."
    )
    expect(refusal(() => parseSessionTags('Repository=x\ngithub', { env: GITHUB_ENV }))).toBe(
      "Input 'role-session-tags' gives the tag Repository twice."
    )
    const many = Array.from({ length: 51 }, (_, i) => `K${i}=v`).join('\n')
    expect(refusal(() => parseSessionTags(many, { env: {} }))).toBe(
      "Input 'role-session-tags' gives 51 tags; STS takes at most 50."
    )
  })
})

describe('parseTransitiveTagKeys', () => {
  const tags = [
    { Key: 'Team', Value: 'shop' },
    { Key: 'Stage', Value: 'prod' }
  ]

  it('takes keys of the session tags, by line or comma', () => {
    expect(parseTransitiveTagKeys('Team, Stage\n', tags)).toEqual(['Team', 'Stage'])
    expect(parseTransitiveTagKeys('', tags)).toEqual([])
  })

  it('refuses a key the session does not carry', () => {
    expect(refusal(() => parseTransitiveTagKeys('Owner', tags))).toBe(
      "Input 'transitive-tag-keys' names Owner, which role-session-tags does not set: only the session's own tags can be passed on."
    )
  })
})

describe('parseInlinePolicy', () => {
  it('sends a policy document compact, and nothing when empty', () => {
    expect(
      parseInlinePolicy('{\n  "Version": "2012-10-17",\n  "Statement": [ {"Effect": "Deny"} ]\n}')
    ).toBe('{"Version":"2012-10-17","Statement":[{"Effect":"Deny"}]}')
    expect(parseInlinePolicy('  ')).toBeUndefined()
  })

  it('refuses text that is not JSON, JSON that is not a policy, and a policy STS would refuse', () => {
    expect(refusal(() => parseInlinePolicy('{"Statement": ['))).toMatch(
      /^Input 'inline-session-policy' is not valid JSON \(.+\): give a policy document such as/
    )
    expect(refusal(() => parseInlinePolicy('["s3:*"]'))).toBe(
      "Input 'inline-session-policy' is JSON but not a policy document: it needs a Statement."
    )
    const long = JSON.stringify({ Statement: [{ Sid: 'x'.repeat(2100) }] })
    expect(refusal(() => parseInlinePolicy(long))).toMatch(
      /^Input 'inline-session-policy' is \d+ characters without spaces; STS takes at most 2048/
    )
  })
})

describe('parsePolicyArns', () => {
  it('takes managed policy ARNs, AWS-managed or the account’s own', () => {
    expect(
      parsePolicyArns(
        'arn:aws:iam::aws:policy/ReadOnlyAccess,\narn:aws:iam::222222222222:policy/team/deploy-narrow'
      )
    ).toEqual([
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'arn:aws:iam::222222222222:policy/team/deploy-narrow'
    ])
  })

  it('refuses what is not a policy ARN, and more than 10', () => {
    expect(refusal(() => parsePolicyArns('arn:aws:iam::222222222222:role/deploy'))).toContain(
      "Input 'managed-session-policies' holds arn:aws:iam::222222222222:role/deploy, which is not the ARN of an IAM managed policy"
    )
    const eleven = Array.from({ length: 11 }, (_, i) => `arn:aws:iam::aws:policy/P${i}`)
    expect(refusal(() => parsePolicyArns(eleven.join(',')))).toBe(
      "Input 'managed-session-policies' names 11 policies; STS takes at most 10."
    )
  })
})
