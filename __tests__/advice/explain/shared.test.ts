import { describe, expect, it } from '@jest/globals'
import { roleArnOf } from '../../../src/advice/explain/shared.js'
import { DEV, OIDC_ROLE, PROD, PROD_ROLE, PROD_SESSION } from './fixtures.js'

describe('roleArnOf', () => {
  it('turns an assumed-role session into its role, and keeps role and user ARNs', () => {
    expect(roleArnOf(PROD_SESSION)).toBe(PROD_ROLE)
    expect(roleArnOf(`arn:aws-cn:sts::${PROD}:assumed-role/r/s`)).toBe(
      `arn:aws-cn:iam::${PROD}:role/r`
    )
    expect(roleArnOf(OIDC_ROLE)).toBe(OIDC_ROLE)
    expect(roleArnOf(`arn:aws:iam::${DEV}:user/ci`)).toBe(`arn:aws:iam::${DEV}:user/ci`)
    expect(roleArnOf('the source credentials')).toBeUndefined()
    expect(roleArnOf(undefined)).toBeUndefined()
  })
})
