import { SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import {
  AddTagsCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  UpdateEndpointCommand,
  type DescribeEndpointCommandOutput,
} from '@aws-sdk/client-sagemaker';
import {
  alarmStates,
  findEndpoint,
  findEndpointConfig,
  inAlarm,
  modelExists,
  ModelshipError,
  parseDeploymentConfig,
  provenanceTags,
  toSageMakerDeploymentConfig,
  watchEndpointUpdate,
  withAutoScalingSuspended,
  type WatchResult,
} from '@modelship/shared';
import { forcedAlarmReason, inFlightUpdateOf, isInFlight, type InFlightUpdate } from './inFlightUpdate';
import type { RollbackPorts } from './ports';
import { rejectModelPackageOf } from './rejectModelPackage';
import { resolveRollbackTarget, type RollbackTarget } from './resolveRollbackTarget';
import { configWithProvenance } from './rollbackLookups';
import type { RollbackRequest, RollbackResult, RollbackStatus } from './rollbackRequest';
import { readRollbackTo } from './rollbackTarget';

/**
 * Returns the endpoint to a known good config and reports the truth: success is InService on the
 * target config, checked, never assumed. Everything that can be wrong with the request (unknown
 * endpoint or config, nothing recorded, no other approved version) fails before anything changes.
 */
export async function rollback(ports: RollbackPorts, request: RollbackRequest): Promise<RollbackResult> {
  const { inputs } = request;
  // rollbackInputProblems requires endpoint-name with target sagemaker, before this runs.
  const endpointName = inputs['endpoint-name'] as string;
  const deadlineMs = request.startedAtMs + inputs['timeout-minutes'] * 60_000;
  const steps: string[] = [];
  const did = (line: string) => {
    steps.push(line);
    ports.logger.info(line);
  };

  let endpoint = await findEndpoint(ports, endpointName);
  if (!endpoint) {
    throw new ModelshipError(
      `Endpoint ${endpointName} does not exist in ${request.region}, so there is nothing to roll back; nothing changed.`,
      'Check endpoint-name, and region (or AWS_REGION): endpoints are regional.',
    );
  }
  refuseUnrecoverable(endpoint);
  const inFlight = isInFlight(endpoint.EndpointStatus)
    ? await withConfigBeforeUpdate(ports, inFlightUpdateOf(endpoint))
    : undefined;
  const forcing = inFlight !== undefined && inputs['in-flight'] === 'force' && inFlight.status === 'Updating';
  if (inFlight) refuseInFlight(endpointName, inFlight, inputs['in-flight'], forcing);

  // Everything below up to the first change only reads: a bad target fails with nothing changed.
  const target = await resolveRollbackTarget(ports, {
    to: readRollbackTo(inputs.to),
    endpointName,
    servingConfig: endpoint.EndpointConfigName,
    inFlight,
    inputs,
    provenance: request.provenance,
  });
  // Serverless variants have no instances: their steps are shares of requests, not of a fleet.
  const instanceCount = target.variant?.ServerlessConfig ? undefined : target.variant?.InitialInstanceCount;
  const strategy = parseDeploymentConfig(inputs['deployment-config'], { instanceCount });
  await refuseUnusableAlarms(ports, inputs.alarms ?? []);

  const from = inFlight?.pendingConfig ?? endpoint.EndpointConfigName;
  ports.logger.info(
    `Rolling back ${endpointName} from ${from ?? '-'} to ${target.configName} (${target.why})${inputs.reason ? `; reason: ${inputs.reason}` : ''}.`,
  );
  ports.setOutput('rolled-back-from', from ?? '');
  ports.setOutput('rolled-back-to', target.configName);
  ports.setOutput('model-package-arn', target.modelPackageArn ?? '');
  let rejectedPackageArn: string | undefined;
  const result = (status: RollbackStatus, extra: Partial<RollbackResult> = {}): RollbackResult => ({
    status,
    endpointName,
    from,
    to: target.configName,
    servingConfig: endpoint?.EndpointConfigName,
    modelPackageArn: target.modelPackageArn,
    rejectedPackageArn,
    steps,
    durationSeconds: Math.round((ports.clock.now() - request.startedAtMs) / 1000),
    ...extra,
  });
  const rejectIfAsked = async () => {
    if (!inputs['reject-model-package'] || rejectedPackageArn) return;
    if (!from || from === target.configName) {
      did('reject-model-package: nothing was rolled back away from, so nothing was marked Rejected.');
      return;
    }
    const rejection = await rejectModelPackageOf(
      ports,
      from,
      target.modelPackageArn,
      inputs.reason ?? `Rolled back by modelship from ${from} to ${target.configName}.`,
    );
    if (rejection.kind === 'rejected') {
      rejectedPackageArn = rejection.arn;
      did(`Marked model package ${rejection.arn} Rejected.`);
    } else {
      ports.logger.warning(`reject-model-package: ${rejection.why}.`);
      steps.push(`reject-model-package: ${rejection.why}.`);
    }
  };

  let forced = false;
  if (inFlight) {
    if (forcing) {
      await forceGuardrailsRollback(ports, endpointName, inFlight, inputs.reason);
      forced = true;
      did(
        `Set alarm ${inFlight.alarms.join(', ')} to ALARM so that SageMaker rolls back the in-flight update to ${inFlight.pendingConfig ?? 'a new config'} itself (SageMaker has no API to cancel an update).`,
      );
      await rejectIfAsked();
    } else {
      did(`Waiting for the ${inFlight.status} endpoint to settle first (in-flight: ${inputs['in-flight']}).`);
    }
    const settled = await watchEndpointUpdate(ports, {
      endpointName,
      requestedConfig: inFlight.configBeforeUpdate ?? inFlight.pendingConfig ?? '',
      guardingAlarms: [],
      plannedShares: [100],
      startedAtMs: ports.clock.now(),
      deadlineMs,
    });
    if (settled.kind !== 'finished') return result('failed', { failure: unfinishedReason(settled) });
    endpoint = { ...endpoint, ...settled.snapshot };
    const now = endpoint.EndpointConfigName;
    if (endpoint.EndpointStatus !== 'InService') {
      return result('failed', {
        failure: `The in-flight update ended with the endpoint ${endpoint.EndpointStatus}${endpoint.FailureReason ? ` (${endpoint.FailureReason})` : ''}.`,
      });
    }
    if (now === inFlight.configBeforeUpdate) {
      did(
        `${forced ? 'SageMaker rolled the update back' : 'The update was rolled back'}: ${endpointName} is InService on ${now} again.`,
      );
    } else {
      did(
        `The in-flight update finished before it could be stopped: ${endpointName} is InService on ${now}.`,
      );
    }
  }

  if (endpoint.EndpointStatus === 'InService' && endpoint.EndpointConfigName === target.configName) {
    ports.setOutput('endpoint-config-name', target.configName);
    if (!forced && !inFlight) {
      did(`${endpointName} already serves ${target.configName} and is InService: nothing to do.`);
      return result('already-there');
    }
    await rejectIfAsked();
    await recordRollbackOnEndpoint(ports, endpoint, from, target.configName, inputs.reason);
    return result(forced ? 'rolled-back' : 'already-there');
  }

  await createTargetResources(ports, target, did);
  const guardingAlarms = inputs.alarms ?? [];
  const servingVariant = await variantOfConfig(
    ports,
    endpoint.EndpointConfigName,
    target.variant?.VariantName,
  );
  const instanceTypeChanges = Boolean(
    servingVariant?.InstanceType &&
    target.variant?.InstanceType &&
    servingVariant.InstanceType !== target.variant.InstanceType,
  );
  const servingBefore = endpoint;
  // SageMaker refuses an instance-type change under auto scaling: suspended around the update, restored after.
  const watched = await withAutoScalingSuspended(
    ports,
    { endpointName, variantName: target.variant?.VariantName ?? '', instanceTypeChanges },
    async () => {
      await ports.sagemaker.send(
        new UpdateEndpointCommand({
          EndpointName: endpointName,
          EndpointConfigName: target.configName,
          DeploymentConfig: toSageMakerDeploymentConfig(strategy, { instanceCount, alarms: guardingAlarms }),
        }),
      );
      did(
        `UpdateEndpoint ${endpointName}: ${servingBefore.EndpointConfigName ?? '-'} → ${target.configName} with ${strategy.preset}${guardingAlarms.length ? `, guarded by ${guardingAlarms.join(', ')}` : ''}${instanceTypeChanges ? ` (instance type ${servingVariant?.InstanceType} → ${target.variant?.InstanceType}, auto scaling suspended meanwhile)` : ''}.`,
      );
      await recordRollbackOnEndpoint(ports, servingBefore, from, target.configName, inputs.reason);
      await rejectIfAsked();
      if (!inputs.wait) return undefined;
      return watchEndpointUpdate(ports, {
        endpointName,
        requestedConfig: target.configName,
        guardingAlarms,
        plannedShares: [100],
        startedAtMs: ports.clock.now(),
        deadlineMs,
      });
    },
  );
  if (!watched) {
    did('wait: false, so the action does not wait for InService on the target config.');
    return result('in-progress');
  }
  if (watched.kind !== 'finished') return result('failed', { failure: unfinishedReason(watched) });
  endpoint = { ...endpoint, ...watched.snapshot };
  if (watched.outcome.kind === 'deployed') {
    ports.setOutput('endpoint-config-name', target.configName);
    did(`${endpointName} is InService on ${target.configName}.`);
    return result('rolled-back');
  }
  return result('failed', {
    failure:
      watched.outcome.kind === 'rolled-back'
        ? `The rollback to ${target.configName} was itself rolled back: ${watched.outcome.reason}`
        : `The rollback to ${target.configName} failed: ${'reason' in watched.outcome ? watched.outcome.reason : 'no reason given'}`,
  });
}

/** States no UpdateEndpoint can leave: said plainly before anything is tried. */
function refuseUnrecoverable(endpoint: DescribeEndpointCommandOutput): void {
  const name = endpoint.EndpointName;
  switch (endpoint.EndpointStatus) {
    case 'Failed':
      throw new ModelshipError(
        `Endpoint ${name} is Failed${endpoint.FailureReason ? ` (${endpoint.FailureReason})` : ''}; SageMaker allows only DeleteEndpoint on it, so it cannot be rolled back. Nothing changed.`,
        'Delete the endpoint and create it again with deploy-endpoint on a known good model.',
      );
    case 'Creating':
      throw new ModelshipError(
        `Endpoint ${name} is still being created, so it has no earlier config to roll back to; nothing changed.`,
        'Wait for the creation to end; if the model is bad, delete the endpoint or deploy a good model.',
      );
    case 'Deleting':
      throw new ModelshipError(`Endpoint ${name} is being deleted; nothing changed.`);
  }
}

function refuseInFlight(
  endpointName: string,
  inFlight: InFlightUpdate,
  mode: 'force' | 'wait' | 'fail',
  forcing: boolean,
): void {
  const what = `Endpoint ${endpointName} is ${inFlight.status}${inFlight.pendingConfig ? ` (update to ${inFlight.pendingConfig})` : ''}`;
  if (mode === 'fail') {
    throw new ModelshipError(
      `${what} and in-flight is fail, so nothing changed.`,
      'Run again with in-flight: force to make SageMaker roll the update back through its alarms, or in-flight: wait to roll back after it ends.',
    );
  }
  if (forcing && inFlight.alarms.length === 0) {
    throw new ModelshipError(
      `${what}, and that update cannot be forced back: its DeploymentConfig has no AutoRollbackConfiguration alarms to set to ALARM, and SageMaker has no API to cancel an update. Nothing changed.`,
      'Run again with in-flight: wait to roll back once the update ends; guard future deployments with alarms (deploy-endpoint alarms or alarm-thresholds) so that they can be stopped.',
    );
  }
}

/** When DescribeEndpoint does not tell the config before the update, the pending config's tags do. */
async function withConfigBeforeUpdate(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  inFlight: InFlightUpdate,
): Promise<InFlightUpdate> {
  if (inFlight.configBeforeUpdate || !inFlight.pendingConfig) return inFlight;
  const pending = await configWithProvenance(ports, inFlight.pendingConfig);
  return { ...inFlight, configBeforeUpdate: pending?.provenance.previousEndpointConfig };
}

async function refuseUnusableAlarms(ports: Pick<RollbackPorts, 'cloudwatch'>, alarms: string[]) {
  if (!alarms.length) return;
  const states = await alarmStates(ports, alarms);
  const missing = states.filter((s) => s.state === 'MISSING').map((s) => s.name);
  if (missing.length) {
    throw new ModelshipError(
      `Alarm ${missing.join(', ')} does not exist, so it cannot guard the rollback; nothing changed.`,
      'Create the alarm first, or leave it out of alarms.',
    );
  }
  const firing = inAlarm(states).map((s) => s.name);
  if (firing.length) {
    throw new ModelshipError(
      `Alarm ${firing.join(', ')} is in ALARM now: guarding the rollback with it would make SageMaker undo the rollback at once. Nothing changed.`,
      'Leave alarms that watch the failing deployment out of alarms (a rollback does not need them), or wait for them to return to OK.',
    );
  }
}

async function forceGuardrailsRollback(
  ports: Pick<RollbackPorts, 'cloudwatch'>,
  endpointName: string,
  inFlight: InFlightUpdate,
  reason: string | undefined,
) {
  const stateReason = forcedAlarmReason(endpointName, inFlight, reason);
  for (const alarm of inFlight.alarms) {
    await ports.cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: alarm, StateValue: 'ALARM', StateReason: stateReason }),
    );
  }
}

async function createTargetResources(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  target: RollbackTarget,
  did: (line: string) => void,
) {
  if (!target.create) return;
  const { model, config } = target.create;
  if (model.ModelName && !(await modelExists(ports, model.ModelName))) {
    await ports.sagemaker.send(new CreateModelCommand(model));
    did(`Created model ${model.ModelName} from ${target.modelPackageArn}.`);
  }
  if (!(await findEndpointConfig(ports, target.configName))) {
    await ports.sagemaker.send(new CreateEndpointConfigCommand(config));
    did(`Created endpoint config ${target.configName}.`);
  }
}

/** Tags on the endpoint, so that whoever looks at it later sees that it was rolled back, from what, and why. */
async function recordRollbackOnEndpoint(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  endpoint: DescribeEndpointCommandOutput,
  from: string | undefined,
  to: string,
  reason: string | undefined,
) {
  if (!endpoint.EndpointArn) return;
  await ports.sagemaker.send(
    new AddTagsCommand({
      ResourceArn: endpoint.EndpointArn,
      Tags: provenanceTags(
        {},
        {
          'modelship:rolled-back': `${from ?? '-'} to ${to}`,
          ...(reason ? { 'modelship:rollback-reason': reason } : {}),
        },
      ),
    }),
  );
}

function unfinishedReason(watched: Exclude<WatchResult, { kind: 'finished' }>): string {
  return watched.kind === 'cancelled'
    ? 'The job was cancelled while waiting; SageMaker goes on with what was started.'
    : `The endpoint was still ${watched.snapshot.EndpointStatus} when timeout-minutes ran out; SageMaker goes on with what was started.`;
}

/** The variant of an endpoint config with this name (its first when unnamed), to compare instance types. */
async function variantOfConfig(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  configName: string | undefined,
  variantName: string | undefined,
) {
  if (!configName) return undefined;
  const config = await findEndpointConfig(ports, configName);
  const variants = config?.ProductionVariants ?? [];
  return variants.find((v) => v.VariantName === variantName) ?? variants[0];
}
