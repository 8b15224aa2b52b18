/** Step inputs of the guide's setup, shared by the scenarios and the demo. */
import { DEV_OIDC_ROLE, PROD_DEPLOY_ROLE, REGION, type Landscape } from './aws.js'

/** Where the scenarios' workspace holds its copy of examples/webapp. */
export const REVISION_DIR = 'app'

/** OIDC into development, chain into production, bucket there, the example app as revision. */
export function crossAccountInputs(
  landscape: Landscape,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    'aws-region': REGION,
    'oidc-role-arn': DEV_OIDC_ROLE,
    'role-to-assume': PROD_DEPLOY_ROLE,
    application: landscape.application,
    'deployment-group': landscape.deploymentGroup,
    's3-bucket': landscape.prodBucket,
    's3-key-prefix': 'releases/',
    'revision-path': REVISION_DIR,
    'poll-interval-seconds': '1',
    ...extra
  }
}
