import { CreateEndpointCommand, UpdateEndpointCommand, type Tag } from '@aws-sdk/client-sagemaker';
import { greenShares, toSageMakerDeploymentConfig, withAutoScalingSuspended } from '@modelship/shared';
import type { ShiftOutcome } from './deployResult';
import type { DeployRequest } from './deployRequest';
import { watchEndpoint } from './endpointWatch';
import type { PlannedDeployment } from './planAlarmsAndTraffic';
import type { DeployPorts } from './ports';
import type { ResolvedDeployment } from './resolveDeployment';
import { shiftOutcomeOf } from './shiftOutcome';

/** A new endpoint: created on the new config, then followed until it is InService. */
export async function createEndpoint(
  ports: DeployPorts,
  request: DeployRequest,
  target: ResolvedDeployment,
  tags: Tag[],
): Promise<ShiftOutcome> {
  const created = await ports.sagemaker.send(
    new CreateEndpointCommand({
      EndpointName: target.endpointName,
      EndpointConfigName: target.endpointConfigName,
      Tags: tags,
    }),
  );
  const endpointArn = created.EndpointArn;
  ports.setOutput('endpoint-arn', endpointArn ?? '');
  ports.logger.info(`Creating endpoint ${target.endpointName} on ${target.endpointConfigName}.`);
  if (!request.inputs.wait) return { status: 'in-progress', endpointArn, firedAlarms: [], samples: [] };
  const watched = await watchEndpoint(ports, request, { requestedConfig: target.endpointConfigName });
  return { ...shiftOutcomeOf(ports.logger, watched, 'create', []), endpointArn };
}

/**
 * An update SageMaker runs and guards itself (blue/green canary, linear, all at once, or rolling), with
 * auto scaling suspended around an instance-type change; followed until it ends, unless wait is false.
 */
export async function updateUnderGuardrails(
  ports: DeployPorts,
  request: DeployRequest,
  target: ResolvedDeployment,
  planned: PlannedDeployment,
): Promise<ShiftOutcome> {
  const instanceCount = target.configSettings.ProductionVariants?.[0]?.InitialInstanceCount;
  const deploymentConfig = toSageMakerDeploymentConfig(request.strategy, {
    instanceCount,
    alarms: planned.guardingAlarms,
  });
  const previousVariant = target.previousConfig?.ProductionVariants?.[0];
  const newVariant = target.configSettings.ProductionVariants?.[0];
  const scope = {
    endpointName: target.endpointName,
    variantName: request.inputs['variant-name'],
    instanceTypeChanges: Boolean(
      previousVariant && newVariant && previousVariant.InstanceType !== newVariant.InstanceType,
    ),
  };
  const watched = await withAutoScalingSuspended(ports, scope, async () => {
    if (target.followsInFlight) {
      ports.logger.info(
        `${target.endpointName} is already updating to ${target.endpointConfigName}, started by an earlier run of this deployment: following that update instead of starting another.`,
      );
    } else {
      await ports.sagemaker.send(
        new UpdateEndpointCommand({
          EndpointName: target.endpointName,
          EndpointConfigName: target.endpointConfigName,
          DeploymentConfig: deploymentConfig,
        }),
      );
      ports.logger.info(updateLine(request, target, planned.guardingAlarms));
    }
    if (!request.inputs.wait) return undefined;
    return watchEndpoint(ports, request, {
      requestedConfig: target.endpointConfigName,
      guardingAlarms: planned.guardingAlarms,
      plannedShares: greenShares(request.strategy, instanceCount),
      bakeSeconds: request.strategy.intervalSeconds,
    });
  });
  if (!watched) return { status: 'in-progress', firedAlarms: [], samples: [] };
  return shiftOutcomeOf(ports.logger, watched, 'guardrails', planned.guardingAlarms);
}

function updateLine(request: DeployRequest, target: ResolvedDeployment, alarms: string[]): string {
  const guard = alarms.length
    ? `, guarded by ${alarms.join(', ')}`
    : ' (no alarms: nothing can roll it back automatically)';
  return `Updating ${target.endpointName} from ${target.previousEndpointConfigName} to ${target.endpointConfigName} with ${request.strategy.preset} under SageMaker guardrails${guard}.`;
}
