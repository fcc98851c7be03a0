import {
  DeleteScalingPolicyCommand,
  DeregisterScalableTargetCommand,
  DescribeScalableTargetsCommand,
  DescribeScalingPoliciesCommand,
  DescribeScheduledActionsCommand,
  PutScalingPolicyCommand,
  PutScheduledActionCommand,
  RegisterScalableTargetCommand,
} from '@aws-sdk/client-application-auto-scaling';
import type {
  ApplicationAutoScalingClient,
  ScalableTarget,
  ScalingPolicy,
  ScheduledAction,
} from '@aws-sdk/client-application-auto-scaling';
import type { Logger } from './logger';

const NAMESPACE = 'sagemaker';
const DIMENSION = 'sagemaker:variant:DesiredInstanceCount';

export interface AutoScalingPorts {
  autoscaling: Pick<ApplicationAutoScalingClient, 'send'>;
  logger: Logger;
}

/** What Application Auto Scaling calls a variant's instance count: its namespace, resource and dimension. */
export const variantScalingScope = (endpointName: string, variantName: string) =>
  ({
    ServiceNamespace: NAMESPACE,
    ResourceId: `endpoint/${endpointName}/variant/${variantName}`,
    ScalableDimension: DIMENSION,
  }) as const;

/** A variant's registered scaling, as read before suspending it, to put back after. */
interface SuspendedScaling {
  scope: ReturnType<typeof variantScalingScope>;
  registered: ScalableTarget;
  policies: ScalingPolicy[];
  scheduled: ScheduledAction[];
}

/**
 * SageMaker refuses to change the instance type of a variant registered for auto scaling. The documented
 * way is to deregister, update and register again; this does that, and restores the target, its policies
 * and its scheduled actions whatever the update's outcome, so no endpoint is left without scaling.
 */
export async function withAutoScalingSuspended<T>(
  ports: AutoScalingPorts,
  target: { endpointName: string; variantName: string; instanceTypeChanges: boolean },
  update: () => Promise<T>,
): Promise<T> {
  if (!target.instanceTypeChanges) return update();
  const scaling = await readRegisteredScaling(
    ports,
    variantScalingScope(target.endpointName, target.variantName),
  );
  if (!scaling) return update();
  await suspendScaling(ports, scaling);
  try {
    return await update();
  } finally {
    await restoreScaling(ports, scaling);
  }
}

/** The variant's scalable target with its policies and scheduled actions; undefined when it is not registered. */
async function readRegisteredScaling(
  ports: AutoScalingPorts,
  scope: SuspendedScaling['scope'],
): Promise<SuspendedScaling | undefined> {
  const { ResourceId } = scope;
  const targets = await ports.autoscaling.send(
    new DescribeScalableTargetsCommand({ ServiceNamespace: NAMESPACE, ResourceIds: [ResourceId] }),
  );
  const registered = targets.ScalableTargets?.find((t) => t.ScalableDimension === DIMENSION);
  if (!registered) return undefined;
  const policies =
    (
      await ports.autoscaling.send(
        new DescribeScalingPoliciesCommand({ ServiceNamespace: NAMESPACE, ResourceId }),
      )
    ).ScalingPolicies ?? [];
  const scheduled =
    (
      await ports.autoscaling.send(
        new DescribeScheduledActionsCommand({ ServiceNamespace: NAMESPACE, ResourceId }),
      )
    ).ScheduledActions ?? [];
  return { scope, registered, policies, scheduled };
}

async function suspendScaling(ports: AutoScalingPorts, { scope, policies }: SuspendedScaling): Promise<void> {
  ports.logger.info(
    `Suspending auto scaling of ${scope.ResourceId} (${policies.length} policies) while the instance type changes.`,
  );
  for (const policy of policies) {
    await ports.autoscaling.send(new DeleteScalingPolicyCommand({ ...scope, PolicyName: policy.PolicyName }));
  }
  await ports.autoscaling.send(new DeregisterScalableTargetCommand(scope));
}

async function restoreScaling(ports: AutoScalingPorts, scaling: SuspendedScaling): Promise<void> {
  const { scope, registered, policies, scheduled } = scaling;
  await ports.autoscaling.send(
    new RegisterScalableTargetCommand({
      ...scope,
      MinCapacity: registered.MinCapacity,
      MaxCapacity: registered.MaxCapacity,
    }),
  );
  for (const policy of policies) {
    await ports.autoscaling.send(
      new PutScalingPolicyCommand({
        ...scope,
        PolicyName: policy.PolicyName,
        PolicyType: policy.PolicyType,
        TargetTrackingScalingPolicyConfiguration: policy.TargetTrackingScalingPolicyConfiguration,
        StepScalingPolicyConfiguration: policy.StepScalingPolicyConfiguration,
      }),
    );
  }
  for (const action of scheduled) {
    await ports.autoscaling.send(
      new PutScheduledActionCommand({
        ...scope,
        ScheduledActionName: action.ScheduledActionName,
        Schedule: action.Schedule,
        Timezone: action.Timezone,
        StartTime: action.StartTime,
        EndTime: action.EndTime,
        ScalableTargetAction: action.ScalableTargetAction,
      }),
    );
  }
  ports.logger.info(`Auto scaling of ${scope.ResourceId} restored.`);
}
