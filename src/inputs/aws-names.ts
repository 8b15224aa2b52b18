import type { BundleType } from '../bundle/index.js'
import { InputError } from '../common/errors.js'
import { PARTITIONS, isPartition, partitionOf, regionPartition } from '../common/arn.js'
import { holdsHidden } from '../common/untrusted.js'
import { bad, quoted } from './values.js'

/** An object already in S3, deployed as it is. */
export interface ExistingRevision {
  bucket: string
  key: string
  versionId?: string
  bundleType: BundleType
}

const ROLE_ARN = /^arn:([^:]*):iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/
const REGION = /^(?:[a-z]{2}|eusc)(?:-[a-z]+)+-\d{1,2}$/
/** The longest name CodeDeploy takes for an application, group or configuration. */
export const MAX_CODEDEPLOY_NAME = 100
/** S3's "safe characters" for object key names. */
const KEY_PREFIX = /^[A-Za-z0-9!\-_.*'()/]*$/
/**
 * S3 keys hold at most 1,024 bytes, and bundleKey (s3/keys.ts) appends `<application>/<sha256>.<ext>`
 * to the prefix, which gets its trailing "/" here.
 */
const MAX_KEY_PREFIX = 1024 - (MAX_CODEDEPLOY_NAME + 1 + 64 + 1 + 3) - 1

export function validateRoleArn(name: string, value: string): string {
  const partition = ROLE_ARN.exec(value)?.[1]
  if (partition === undefined) {
    throw bad(name, value, 'an IAM role ARN such as arn:aws:iam::123456789012:role/deploy')
  }
  if (!isPartition(partition)) {
    throw bad(name, value, `an IAM role ARN whose partition is one of ${PARTITIONS.join(', ')}`)
  }
  return value
}

/** Where the region came from, when not from the aws-region input itself. */
function regionFrom(source: string): string {
  return source === 'aws-region' ? '' : ` (from ${source})`
}

export function validateRegion(value: string, source = 'aws-region'): string {
  if (!REGION.test(value)) {
    throw new InputError(
      `Input 'aws-region'${regionFrom(source)} is ${quoted(value)}: expected an AWS region such as us-east-1.`
    )
  }
  return value
}

/** A role can only be assumed, and only used, in the partition of its own ARN. */
export function checkPartition(
  name: string,
  arn: string,
  region: string,
  regionSource: string
): void {
  const arnPartition = partitionOf(arn)
  const partition = regionPartition(region)
  if (arnPartition === partition) return
  throw new InputError(
    `Input '${name}' is ${quoted(arn)}, in partition ${arnPartition}, but aws-region${regionFrom(regionSource)} ${quoted(region)} is in partition ${partition}: use a role of the region's partition, or the region the role belongs to.`
  )
}

/** S3 bucket naming rules for general purpose buckets. */
export function validateBucketName(value: string, input = 's3-bucket'): string {
  const problems: [boolean, string][] = [
    [value.length < 3 || value.length > 63, 'between 3 and 63 characters'],
    [!/^[a-z0-9.-]+$/.test(value), 'only lowercase letters, digits, dots and hyphens'],
    [!/^[a-z0-9].*[a-z0-9]$/.test(value), 'a letter or digit at both ends'],
    [value.includes('..'), 'no two adjacent dots'],
    [/^\d+\.\d+\.\d+\.\d+$/.test(value), 'not an IP address'],
    [value.startsWith('xn--') || value.endsWith('-s3alias'), 'no xn-- prefix or -s3alias suffix']
  ]
  const problem = problems.find(([failed]) => failed)
  if (problem) throw bad(input, value, `a valid S3 bucket name (${problem[1]})`)
  return value
}

export function validateKeyPrefix(value: string): string {
  if (value === '') return ''
  const problems: [boolean, string][] = [
    [
      !KEY_PREFIX.test(value),
      "of S3's safe characters only (letters, digits and ! - _ . * ' ( ) /)"
    ],
    [value.startsWith('/') || value.includes('//'), 'with no leading or doubled "/"'],
    [value.split('/').some(s => s === '.' || s === '..'), 'with no "." or ".." segment'],
    [value.length > MAX_KEY_PREFIX, `of at most ${MAX_KEY_PREFIX} characters`]
  ]
  const problem = problems.find(([failed]) => failed)
  if (problem) throw bad('s3-key-prefix', value, `a key prefix ${problem[1]}`)
  return value.endsWith('/') ? value : `${value}/`
}

export const BUNDLE_TYPES = ['zip', 'tar', 'tgz'] as const

export function bundleTypeOfKey(key: string): BundleType | undefined {
  if (/\.zip$/i.test(key)) return 'zip'
  if (/\.(tgz|tar\.gz)$/i.test(key)) return 'tgz'
  if (/\.tar$/i.test(key)) return 'tar'
  return undefined
}

/**
 * Parses s3://bucket/key[?versionId=...], %-encoded as revisionLocation (s3/objects.ts) prints it; the
 * bundle type comes from the key or bundle-type.
 */
export function parseRevisionLocation(value: string, bundleType?: BundleType): ExistingRevision {
  const m = /^s3:\/\/([^/?]+)\/([^?]+)(?:\?versionId=([^&]+))?$/.exec(value)
  if (!m || holdsHidden(value)) {
    throw bad('revision-location', value, 's3://bucket/key, optionally followed by ?versionId=...')
  }
  const bucket = validateBucketName(m[1], 'revision-location')
  let key: string
  try {
    key = decodeURIComponent(m[2])
  } catch {
    throw bad(
      'revision-location',
      value,
      'a key with valid %-encoding: write a % in the key as %25'
    )
  }
  const type = bundleType ?? bundleTypeOfKey(key)
  if (!type) {
    throw bad(
      'revision-location',
      value,
      'a key ending in .zip, .tar, .tgz or .tar.gz, or the bundle-type input set'
    )
  }
  let versionId: string | undefined
  try {
    versionId = m[3] && decodeURIComponent(m[3])
  } catch {
    throw bad('revision-location', value, 'a versionId with valid %-encoding')
  }
  return { bucket, key, versionId, bundleType: type }
}
