import { PutMetricAlarmCommand, DeleteAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  UpdateEndpointCommand,
  type ContainerDefinition,
} from '@aws-sdk/client-sagemaker';
import {
  alarmStates,
  deterministicName,
  findEndpoint,
  findEndpointConfig,
  greenShares,
  inAlarm,
  modelExists,
  ModelshipError,
  parseAlarmThresholds,
  provenanceTags,
  thresholdAlarmInputs,
  toSageMakerDeploymentConfig,
  watchEndpointUpdate,
  withAutoScalingSuspended,
  type TrafficSample,
  type WatchedAlarm,
  type WatchResult,
} from '@modelship/shared';
import { unusableAlarmsError } from '@modelship/shared/alarmPreCheck';
import { registerAutoScaling } from './autoScalingRegistration';
import { planDeployment, type DeploymentPlanReport, type ShiftingMode } from './deploymentPlan';
import type { DeployRequest, DeployStatus } from './deployRequest';
import { endpointConfigSettings } from './endpointConfigRequest';
import type { DeployPorts } from './ports';
import { resolveContainers } from './sagemakerLookups';
import { candidateVariantName, shiftWeights } from './weightShifting';

export interface DeployResult {
  status: DeployStatus;
  endpointArn?: string;
  endpointConfigName: string;
  previousEndpointConfigName?: string;
  modelName: string;
  plan: DeploymentPlanReport;
  /** Why it failed or rolled back, and which alarms fired. */
  reason?: string;
  firedAlarms: string[];
  samples: TrafficSample[];
  durationSeconds: number;
}

/**
 * Creates or updates the endpoint and reports the truth about the outcome: success is InService on the
 * requested config, anything else (rollback, failure, timeout) is a failure with its reason.
 */
export async function deployEndpoint(ports: DeployPorts, request: DeployRequest): Promise<DeployResult> {
  const { inputs } = request;
  // deployInputProblems requires endpoint-name with target sagemaker, before this runs.
  const endpointName = inputs['endpoint-name'] as string;
  const containers = await resolveContainers(ports, request.source);
  const existing = await findEndpoint(ports, endpointName);
  if (existing && existing.EndpointStatus !== 'InService') {
    throw new ModelshipError(
      `Endpoint ${endpointName} is ${existing.EndpointStatus}${existing.FailureReason ? ` (${existing.FailureReason})` : ''}; it must be InService to be updated.`,
      existing.EndpointStatus === 'Failed'
        ? 'A Failed endpoint can only be deleted: delete it and run again to create it anew.'
        : 'Wait for the current update to end, or stop it with the rollback action (in-flight: force).',
    );
  }
  const previousConfig = existing?.EndpointConfigName
    ? await findEndpointConfig(ports, existing.EndpointConfigName)
    : undefined;

  const modelSettings = modelSettingsOf(request, containers);
  // Without a commit (a run outside GitHub) the settings hash alone tells deployments apart.
  const gitSha = request.provenance.gitSha ?? '0000000';
  const modelName =
    request.source.kind === 'model'
      ? request.source.name
      : deterministicName(endpointName, gitSha, modelSettings);
  const configSettings = endpointConfigSettings(inputs, modelName);
  const endpointConfigName = deterministicName(endpointName, gitSha, configSettings);
  const previousEndpointConfigName = existing?.EndpointConfigName;
  const shifting = shiftingMode(
    request,
    existing !== undefined,
    previousEndpointConfigName === endpointConfigName,
  );

  // Guardrails tell the new fleet apart by its EndpointConfigName dimension; weights mode by its variant.
  const alarmScope =
    shifting === 'weights'
      ? { endpointName, variantName: candidateVariantName(inputs['variant-name'], endpointConfigName) }
      : { endpointName, variantName: inputs['variant-name'], endpointConfigName };
  const thresholdRequests = inputs['alarm-thresholds']
    ? thresholdAlarmInputs(parseAlarmThresholds(inputs['alarm-thresholds']), alarmScope)
    : [];
  const namedAlarms = inputs.alarms ?? [];
  const guardingAlarms = [...namedAlarms, ...thresholdRequests.map((a) => a.AlarmName as string)];
  const namedStates = namedAlarms.length ? await alarmStates(ports, namedAlarms) : [];
  const watchedAlarms: WatchedAlarm[] = [
    // One DescribeAlarms answers both the pre-checks and the plan's bake-versus-alarm warnings.
    ...namedStates
      .filter((a) => a.state !== 'MISSING')
      .map((a) => ({
        name: a.name,
        state: a.state as WatchedAlarm['state'],
        periodSeconds: a.periodSeconds,
        evaluationPeriods: a.evaluationPeriods,
      })),
    ...thresholdRequests.map((a) => ({
      name: a.AlarmName as string,
      periodSeconds: a.Period,
      evaluationPeriods: a.EvaluationPeriods,
    })),
  ];
  const previousContainers = previousConfig
    ? await previousModelContainers(ports, previousConfig.ProductionVariants?.[0]?.ModelName)
    : undefined;
  const plan = planDeployment({
    endpointName,
    modelName,
    containers,
    endpointConfigName,
    newConfig: configSettings,
    previousConfig,
    previousContainers,
    strategy: request.strategy,
    shifting,
    alarms: watchedAlarms,
    rollbackWindowSeconds: inputs['rollback-window-seconds'],
  });
  for (const warning of plan.warnings) ports.logger.warning(warning);
  for (const missing of namedStates.filter((a) => a.state === 'MISSING')) {
    plan.warnings.push(`Alarm ${missing.name} does not exist: it cannot guard the deployment.`);
  }
  const result = (status: DeployStatus, extra: Partial<DeployResult> = {}): DeployResult => ({
    status,
    endpointArn: existing?.EndpointArn,
    endpointConfigName,
    previousEndpointConfigName,
    modelName,
    plan,
    firedAlarms: [],
    samples: [],
    durationSeconds: Math.round((ports.clock.now() - request.startedAtMs) / 1000),
    ...extra,
  });
  if (inputs.mode === 'plan') return result('planned');

  const unusable = unusableAlarmsError(namedStates, {
    guarding: 'the deployment',
    firingConsequence: 'a deployment guarded by it would roll back at once, and it was not started',
    missingHint:
      'Create the alarm first, or use alarm-thresholds to let the action create alarms for the new fleet.',
    firingHint: 'Find out why the alarm fires on the current endpoint first.',
  });
  if (unusable) throw unusable;
  if (shifting === 'unchanged') {
    ports.logger.info(`Endpoint ${endpointName} already serves ${endpointConfigName}: nothing to deploy.`);
    return result('deployed');
  }

  ports.setOutput('model-name', modelName);
  ports.setOutput('endpoint-config-name', endpointConfigName);
  ports.setOutput('previous-endpoint-config-name', previousEndpointConfigName ?? '');
  const tags = provenanceTags(
    {
      ...request.provenance,
      modelPackageArn: request.source.kind === 'package' ? request.source.arn : undefined,
      previousEndpointConfig: previousEndpointConfigName,
    },
    inputs.tags ?? {},
  );
  if (request.source.kind !== 'model' && !(await modelExists(ports, modelName))) {
    await ports.sagemaker.send(
      new CreateModelCommand({ ModelName: modelName, ...modelSettings, Tags: tags }),
    );
    ports.logger.info(`Created model ${modelName}.`);
  }
  if (!(await findEndpointConfig(ports, endpointConfigName))) {
    await ports.sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: endpointConfigName,
        ...configSettings,
        Tags: tags,
      }),
    );
    ports.logger.info(`Created endpoint config ${endpointConfigName}.`);
  }
  for (const alarm of thresholdRequests) {
    await ports.cloudwatch.send(new PutMetricAlarmCommand({ ...alarm, Tags: tags }));
    ports.logger.info(`Alarm ${alarm.AlarmName}: ${alarm.AlarmDescription}`);
  }

  const deadlineMs = request.startedAtMs + inputs['timeout-minutes'] * 60_000;
  let watched: WatchResult | undefined;
  if (!existing) {
    const created = await ports.sagemaker.send(
      new CreateEndpointCommand({
        EndpointName: endpointName,
        EndpointConfigName: endpointConfigName,
        Tags: tags,
      }),
    );
    ports.setOutput('endpoint-arn', created.EndpointArn ?? '');
    ports.logger.info(`Creating endpoint ${endpointName} on ${endpointConfigName}.`);
    if (!inputs.wait) return result('in-progress', { endpointArn: created.EndpointArn });
    watched = await watchEndpointUpdate(ports, {
      endpointName,
      requestedConfig: endpointConfigName,
      guardingAlarms: [],
      plannedShares: [100],
      startedAtMs: ports.clock.now(),
      deadlineMs,
    });
  } else if (shifting === 'weights') {
    return await shiftWeights(ports, request, {
      existing,
      previousConfig: previousConfig ?? undefined,
      endpointConfigName,
      modelName,
      guardingAlarms,
      deadlineMs,
      result,
    });
  } else {
    const deploymentConfig = toSageMakerDeploymentConfig(request.strategy, {
      instanceCount: configSettings.ProductionVariants?.[0]?.InitialInstanceCount,
      alarms: guardingAlarms,
    });
    const previousVariant = previousConfig?.ProductionVariants?.[0];
    const newVariant = configSettings.ProductionVariants?.[0];
    watched = await withAutoScalingSuspended(
      ports,
      {
        endpointName,
        variantName: inputs['variant-name'],
        instanceTypeChanges: Boolean(
          previousVariant && newVariant && previousVariant.InstanceType !== newVariant.InstanceType,
        ),
      },
      async () => {
        await ports.sagemaker.send(
          new UpdateEndpointCommand({
            EndpointName: endpointName,
            EndpointConfigName: endpointConfigName,
            DeploymentConfig: deploymentConfig,
          }),
        );
        ports.logger.info(
          `Updating ${endpointName} from ${previousEndpointConfigName} to ${endpointConfigName} with ${request.strategy.preset} under SageMaker guardrails${guardingAlarms.length ? `, guarded by ${guardingAlarms.join(', ')}` : ' (no alarms: nothing can roll it back automatically)'}.`,
        );
        if (!inputs.wait) return undefined;
        return watchEndpointUpdate(ports, {
          endpointName,
          requestedConfig: endpointConfigName,
          guardingAlarms,
          plannedShares: greenShares(
            request.strategy,
            configSettings.ProductionVariants?.[0]?.InitialInstanceCount,
          ),
          startedAtMs: ports.clock.now(),
          deadlineMs,
        });
      },
    );
    if (!watched) return result('in-progress');
  }

  const outcome = await outcomeOf(ports, watched, shifting, guardingAlarms);
  if (
    outcome.status === 'deployed' &&
    inputs['rollback-window-seconds'] > 0 &&
    existing &&
    previousEndpointConfigName
  ) {
    const windowed = await watchRollbackWindow(
      ports,
      request,
      guardingAlarms,
      previousEndpointConfigName,
      endpointConfigName,
    );
    if (windowed) return result('rolled-back', { ...windowed, samples: watched.samples });
  }
  if (
    outcome.status === 'deployed' &&
    inputs['autoscaling-min'] !== undefined &&
    inputs['autoscaling-max'] !== undefined
  ) {
    await registerAutoScaling(
      ports,
      { endpointName, variantName: inputs['variant-name'] },
      {
        min: inputs['autoscaling-min'],
        max: inputs['autoscaling-max'],
        targetInvocationsPerInstance: inputs['autoscaling-target-invocations'],
        schedule: inputs['autoscaling-schedule'],
      },
    );
  }
  if (!inputs['keep-alarms'] && thresholdRequests.length) {
    await ports.cloudwatch.send(
      new DeleteAlarmsCommand({ AlarmNames: thresholdRequests.map((a) => a.AlarmName as string) }),
    );
  }
  return result(outcome.status, { ...outcome, samples: watched.samples });
}

function modelSettingsOf(request: DeployRequest, containers: ContainerDefinition[]) {
  const { inputs } = request;
  const vpc =
    inputs['vpc-subnets']?.length && inputs['vpc-security-groups']?.length
      ? { Subnets: inputs['vpc-subnets'], SecurityGroupIds: inputs['vpc-security-groups'] }
      : undefined;
  return {
    ExecutionRoleArn: inputs['execution-role-arn'],
    ...(containers.length > 1
      ? {
          Containers: containers,
          InferenceExecutionConfig: {
            Mode: request.source.kind === 'containers' ? request.source.mode : 'Serial',
          },
        }
      : { PrimaryContainer: containers[0] }),
    VpcConfig: vpc,
    EnableNetworkIsolation: inputs['network-isolation'] || undefined,
  };
}

/** Guardrails where SageMaker runs them; client-side weights where it would silently go all at once. */
function shiftingMode(request: DeployRequest, exists: boolean, sameConfig: boolean): ShiftingMode {
  if (!exists) return 'create';
  if (sameConfig) return 'unchanged';
  const choice = request.inputs['traffic-shifting'];
  if (choice !== 'auto') return choice;
  const type = request.inputs['endpoint-type'];
  return (type === 'serverless' || type === 'async') && request.strategy.kind !== 'all-at-once'
    ? 'weights'
    : 'guardrails';
}

async function previousModelContainers(ports: DeployPorts, modelName: string | undefined) {
  if (!modelName) return undefined;
  try {
    return await resolveContainers(ports, { kind: 'model', name: modelName });
  } catch {
    return undefined;
  }
}

async function outcomeOf(
  ports: DeployPorts,
  watched: WatchResult,
  shifting: ShiftingMode,
  guardingAlarms: string[],
): Promise<Partial<DeployResult> & { status: DeployStatus }> {
  switch (watched.kind) {
    case 'cancelled':
      return {
        status: 'failed',
        reason:
          shifting === 'guardrails'
            ? 'The job was cancelled while waiting. SageMaker stays in charge of the deployment and keeps guarding it with its alarms; follow it in the console or run the rollback action.'
            : 'The job was cancelled while the endpoint was being created.',
      };
    case 'timed-out':
      return {
        status: 'failed',
        reason: `The endpoint was still ${watched.snapshot.EndpointStatus} when timeout-minutes ran out; SageMaker goes on with the deployment.`,
      };
    case 'finished': {
      // An alarm may be back to OK by the next poll; SageMaker's FailureReason still names it.
      const reason = 'reason' in watched.outcome ? watched.outcome.reason : '';
      const fired = [
        ...new Set([
          ...watched.firedAlarms.map((a) => a.name),
          ...guardingAlarms.filter((name) => reason.includes(name)),
        ]),
      ];
      if (watched.outcome.kind === 'deployed') return { status: 'deployed', firedAlarms: fired };
      if (watched.outcome.kind === 'rolled-back') {
        return { status: 'rolled-back', reason: watched.outcome.reason, firedAlarms: fired };
      }
      if (watched.outcome.kind === 'failed')
        return { status: 'failed', reason: watched.outcome.reason, firedAlarms: fired };
      ports.logger.debug(`unexpected outcome ${JSON.stringify(watched.outcome)}`);
      return { status: 'failed', reason: 'The deployment ended in an unknown state.' };
    }
  }
}

/**
 * After all traffic moved, the alarms keep watching for `rollback-window-seconds`: a regression that
 * shows only under full traffic still rolls back, here by the action, to the previous config.
 */
async function watchRollbackWindow(
  ports: DeployPorts,
  request: DeployRequest,
  alarms: string[],
  previousConfig: string,
  newConfig: string,
): Promise<Partial<DeployResult> | undefined> {
  if (!alarms.length) {
    ports.logger.warning(
      'rollback-window-seconds is set but no alarms guard the deployment: there is nothing to watch.',
    );
    return undefined;
  }
  const endpointName = request.inputs['endpoint-name'] as string;
  const end = ports.clock.now() + request.inputs['rollback-window-seconds'] * 1000;
  ports.logger.info(
    `Watching ${alarms.join(', ')} for ${request.inputs['rollback-window-seconds']} s before calling the deployment done.`,
  );
  while (ports.clock.now() < end) {
    const fired = inAlarm(await alarmStates(ports, alarms));
    if (fired.length) {
      const names = fired.map((a) => a.name);
      ports.logger.error(
        `Alarm ${names.join(', ')} fired in the rollback window: rolling back to ${previousConfig}.`,
      );
      await ports.sagemaker.send(
        new UpdateEndpointCommand({ EndpointName: endpointName, EndpointConfigName: previousConfig }),
      );
      const back = await watchEndpointUpdate(ports, {
        endpointName,
        requestedConfig: previousConfig,
        guardingAlarms: [],
        plannedShares: [100],
        startedAtMs: ports.clock.now(),
        deadlineMs: ports.clock.now() + request.inputs['timeout-minutes'] * 60_000,
      });
      const restored = back.kind === 'finished' && back.outcome.kind === 'deployed';
      return {
        reason: `Alarm ${names.join(', ')} went into ALARM within the rollback window after ${newConfig} took all traffic; ${restored ? `the endpoint is back on ${previousConfig}` : `the rollback to ${previousConfig} did not complete`}.`,
        firedAlarms: names,
      };
    }
    try {
      await ports.clock.sleep(Math.min(2_000, Math.max(0, end - ports.clock.now())), ports.signal);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
