import {
  PutScalingPolicyCommand,
  PutScheduledActionCommand,
  RegisterScalableTargetCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { variantScalingScope, type AutoScalingPorts } from '@modelship/shared';

export interface AutoScalingSettings {
  min: number;
  max: number;
  targetInvocationsPerInstance?: number;
  schedule?: Array<Record<string, unknown>>;
}

/** Registers the variant for target tracking on invocations per instance, and any scheduled capacity. */
export async function registerAutoScaling(
  ports: AutoScalingPorts,
  target: { endpointName: string; variantName: string },
  settings: AutoScalingSettings,
): Promise<void> {
  const scope = variantScalingScope(target.endpointName, target.variantName);
  await ports.autoscaling.send(
    new RegisterScalableTargetCommand({ ...scope, MinCapacity: settings.min, MaxCapacity: settings.max }),
  );
  if (settings.targetInvocationsPerInstance) {
    await ports.autoscaling.send(
      new PutScalingPolicyCommand({
        ...scope,
        PolicyName: `${target.endpointName}-invocations`,
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: {
          TargetValue: settings.targetInvocationsPerInstance,
          PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' },
        },
      }),
    );
  }
  for (const [index, entry] of (settings.schedule ?? []).entries()) {
    await ports.autoscaling.send(
      new PutScheduledActionCommand({
        ...scope,
        ScheduledActionName: `${target.endpointName}-schedule-${index + 1}`,
        Schedule: String(entry.schedule),
        ScalableTargetAction: { MinCapacity: Number(entry.min), MaxCapacity: Number(entry.max) },
      }),
    );
  }
  ports.logger.info(`Auto scaling of ${scope.ResourceId}: ${settings.min} to ${settings.max} instances.`);
}
