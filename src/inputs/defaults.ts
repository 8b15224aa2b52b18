/**
 * The inputs of action.yml, and the defaults it gives them. The runner passes every default as an
 * input; these stand in where nothing does (the post step reading inputs again, local runs,
 * tests). A unit test holds them to action.yml; a default that is an expression (github-token)
 * only the runner can evaluate.
 */
export const DEFAULTS = {
  'role-duration-seconds': '3600',
  audience: 'sts.amazonaws.com',
  'revision-path': '.',
  'upload-credentials': 'target',
  'ignore-application-stop-failures': 'false',
  wait: 'true',
  'wait-timeout-seconds': '3600',
  'poll-interval-seconds': '5',
  'stop-on-cancel': 'true',
  'stop-on-timeout': 'false',
  'rollback-on-stop': 'true',
  'on-active-deployment': 'wait',
  'older-revision': 'fail',
  'upload-only': 'false',
  'dry-run': 'false',
  'retry-max-attempts': '8'
} as const

export const INPUT_NAMES = [
  'aws-region',
  'role-to-assume',
  'role-external-id',
  'role-session-name',
  'role-duration-seconds',
  'role-session-tags',
  'transitive-tag-keys',
  'inline-session-policy',
  'managed-session-policies',
  'oidc-role-arn',
  'audience',
  'allowed-account-ids',
  'application',
  'deployment-group',
  'deployment-config',
  'description',
  'revision-path',
  's3-bucket',
  's3-key-prefix',
  's3-bucket-owner',
  'upload-credentials',
  'exclude',
  'file-exists-behavior',
  'ignore-application-stop-failures',
  'wait',
  'wait-timeout-seconds',
  'poll-interval-seconds',
  'stop-on-cancel',
  'stop-on-timeout',
  'rollback-on-stop',
  'on-active-deployment',
  'older-revision',
  'revision-location',
  'upload-only',
  'bundle-type',
  'appspec-file',
  'github-environment',
  'github-token',
  'dry-run',
  'retry-max-attempts',
  'http-proxy'
] as const

export type InputName = (typeof INPUT_NAMES)[number]
