import type { DescribeEndpointCommandOutput } from '@aws-sdk/client-sagemaker';

export type EndpointSnapshot = Pick<
  DescribeEndpointCommandOutput,
  | 'EndpointStatus'
  | 'EndpointConfigName'
  | 'FailureReason'
  | 'ProductionVariants'
  | 'PendingDeploymentSummary'
>;

export type EndpointOutcome =
  | { kind: 'in-progress' }
  | { kind: 'deployed' }
  | { kind: 'rolled-back'; reason: string }
  | { kind: 'failed'; reason: string };

/**
 * What a DescribeEndpoint answer means for a deployment of `requestedConfig`. SageMaker's own waiter
 * calls any InService a success, but an endpoint that comes back InService on another config was
 * rolled back: the config name is the only reliable signal, since FailureReason can be empty.
 */
export function endpointOutcome(snapshot: EndpointSnapshot, requestedConfig: string): EndpointOutcome {
  const reason = snapshot.FailureReason?.trim();
  switch (snapshot.EndpointStatus) {
    case 'InService':
      if (snapshot.EndpointConfigName === requestedConfig) return { kind: 'deployed' };
      return {
        kind: 'rolled-back',
        reason:
          reason ||
          `The endpoint is back InService on ${snapshot.EndpointConfigName ?? 'its previous config'} instead of ${requestedConfig}, and SageMaker gave no reason.`,
      };
    case 'Failed':
      return { kind: 'failed', reason: reason || 'The endpoint is Failed and SageMaker gave no reason.' };
    case 'UpdateRollbackFailed':
      return {
        kind: 'failed',
        reason:
          `Both the update and its automatic rollback failed; the endpoint may serve a mix of old and new configs. ${reason ?? ''}`.trim(),
      };
    case 'OutOfService':
      return { kind: 'failed', reason: reason || 'The endpoint is OutOfService.' };
    default:
      return { kind: 'in-progress' };
  }
}
