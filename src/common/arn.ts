/** A 12-digit AWS account ID. */
export function isAccountId(text: string): boolean {
  return /^\d{12}$/.test(text)
}

/** "arn:aws:iam::123456789012:role/x" → "123456789012"; undefined for anything else. */
export function accountOf(arn: string | undefined): string | undefined {
  const account = arn?.split(':')[4]
  return account && isAccountId(account) ? account : undefined
}

/**
 * Each partition other than aws, and how the names of its regions begin (the regionRegex of the
 * AWS SDK's partitions.json); every other region is in aws.
 */
const PARTITION_REGIONS = [
  ['aws-cn', 'cn-'],
  ['aws-us-gov', 'us-gov-'],
  ['aws-iso', 'us-iso-'],
  ['aws-iso-b', 'us-isob-'],
  ['aws-iso-e', 'eu-isoe-'],
  ['aws-iso-f', 'us-isof-'],
  ['aws-eusc', 'eusc-']
] as const

export const PARTITIONS: readonly string[] = ['aws', ...PARTITION_REGIONS.map(([p]) => p)]

export function isPartition(name: string): boolean {
  return PARTITIONS.includes(name)
}

/** "cn-north-1" → "aws-cn". */
export function regionPartition(region: string): string {
  return PARTITION_REGIONS.find(([, prefix]) => region.startsWith(prefix))?.[0] ?? 'aws'
}

export function partitionOf(arn: string | undefined): string {
  const partition = arn?.split(':')[1]
  return partition && isPartition(partition) ? partition : 'aws'
}
