import { UpdateEndpointCommand } from '@aws-sdk/client-sagemaker';
import { toSageMakerDeploymentConfig, withAutoScalingSuspended, type WatchResult } from '@modelship/shared';
import { unfinishedReason, waitForEndpoint } from './endpointWait';
import type { RollbackPorts } from './ports';
import { recordRollbackOnEndpoint } from './recordRollback';
import { rejectIfAsked, type PackageRejection } from './rejectModelPackage';
import type { RollbackJournal } from './rollbackJournal';
import type { RollbackOutcome, SettledEndpoint } from './rollbackOutcome';
import type { RollbackPlan } from './rollbackPlan';
import { createTargetResources, instanceTypeChange, type InstanceTypeChange } from './targetResources';

/**
 * UpdateEndpoint to the target config (creating it first for last-approved), with auto scaling suspended
 * around an instance-type change and restored after; then, unless wait is false, waits and judges.
 */
export async function updateToTarget(
  ports: RollbackPorts,
  plan: RollbackPlan,
  settled: SettledEndpoint,
  journal: RollbackJournal,
): Promise<RollbackOutcome> {
  await createTargetResources(ports, plan.target, journal);
  const change = await instanceTypeChange(ports, settled.endpoint.EndpointConfigName, plan.target.variant);
  const scope = {
    endpointName: plan.endpointName,
    variantName: plan.target.variant?.VariantName ?? '',
    instanceTypeChanges: change.changes,
  };
  const { rejection, watched } = await withAutoScalingSuspended(ports, scope, async () => {
    const started = await startUpdate(ports, plan, settled, change, journal);
    return { rejection: started, watched: plan.wait ? await waitForTarget(ports, plan) : undefined };
  });
  return judgeUpdate(
    ports,
    plan,
    { servingBefore: settled.endpoint.EndpointConfigName, rejection, watched },
    journal,
  );
}

/** UpdateEndpoint, then the record on the endpoint and the rejection: both stand even if the wait fails. */
async function startUpdate(
  ports: RollbackPorts,
  plan: RollbackPlan,
  settled: SettledEndpoint,
  change: InstanceTypeChange,
  journal: RollbackJournal,
): Promise<PackageRejection | undefined> {
  const { endpointName, target, strategy, instanceCount, guardingAlarms } = plan;
  await ports.sagemaker.send(
    new UpdateEndpointCommand({
      EndpointName: endpointName,
      EndpointConfigName: target.configName,
      DeploymentConfig: toSageMakerDeploymentConfig(strategy, { instanceCount, alarms: guardingAlarms }),
    }),
  );
  journal.did(
    `UpdateEndpoint ${endpointName}: ${settled.endpoint.EndpointConfigName ?? '-'} → ${target.configName} with ${strategy.preset}${guardingAlarms.length ? `, guarded by ${guardingAlarms.join(', ')}` : ''}${change.changes ? ` (instance type ${change.from} → ${change.to}, auto scaling suspended meanwhile)` : ''}.`,
  );
  await recordRollbackOnEndpoint(ports, settled.endpoint, plan);
  return rejectIfAsked(ports, plan, journal, settled.rejection);
}

function waitForTarget(ports: RollbackPorts, plan: RollbackPlan): Promise<WatchResult> {
  return waitForEndpoint(ports, {
    endpointName: plan.endpointName,
    requestedConfig: plan.target.configName,
    guardingAlarms: plan.guardingAlarms,
    deadlineMs: plan.deadlineMs,
    bakeSeconds: plan.strategy.intervalSeconds,
  });
}

/** Success is InService on the target config, read back; a rollback of the rollback, or no end in time, fails. */
export function judgeUpdate(
  ports: Pick<RollbackPorts, 'setOutput'>,
  plan: Pick<RollbackPlan, 'endpointName' | 'target'>,
  update: { servingBefore?: string; rejection?: PackageRejection; watched?: WatchResult },
  journal: RollbackJournal,
): RollbackOutcome {
  const { servingBefore, rejection, watched } = update;
  const target = plan.target.configName;
  if (!watched) {
    journal.did('wait: false, so the action does not wait for InService on the target config.');
    return { status: 'in-progress', servingConfig: servingBefore, rejection };
  }
  if (watched.kind !== 'finished') {
    return { status: 'failed', servingConfig: servingBefore, failure: unfinishedReason(watched), rejection };
  }
  const servingConfig = watched.snapshot.EndpointConfigName ?? servingBefore;
  const { outcome } = watched;
  if (outcome.kind === 'deployed') {
    ports.setOutput('endpoint-config-name', target);
    journal.did(`${plan.endpointName} is InService on ${target}.`);
    return { status: 'rolled-back', servingConfig, rejection };
  }
  const failure =
    outcome.kind === 'rolled-back'
      ? `The rollback to ${target} was itself rolled back: ${outcome.reason}`
      : `The rollback to ${target} failed: ${'reason' in outcome ? outcome.reason : 'no reason given'}`;
  return { status: 'failed', servingConfig, failure, rejection };
}
