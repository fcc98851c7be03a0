import type { BlueGreenPlan } from './deploymentPolicy';
import type { DeploymentRun } from './deploymentRun';
import { startAllFleets, type PlannedVariant } from '../variantFleets';

function bakeMessage(plan: BlueGreenPlan, step: number, share: number): string {
  const traffic = share >= 1 ? 'all traffic' : `${Math.round(share * 100)}% of traffic`;
  const what =
    plan.strategy === 'CANARY'
      ? step === 0
        ? 'Baking the canary'
        : 'Final bake'
      : plan.strategy === 'LINEAR'
        ? `Baking step ${step + 1} of ${plan.greenShares.length}`
        : 'Baking';
  return `${what} for ${plan.bakeSeconds} seconds with ${traffic} on the new fleet.`;
}

/**
 * A blue/green deployment [facts §1 "Modes"]: the whole green fleet starts beside blue, then traffic
 * moves to it in the plan's steps (ALL_AT_ONCE: one; CANARY: the canary, then the rest; LINEAR: equal
 * slices), each followed by a bake under the guarding alarms. Throws to roll back.
 */
export async function runBlueGreenDeployment(
  run: DeploymentRun,
  plan: BlueGreenPlan,
  planned: PlannedVariant[],
): Promise<void> {
  const instances = planned.reduce((sum, p) => sum + p.spec.instanceCount, 0);
  run.phase('Creating', `Creating the new fleet (${instances} instances).`, run.green);
  run.event('provisioning', `Starting ${instances} instances of ${run.record.toConfig}.`);
  const fleets = await startAllFleets(run.env, planned);
  fleets.forEach((fleet, i) => {
    const variant = run.green[i];
    if (!variant) return;
    variant.fleets = [fleet];
    variant.currentInstanceCount = variant.desiredInstanceCount;
  });
  await run.env.clock.sleep(run.env.timing.provisioningMs, run.signal);
  run.checkDeadline();
  for (const [step, share] of plan.greenShares.entries()) {
    await run.shift(share);
    if (plan.bakeSeconds > 0) await run.bake(plan.bakeSeconds, bakeMessage(plan, step, share));
  }
  run.complete(plan.terminationWaitSeconds);
}
