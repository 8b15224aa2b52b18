import type { ComputePlatform } from '@aws-sdk/client-codedeploy'
import { InputError } from '../common/errors.js'

// Apart from the AppSpec parser, so checking a deployment group's platform does not load it.

const PLATFORM_LABELS: Record<ComputePlatform, string> = {
  Server: 'EC2/On-Premises',
  ECS: 'Amazon ECS',
  Lambda: 'AWS Lambda'
}

const REVISION_KINDS: Record<ComputePlatform, string> = {
  Server: 'an EC2/On-Premises bundle (its AppSpec has os, files and hooks scripts)',
  ECS: 'an Amazon ECS AppSpec (a resource of Type AWS::ECS::Service)',
  Lambda: 'an AWS Lambda AppSpec (a resource of Type AWS::Lambda::Function)'
}

/**
 * Names both sides of a mix-up (say, an EC2 bundle sent to an ECS application) before anything
 * is uploaded or registered. `groupPlatform` undefined (not known) passes.
 */
export function checkPlatformMatches(
  revisionPlatform: ComputePlatform,
  groupPlatform: ComputePlatform | undefined,
  application: string,
  deploymentGroup: string
): void {
  if (groupPlatform === undefined || groupPlatform === revisionPlatform) return
  throw new InputError(
    `Deployment group '${deploymentGroup}' of application '${application}' deploys to ` +
      `${PLATFORM_LABELS[groupPlatform]}, but the revision is ${REVISION_KINDS[revisionPlatform]}: ` +
      `check the application and deployment-group inputs, or point revision-path (or appspec-file) ` +
      `at an AppSpec for ${PLATFORM_LABELS[groupPlatform]}.`
  )
}
