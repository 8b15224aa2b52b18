import { describe, expect, it } from '@jest/globals'
import { bucketPolicyGrants } from '../../src/preflight/bucket-policy.js'

const DEV = '111111111111'
const PROD = '222222222222'

describe('bucketPolicyGrants', () => {
  const object = 'arn:aws:s3:::b/shop/abc.zip'
  const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement })

  it('finds an allow for a principal of the account, with wildcards', () => {
    expect(
      bucketPolicyGrants(
        policy({
          Sid: 'Read',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${PROD}:root` },
          Action: 's3:Get*',
          Resource: 'arn:aws:s3:::b/*'
        }),
        PROD,
        's3:GetObject',
        object
      )
    ).toEqual({ verdict: 'allowed', statement: 'Read', principal: `arn:aws:iam::${PROD}:root` })
    expect(
      bucketPolicyGrants(
        policy({ Effect: 'Allow', Principal: { AWS: PROD }, Action: '*', Resource: '*' }),
        PROD,
        's3:GetObject',
        object
      )
    ).toEqual({ verdict: 'allowed', statement: '#1', principal: PROD })
  })

  it('lets a deny win, and ignores other accounts, actions and resources', () => {
    const allow = {
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::b/*'
    }
    const deny = {
      ...allow,
      Sid: 'NoProd',
      Effect: 'Deny',
      Principal: { AWS: [`arn:aws:iam::${PROD}:role/x`] }
    }
    expect(bucketPolicyGrants(policy(allow, deny), PROD, 's3:GetObject', object)).toEqual({
      verdict: 'denied',
      statement: 'NoProd',
      principal: `arn:aws:iam::${PROD}:role/x`
    })
    const others = [
      { ...allow, Principal: { AWS: `arn:aws:iam::${DEV}:root` } },
      { ...allow, Action: 's3:PutObject' },
      { ...allow, Resource: 'arn:aws:s3:::other/*' }
    ]
    expect(bucketPolicyGrants(policy(...others), PROD, 's3:GetObject', object).verdict).toBe(
      'missing'
    )
  })

  it('treats an unreadable policy as granting nothing', () => {
    expect(bucketPolicyGrants('not json', PROD, 's3:GetObject', object).verdict).toBe('missing')
    expect(bucketPolicyGrants('{}', PROD, 's3:GetObject', object).verdict).toBe('missing')
  })
})
