import { AddTagsCommand, type DescribeEndpointCommandOutput } from '@aws-sdk/client-sagemaker';
import { provenanceTags } from '@modelship/shared';
import type { RollbackPorts } from './ports';
import type { RollbackPlan } from './rollbackPlan';

/** Tags on the endpoint, so that whoever looks at it later sees that it was rolled back, from what, and why. */
export async function recordRollbackOnEndpoint(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  endpoint: Pick<DescribeEndpointCommandOutput, 'EndpointArn'>,
  plan: Pick<RollbackPlan, 'from' | 'target' | 'reason'>,
): Promise<void> {
  if (!endpoint.EndpointArn) return;
  const { from, target, reason } = plan;
  await ports.sagemaker.send(
    new AddTagsCommand({
      ResourceArn: endpoint.EndpointArn,
      Tags: provenanceTags(
        {},
        {
          'modelship:rolled-back': `${from ?? '-'} to ${target.configName}`,
          ...(reason ? { 'modelship:rollback-reason': reason } : {}),
        },
      ),
    }),
  );
}
