import type { RollbackPorts } from './ports';
import { recordRollbackOnEndpoint } from './recordRollback';
import { rejectIfAsked } from './rejectModelPackage';
import type { RollbackJournal } from './rollbackJournal';
import type { RollbackOutcome, SettledEndpoint } from './rollbackOutcome';
import type { RollbackPlan } from './rollbackPlan';

/** The endpoint is InService on the target config. */
export const servesTarget = (settled: SettledEndpoint, plan: Pick<RollbackPlan, 'target'>): boolean =>
  settled.endpoint.EndpointStatus === 'InService' &&
  settled.endpoint.EndpointConfigName === plan.target.configName;

/**
 * The endpoint already serves the target: nothing to do when it did from the start; after an update in
 * flight was forced back (or ended back there), the rollback is recorded and the package rejected if asked.
 */
export async function finishOnTarget(
  ports: Pick<RollbackPorts, 'sagemaker' | 'setOutput'>,
  plan: RollbackPlan,
  settled: SettledEndpoint,
  journal: RollbackJournal,
): Promise<RollbackOutcome> {
  const servingConfig = plan.target.configName;
  ports.setOutput('endpoint-config-name', servingConfig);
  if (!settled.forced && !settled.wasInFlight) {
    journal.did(`${plan.endpointName} already serves ${servingConfig} and is InService: nothing to do.`);
    return { status: 'already-there', servingConfig };
  }
  const rejection = await rejectIfAsked(ports, plan, journal, settled.rejection);
  await recordRollbackOnEndpoint(ports, settled.endpoint, plan);
  return { status: settled.forced ? 'rolled-back' : 'already-there', servingConfig, rejection };
}
