import type { RollingPlan } from './deploymentPolicy';
import type { DeploymentRun } from './deploymentRun';
import { injectedStartFailure, startVariantFleet, type PlannedVariant } from '../variantFleets';

/** Instances per batch: MaximumBatchSize of the variant's count, at least one. */
export function rollingBatchSize(plan: RollingPlan, instanceCount: number): number {
  const { Type, Value } = plan.maximumBatchSize;
  const size = Type === 'INSTANCE_COUNT' ? Value : Math.floor((instanceCount * Value) / 100);
  return Math.min(instanceCount, Math.max(1, size));
}

/**
 * A rolling deployment [facts §1]: the new fleet is provisioned a batch at a time; each batch takes its
 * share of the variant's traffic from the old fleet and bakes under the guarding alarms before the next.
 * A rollback brings the whole old fleet back at once (RollbackMaximumBatchSize's default). Exclusions
 * leave one, instance-based variant here. Throws to roll back.
 */
export async function runRollingDeployment(
  run: DeploymentRun,
  plan: RollingPlan,
  planned: PlannedVariant[],
): Promise<void> {
  const variantPlan = planned[0];
  const green = run.green[0];
  if (!variantPlan || !green) throw new Error('A rolling deployment needs exactly one variant.');
  const total = variantPlan.spec.instanceCount;
  const batch = rollingBatchSize(plan, total);
  const batches = Math.ceil(total / batch);
  const injected = injectedStartFailure(run.env, run.endpoint.name);
  if (injected) throw injected;
  green.currentInstanceCount = 0;
  let inService = 0;
  for (let index = 1; inService < total; index += 1) {
    const size = Math.min(batch, total - inService);
    const progress = `batch ${index} of ${batches}`;
    run.phase('Updating', `Provisioning ${progress} (${size} instances).`);
    run.event('provisioning', `Starting ${progress}: ${size} instances of ${run.record.toConfig}.`);
    green.fleets.push(await startVariantFleet(run.env, variantPlan, size));
    inService += size;
    green.currentInstanceCount = inService;
    await run.env.clock.sleep(run.env.timing.provisioningMs, run.signal);
    run.checkDeadline();
    await run.shift(inService / total);
    if (plan.bakeSeconds > 0) {
      await run.bake(
        plan.bakeSeconds,
        `Baking ${progress} for ${plan.bakeSeconds} seconds with ${inService} of ${total} new instances in service.`,
      );
    }
  }
  run.complete(0);
}
