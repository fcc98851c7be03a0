import type { DescribeEndpointCommandOutput } from '@aws-sdk/client-sagemaker';
import type { PackageRejection } from './rejectModelPackage';
import type { RollbackStatus } from './rollbackRequest';

/** How an acting phase ended: the status, what serves now, and why it failed when it did. */
export interface RollbackOutcome {
  status: RollbackStatus;
  servingConfig?: string;
  failure?: string;
  rejection?: PackageRejection;
}

/** The endpoint once nothing is in flight any more, and what was done to get there. */
export interface SettledEndpoint {
  kind: 'settled';
  endpoint: DescribeEndpointCommandOutput;
  /** An update was in flight when the rollback started. */
  wasInFlight: boolean;
  /** The rollback set the update's alarms to ALARM so that SageMaker rolled it back. */
  forced: boolean;
  rejection?: PackageRejection;
}
