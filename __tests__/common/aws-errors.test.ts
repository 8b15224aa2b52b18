import { describe, expect, it } from '@jest/globals'
import { AccessDenied, NoSuchKey, NotFound } from '@aws-sdk/client-s3'
import { ThrottlingException } from '@aws-sdk/client-codedeploy'
import {
  errorName,
  errorText,
  httpStatus,
  isAccessDenied,
  isNotFound
} from '../../src/common/aws-errors.js'
import { s3Exception, stsException } from '../support/aws.js'

describe('errorName', () => {
  it('uses the name of an SDK exception', () => {
    expect(errorName(new NoSuchKey({ $metadata: {}, message: 'The key does not exist' }))).toBe(
      'NoSuchKey'
    )
    expect(errorName(new ThrottlingException({ $metadata: {}, message: 'Slow down' }))).toBe(
      'ThrottlingException'
    )
  })

  it('prefers a non-empty Code over the name', () => {
    expect(errorName({ name: 'Error', Code: 'AccessDenied' })).toBe('AccessDenied')
    expect(errorName({ name: 'TimeoutError', Code: '' })).toBe('TimeoutError')
  })

  it('falls back to Error for values without a name', () => {
    expect(errorName('boom')).toBe('Error')
    expect(errorName(undefined)).toBe('Error')
    expect(errorName(null)).toBe('Error')
    expect(errorName({ name: 42 })).toBe('Error')
  })
})

describe('httpStatus', () => {
  it('reads $metadata.httpStatusCode', () => {
    expect(httpStatus(s3Exception('Forbidden', 403))).toBe(403)
    expect(httpStatus({ $metadata: {} })).toBeUndefined()
    expect(httpStatus(new Error('plain'))).toBeUndefined()
    expect(httpStatus(undefined)).toBeUndefined()
  })
})

describe('errorText', () => {
  it('joins the name and the message on one line', () => {
    const err = stsException(
      'AccessDenied',
      403,
      'User: arn:aws:iam::111111111111:user/ci\n  is not authorized\tto perform: sts:AssumeRole'
    )
    expect(errorText(err)).toBe(
      'AccessDenied: User: arn:aws:iam::111111111111:user/ci is not authorized to perform: sts:AssumeRole'
    )
  })

  it('drops the final period, so that callers can end the sentence', () => {
    expect(
      errorText(
        stsException(
          'InvalidClientTokenId',
          403,
          'The security token included in the request is invalid.'
        )
      )
    ).toBe('InvalidClientTokenId: The security token included in the request is invalid')
    expect(errorText(new Error('Deployment d-1 could not be found.  '))).toBe(
      'Deployment d-1 could not be found'
    )
  })

  it('gives the HTTP status when the message says nothing (HeadObject 404 has no body)', () => {
    expect(
      errorText(new NotFound({ $metadata: { httpStatusCode: 404 }, message: 'UnknownError' }))
    ).toBe('NotFound (HTTP 404)')
    expect(errorText(s3Exception('Forbidden', 403, ''))).toBe('Forbidden (HTTP 403)')
    expect(errorText(s3Exception('AccessDenied', 403, 'AccessDenied'))).toBe(
      'AccessDenied (HTTP 403)'
    )
  })

  it('gives only the name when there is neither message nor status', () => {
    expect(errorText(s3Exception('SlowDown', undefined, ''))).toBe('SlowDown')
  })

  it('shows the control and bidirectional characters of a name or message as escapes', () => {
    const err = s3Exception(
      'Internal\u001b[31mError\u202e',
      500,
      'boom\r\n::error title=X::pwned\u0085::warning::nel \u2028::notice::ls \u001b[2J\u200f.'
    )
    expect(errorText(err)).toBe(
      'Internal\\u001b[31mError\\u202e: boom ::error title=X::pwned\\u0085::warning::nel ::notice::ls \\u001b[2J\\u200f'
    )
  })

  it('gives only the message for a plain Error', () => {
    expect(errorText(new Error('socket hang up'))).toBe('socket hang up')
  })

  it('stringifies values that are not errors', () => {
    expect(errorText('something odd')).toBe('something odd')
    expect(errorText(42)).toBe('42')
  })
})

describe('isAccessDenied', () => {
  it.each([
    ['AccessDenied', undefined],
    ['AccessDeniedException', undefined],
    ['Forbidden', undefined],
    ['403', undefined],
    ['UnknownError', 403]
  ])('is true for %s (HTTP %s)', (name, status) => {
    expect(isAccessDenied(s3Exception(name, status))).toBe(true)
  })

  it('is true for the S3 AccessDenied class', () => {
    expect(
      isAccessDenied(new AccessDenied({ $metadata: { httpStatusCode: 403 }, message: 'x' }))
    ).toBe(true)
  })

  it.each([
    ['NoSuchBucket', 404],
    ['InternalError', 500],
    ['ExpiredToken', 400]
  ])('is false for %s (HTTP %s)', (name, status) => {
    expect(isAccessDenied(s3Exception(name, status))).toBe(false)
  })

  it('is false for plain errors and non-errors', () => {
    expect(isAccessDenied(new Error('denied'))).toBe(false)
    expect(isAccessDenied(undefined)).toBe(false)
  })
})

describe('isNotFound', () => {
  it.each([
    ['NotFound', undefined],
    ['NoSuchKey', undefined],
    ['404', undefined],
    ['UnknownError', 404]
  ])('is true for %s (HTTP %s)', (name, status) => {
    expect(isNotFound(s3Exception(name, status))).toBe(true)
  })

  it.each([
    ['AccessDenied', 403],
    ['NoSuchBucketPolicy', 400],
    ['InternalError', 500]
  ])('is false for %s (HTTP %s)', (name, status) => {
    expect(isNotFound(s3Exception(name, status))).toBe(false)
  })

  it('is false for plain errors and non-errors', () => {
    expect(isNotFound(new Error('not found'))).toBe(false)
    expect(isNotFound('NotFound')).toBe(false)
  })
})
