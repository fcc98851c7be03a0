import {
  CreateEndpointConfigCommand,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
  type DescribeEndpointCommandOutput,
  type DescribeEndpointConfigCommandOutput,
  type ProductionVariant,
} from '@aws-sdk/client-sagemaker';
import {
  alarmStates,
  deterministicName,
  findEndpointConfig,
  inAlarm,
  provenanceTags,
  watchEndpointUpdate,
  weightSteps,
  type TrafficSample,
} from '@modelship/shared';
import type { DeployResult } from './deployEndpoint';
import type { DeployRequest, DeployStatus } from './deployRequest';
import { endpointConfigSettings } from './endpointConfigRequest';
import type { DeployPorts } from './ports';

/** The new model's variant while it runs beside the old one: the usual name and the new config's suffix. */
export function candidateVariantName(variantName: string, endpointConfigName: string): string {
  return `${variantName}-${endpointConfigName.slice(-14)}`.slice(0, 63);
}

interface WeightShiftContext {
  existing: DescribeEndpointCommandOutput;
  previousConfig?: DescribeEndpointConfigCommandOutput;
  endpointConfigName: string;
  modelName: string;
  guardingAlarms: string[];
  deadlineMs: number;
  result: (status: DeployStatus, extra?: Partial<DeployResult>) => DeployResult;
}

/**
 * Client-side traffic shifting for endpoints SageMaker's guardrails do not cover (serverless, async,
 * several variants): the new model runs as a second variant beside the old one, the action moves
 * UpdateEndpointWeightsAndCapacities step by step watching the alarms, and on an alarm, an error or a
 * cancel it puts all traffic back on the old variant before leaving.
 */
export async function shiftWeights(
  ports: DeployPorts,
  request: DeployRequest,
  ctx: WeightShiftContext,
): Promise<DeployResult> {
  const { inputs } = request;
  const endpointName = inputs['endpoint-name'] as string;
  const previousName = ctx.existing.EndpointConfigName as string;
  const oldVariants: ProductionVariant[] = ctx.previousConfig?.ProductionVariants ?? [];
  const oldNames = oldVariants.map((v) => v.VariantName as string);
  const newVariant = endpointConfigSettings(inputs, ctx.modelName)
    .ProductionVariants?.[0] as ProductionVariant;
  const candidateName = candidateVariantName(inputs['variant-name'], ctx.endpointConfigName);
  const candidate: ProductionVariant = { ...newVariant, VariantName: candidateName, InitialVariantWeight: 0 };
  const transitionName = deterministicName(endpointName, request.provenance.gitSha ?? '0000000', {
    transition: ctx.endpointConfigName,
  });
  const samples: TrafficSample[] = [];
  const sample = (percent: number, alarms: string[] = []) =>
    samples.push({
      atMs: ports.clock.now() - request.startedAtMs,
      newFleetPercent: percent,
      status: 'Updating',
      alarmsInAlarm: alarms,
    });

  const waitFor = async (configName: string) => {
    const watched = await watchEndpointUpdate(ports, {
      endpointName,
      requestedConfig: configName,
      guardingAlarms: [],
      plannedShares: [100],
      startedAtMs: ports.clock.now(),
      deadlineMs: ctx.deadlineMs,
    });
    if (watched.kind !== 'finished' || watched.outcome.kind !== 'deployed') {
      throw new Error(
        watched.kind === 'finished' && 'reason' in watched.outcome
          ? watched.outcome.reason
          : `endpoint did not reach ${configName} (${watched.kind})`,
      );
    }
  };
  const setWeights = async (newPercent: number) => {
    await ports.sagemaker.send(
      new UpdateEndpointWeightsAndCapacitiesCommand({
        EndpointName: endpointName,
        DesiredWeightsAndCapacities: [
          ...oldNames.map((VariantName) => ({
            VariantName,
            DesiredWeight: (100 - newPercent) / Math.max(1, oldNames.length),
          })),
          { VariantName: candidateName, DesiredWeight: newPercent },
        ],
      }),
    );
    await waitFor(transitionName);
    sample(newPercent);
    ports.logger.info(
      `Weights: ${newPercent}% of traffic on the new model (${candidateName}), ${100 - newPercent}% on ${oldNames.join(', ')}.`,
    );
  };
  /** Puts every request back on the old variant, then the endpoint back on its old config. */
  const restore = async (why: string, status: DeployStatus, fired: string[] = []) => {
    ports.logger.error(`${why} Restoring the previous weights and config ${previousName}.`);
    // A cancelled job still has a moment before the runner kills it: restore without the abort signal.
    const steady = { ...ports, signal: new AbortController().signal };
    try {
      await steady.sagemaker.send(
        new UpdateEndpointWeightsAndCapacitiesCommand({
          EndpointName: endpointName,
          DesiredWeightsAndCapacities: [
            ...oldNames.map((VariantName) => ({ VariantName, DesiredWeight: 1 })),
            { VariantName: candidateName, DesiredWeight: 0 },
          ],
        }),
      );
      await watchEndpointUpdate(steady, {
        endpointName,
        requestedConfig: transitionName,
        guardingAlarms: [],
        plannedShares: [0],
        startedAtMs: ports.clock.now(),
        deadlineMs: ctx.deadlineMs,
      });
      sample(0, fired);
      ports.logger.info(`All traffic is back on ${oldNames.join(', ')}.`);
      await steady.sagemaker.send(
        new UpdateEndpointCommand({ EndpointName: endpointName, EndpointConfigName: previousName }),
      );
      await watchEndpointUpdate(steady, {
        endpointName,
        requestedConfig: previousName,
        guardingAlarms: [],
        plannedShares: [0],
        startedAtMs: ports.clock.now(),
        deadlineMs: ctx.deadlineMs,
      });
    } catch (err) {
      return ctx.result('failed', {
        reason: `${why} Restoring the previous weights failed too: ${(err as Error).message}`,
        samples,
      });
    }
    return ctx.result(status, { reason: why, firedAlarms: fired, samples });
  };

  const tags = provenanceTags(
    { ...request.provenance, previousEndpointConfig: previousName },
    inputs.tags ?? {},
  );
  if (!(await findEndpointConfig(ports, transitionName))) {
    await ports.sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: transitionName,
        ProductionVariants: [...oldVariants, candidate],
        AsyncInferenceConfig: ctx.previousConfig?.AsyncInferenceConfig,
        Tags: tags,
      }),
    );
  }
  ports.logger.info(
    `Adding the new model as variant ${candidateName} beside ${oldNames.join(', ')} (config ${transitionName}).`,
  );
  await ports.sagemaker.send(
    new UpdateEndpointCommand({ EndpointName: endpointName, EndpointConfigName: transitionName }),
  );
  try {
    await waitFor(transitionName);
  } catch (err) {
    return ctx.result('failed', {
      reason: `Could not add the new variant: ${(err as Error).message}`,
      samples,
    });
  }

  for (const { newWeightPercent: percent, bakeSeconds } of weightSteps(request.strategy)) {
    if (ports.signal.aborted) return restore('The job was cancelled during the traffic shift.', 'failed');
    try {
      await setWeights(percent);
    } catch (err) {
      return restore(`Shifting weights failed: ${(err as Error).message}.`, 'failed');
    }
    const bakeEnd = ports.clock.now() + bakeSeconds * 1000;
    for (;;) {
      const fired = ctx.guardingAlarms.length
        ? inAlarm(await alarmStates(ports, ctx.guardingAlarms)).map((a) => a.name)
        : [];
      if (fired.length)
        return restore(
          `Alarm ${fired.join(', ')} went into ALARM at ${percent}% of traffic.`,
          'rolled-back',
          fired,
        );
      if (ports.signal.aborted) return restore('The job was cancelled during the traffic shift.', 'failed');
      if (ports.clock.now() >= bakeEnd) break;
      try {
        await ports.clock.sleep(Math.min(2_000, bakeEnd - ports.clock.now()), ports.signal);
      } catch {
        return restore('The job was cancelled during the traffic shift.', 'failed');
      }
    }
  }
  // All traffic is on the new model: settle on the config that has only it, under its usual variant name.
  await ports.sagemaker.send(
    new UpdateEndpointCommand({ EndpointName: endpointName, EndpointConfigName: ctx.endpointConfigName }),
  );
  try {
    await waitFor(ctx.endpointConfigName);
  } catch (err) {
    return ctx.result('failed', {
      reason: `The final switch to ${ctx.endpointConfigName} failed: ${(err as Error).message}`,
      samples,
    });
  }
  return ctx.result('deployed', { samples });
}
