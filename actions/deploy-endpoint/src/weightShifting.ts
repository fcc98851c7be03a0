import {
  CreateEndpointConfigCommand,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
  type AsyncInferenceConfig,
  type ProductionVariant,
  type Tag,
} from '@aws-sdk/client-sagemaker';
import { deterministicName, findEndpointConfig, weightSteps, type WeightStep } from '@modelship/shared';
import { watchAlarmsFor } from '@modelship/shared/alarmWatch';
import { candidateVariantName } from './candidateVariant';
import type { ShiftOutcome } from './deployResult';
import type { DeployRequest, DeployStatus } from './deployRequest';
import { reachedRequestedConfig, watchEndpoint, whyNotReached, type EndpointWatch } from './endpointWatch';
import type { PlannedDeployment } from './planAlarmsAndTraffic';
import type { DeployPorts } from './ports';
import type { ResolvedDeployment } from './resolveDeployment';

/** The two variants of a weights-mode deployment and the config that holds both while traffic moves. */
export interface WeightShift {
  previousConfigName: string;
  oldVariants: ProductionVariant[];
  candidate: ProductionVariant;
  candidateName: string;
  transitionConfigName: string;
  guardingAlarms: string[];
  /** An async endpoint's settings carry over to the transition config. */
  asyncInferenceConfig?: AsyncInferenceConfig;
}

/** Why a weight shift stopped before all traffic moved. */
interface ShiftStop {
  why: string;
  status: DeployStatus;
  firedAlarms: string[];
}

const CANCELLED: ShiftStop = {
  why: 'The job was cancelled during the traffic shift.',
  status: 'failed',
  firedAlarms: [],
};

/**
 * Client-side traffic shifting for endpoints SageMaker's guardrails do not cover (serverless, async,
 * several variants): the new model runs as a second variant beside the old one, the action moves
 * UpdateEndpointWeightsAndCapacities step by step watching the alarms, and on an alarm, an error or a
 * cancel it puts all traffic back on the old variant before leaving.
 */
export async function shiftWeights(
  ports: DeployPorts,
  request: DeployRequest,
  target: ResolvedDeployment,
  planned: PlannedDeployment,
  tags: Tag[],
): Promise<ShiftOutcome> {
  const shift = weightShiftOf(request, target, planned);
  const samples: ShiftOutcome['samples'] = [];
  const added = ports.signal.aborted
    ? { endpointMoved: false, failure: 'cancelled' }
    : await addCandidate(ports, request, shift, tags, samples);
  if (added.failure && ports.signal.aborted) return backOutCandidate(ports, request, shift, added, samples);
  if (added.failure) {
    const reason = `Could not add the new variant: ${added.failure}`;
    return { status: 'failed', reason, firedAlarms: [], samples };
  }
  for (const step of weightSteps(request.strategy)) {
    const stop = await runWeightStep(ports, request, shift, step, samples);
    if (stop) return restoreOldWeights(ports, request, shift, stop, samples);
  }
  return settleOnNewConfig(ports, request, target.endpointConfigName, samples);
}

export function weightShiftOf(
  request: DeployRequest,
  target: ResolvedDeployment,
  planned: PlannedDeployment,
): WeightShift {
  const candidateName = candidateVariantName(request.inputs['variant-name'], target.endpointConfigName);
  const newVariant = target.configSettings.ProductionVariants?.[0] as ProductionVariant;
  return {
    previousConfigName: target.previousEndpointConfigName as string,
    oldVariants: target.previousConfig?.ProductionVariants ?? [],
    candidate: { ...newVariant, VariantName: candidateName, InitialVariantWeight: 0 },
    candidateName,
    transitionConfigName: deterministicName(target.endpointName, request.provenance.gitSha ?? '0000000', {
      transition: target.endpointConfigName,
    }),
    guardingAlarms: planned.guardingAlarms,
    asyncInferenceConfig: target.previousConfig?.AsyncInferenceConfig,
  };
}

const oldNamesOf = (shift: WeightShift) => shift.oldVariants.map((v) => v.VariantName as string);

/** Waits for the endpoint to settle on `watch.requestedConfig`; returns why it did not, if it did not. */
async function settle(
  ports: DeployPorts,
  request: DeployRequest,
  watch: EndpointWatch,
  samples: ShiftOutcome['samples'],
): Promise<string | undefined> {
  const watched = await watchEndpoint(ports, request, watch);
  samples.push(...watched.samples);
  return reachedRequestedConfig(watched) ? undefined : whyNotReached(watched, watch.requestedConfig);
}

/** Whether the endpoint was asked to move onto the transition config, and why it is not there, if not. */
interface CandidateAdded {
  endpointMoved: boolean;
  failure?: string;
}

/** The transition config (old variants and the new one at weight 0), and the endpoint moved onto it. */
async function addCandidate(
  ports: DeployPorts,
  request: DeployRequest,
  shift: WeightShift,
  tags: Tag[],
  samples: ShiftOutcome['samples'],
): Promise<CandidateAdded> {
  const endpointName = request.inputs['endpoint-name'] as string;
  if (!(await findEndpointConfig(ports, shift.transitionConfigName))) {
    await ports.sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: shift.transitionConfigName,
        ProductionVariants: [...shift.oldVariants, shift.candidate],
        AsyncInferenceConfig: shift.asyncInferenceConfig,
        Tags: tags,
      }),
    );
  }
  // A cancel that came while the config was created must not move the endpoint.
  if (ports.signal.aborted) return { endpointMoved: false, failure: 'cancelled' };
  ports.logger.info(
    `Adding the new model as variant ${shift.candidateName} beside ${oldNamesOf(shift).join(', ')} (config ${shift.transitionConfigName}).`,
  );
  await ports.sagemaker.send(
    new UpdateEndpointCommand({ EndpointName: endpointName, EndpointConfigName: shift.transitionConfigName }),
  );
  const failure = await settle(
    ports,
    request,
    { requestedConfig: shift.transitionConfigName, newVariantName: shift.candidateName, plannedShares: [0] },
    samples,
  );
  return { endpointMoved: true, failure };
}

/**
 * A cancel before any traffic moved: when the endpoint was already moving onto the transition config,
 * that update is let finish and the endpoint is put back on its config; either way the step says so.
 */
async function backOutCandidate(
  ports: DeployPorts,
  request: DeployRequest,
  shift: WeightShift,
  added: CandidateAdded,
  samples: ShiftOutcome['samples'],
): Promise<ShiftOutcome> {
  const previous = shift.previousConfigName;
  const left = `Left unused in SageMaker: endpoint config ${shift.transitionConfigName} and the new model.`;
  const cancelled = (outcome: string): ShiftOutcome => ({
    status: 'failed',
    reason: `The job was cancelled before any traffic moved; ${outcome}. ${left}`,
    firedAlarms: [],
    samples,
  });
  if (!added.endpointMoved) return cancelled(`the endpoint was not changed and serves ${previous}`);
  ports.logger.error(
    `Cancelled while the new variant was being added: putting the endpoint back on ${previous}.`,
  );
  const steady = { ...ports, signal: new AbortController().signal };
  const endpointName = request.inputs['endpoint-name'] as string;
  const watch = { newVariantName: shift.candidateName, plannedShares: [0] };
  try {
    // SageMaker takes no second update while one runs, and puts a failed one back by itself.
    const notMoved = await settle(
      steady,
      request,
      { ...watch, requestedConfig: shift.transitionConfigName },
      samples,
    );
    if (notMoved) return cancelled(`the endpoint stayed on ${previous}`);
    await steady.sagemaker.send(
      new UpdateEndpointCommand({ EndpointName: endpointName, EndpointConfigName: previous }),
    );
    const failed = await settle(steady, request, { ...watch, requestedConfig: previous }, samples);
    if (failed) throw new Error(failed);
  } catch (err) {
    return cancelled(`putting the endpoint back on ${previous} failed: ${(err as Error).message}`);
  }
  return cancelled(`the endpoint is back on ${previous}`);
}

/** One step: the weights moved, then a bake with the alarms watched. Returns why it stopped, if it did. */
async function runWeightStep(
  ports: DeployPorts,
  request: DeployRequest,
  shift: WeightShift,
  step: WeightStep,
  samples: ShiftOutcome['samples'],
): Promise<ShiftStop | undefined> {
  if (ports.signal.aborted) return CANCELLED;
  try {
    await setWeights(ports, request, shift, step.newWeightPercent, samples);
  } catch (err) {
    if (ports.signal.aborted) return CANCELLED;
    return { why: `Shifting weights failed: ${(err as Error).message}.`, status: 'failed', firedAlarms: [] };
  }
  const bake = await watchAlarmsFor(ports, shift.guardingAlarms, step.bakeSeconds * 1000);
  if (bake.kind === 'cancelled') return CANCELLED;
  if (bake.kind === 'fired') {
    return {
      why: `Alarm ${bake.alarms.join(', ')} went into ALARM at ${step.newWeightPercent}% of traffic.`,
      status: 'rolled-back',
      firedAlarms: bake.alarms,
    };
  }
  return undefined;
}

async function setWeights(
  ports: DeployPorts,
  request: DeployRequest,
  shift: WeightShift,
  newPercent: number,
  samples: ShiftOutcome['samples'],
): Promise<void> {
  const oldNames = oldNamesOf(shift);
  await ports.sagemaker.send(
    new UpdateEndpointWeightsAndCapacitiesCommand({
      EndpointName: request.inputs['endpoint-name'] as string,
      DesiredWeightsAndCapacities: [
        ...oldNames.map((VariantName) => ({
          VariantName,
          DesiredWeight: (100 - newPercent) / Math.max(1, oldNames.length),
        })),
        { VariantName: shift.candidateName, DesiredWeight: newPercent },
      ],
    }),
  );
  const failed = await settle(
    ports,
    request,
    { requestedConfig: shift.transitionConfigName, newVariantName: shift.candidateName },
    samples,
  );
  if (failed) throw new Error(failed);
  ports.logger.info(
    `Weights: ${newPercent}% of traffic on the new model (${shift.candidateName}), ${100 - newPercent}% on ${oldNames.join(', ')}.`,
  );
}

/** Puts every request back on the old variants, then the endpoint back on its old config. */
async function restoreOldWeights(
  ports: DeployPorts,
  request: DeployRequest,
  shift: WeightShift,
  stop: ShiftStop,
  samples: ShiftOutcome['samples'],
): Promise<ShiftOutcome> {
  ports.logger.error(`${stop.why} Restoring the previous weights and config ${shift.previousConfigName}.`);
  // A cancelled job still has a moment before the runner kills it: restore without the abort signal.
  const steady = { ...ports, signal: new AbortController().signal };
  const endpointName = request.inputs['endpoint-name'] as string;
  const oldNames = oldNamesOf(shift);
  const watch = { newVariantName: shift.candidateName, plannedShares: [0] };
  try {
    await steady.sagemaker.send(
      new UpdateEndpointWeightsAndCapacitiesCommand({
        EndpointName: endpointName,
        DesiredWeightsAndCapacities: [
          ...oldNames.map((VariantName) => ({ VariantName, DesiredWeight: 1 })),
          { VariantName: shift.candidateName, DesiredWeight: 0 },
        ],
      }),
    );
    await settle(steady, request, { ...watch, requestedConfig: shift.transitionConfigName }, samples);
    ports.logger.info(`All traffic is back on ${oldNames.join(', ')}.`);
    await steady.sagemaker.send(
      new UpdateEndpointCommand({ EndpointName: endpointName, EndpointConfigName: shift.previousConfigName }),
    );
    await settle(steady, request, { ...watch, requestedConfig: shift.previousConfigName }, samples);
  } catch (err) {
    return {
      status: 'failed',
      reason: `${stop.why} Restoring the previous weights failed too: ${(err as Error).message}`,
      firedAlarms: stop.firedAlarms,
      samples,
    };
  }
  return { status: stop.status, reason: stop.why, firedAlarms: stop.firedAlarms, samples };
}

/** All traffic is on the new model: the endpoint settles on the config that has only it, under its usual name. */
async function settleOnNewConfig(
  ports: DeployPorts,
  request: DeployRequest,
  endpointConfigName: string,
  samples: ShiftOutcome['samples'],
): Promise<ShiftOutcome> {
  await ports.sagemaker.send(
    new UpdateEndpointCommand({
      EndpointName: request.inputs['endpoint-name'] as string,
      EndpointConfigName: endpointConfigName,
    }),
  );
  const failed = await settle(
    ports,
    request,
    {
      requestedConfig: endpointConfigName,
      newVariantName: candidateVariantName(request.inputs['variant-name'], endpointConfigName),
    },
    samples,
  );
  if (failed) {
    return {
      status: 'failed',
      reason: `The final switch to ${endpointConfigName} failed: ${failed}`,
      firedAlarms: [],
      samples,
    };
  }
  return { status: 'deployed', firedAlarms: [], samples };
}
