import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  CreateDeploymentCommand,
  CreateDeploymentConfigCommand,
  GetDeploymentGroupCommand,
  type DeploymentInfo,
} from '@aws-sdk/client-codedeploy';
import {
  elapsedSeconds,
  ModelshipError,
  readAppSpecTraffic,
  servingLabel,
  toCodeDeployConfigName,
  waitForDeployment,
  type AppSpecTraffic,
  type CodeDeployWatchPorts,
  type DeploymentStrategy,
  type Provenance,
} from '@modelship/shared';
import { checkAlarmsUsable } from '@modelship/shared/alarmPreCheck';
import type { DeployInputs } from './deployRequest';

export interface CodeDeployPorts extends CodeDeployWatchPorts {
  cloudwatch: Pick<CloudWatchClient, 'send'>;
  setOutput(name: string, value: string): void;
}

export interface CodeDeployRequest {
  inputs: DeployInputs;
  /** The AppSpec text, read by main from the `appspec` input (content or a file). */
  appSpec: string;
  strategy: DeploymentStrategy;
  provenance: Provenance;
  startedAtMs: number;
}

export type CodeDeployStatus = 'deployed' | 'rolled-back' | 'failed' | 'planned' | 'in-progress';

export interface CodeDeployResult {
  status: CodeDeployStatus;
  application: string;
  group: string;
  deploymentConfigName: string;
  /** What served before and what the deployment moves traffic to, as `function:alias@version` for Lambda. */
  from: string;
  to: string;
  deploymentId?: string;
  rollbackDeploymentId?: string;
  reason?: string;
  durationSeconds: number;
}

/** What the deployment moves, resolved from the inputs and the AppSpec before any call. */
interface CodeDeployTarget {
  application: string;
  group: string;
  traffic: AppSpecTraffic;
  config: ReturnType<typeof toCodeDeployConfigName>;
  from: string;
  to: string;
}

/**
 * Deploys a model served on Lambda or ECS through CodeDeploy and reports the truth: success is the
 * deployment's `Succeeded`, read back; a deployment CodeDeploy stopped and rolled back is a failure that
 * says why. Everything that can be wrong with the request fails before anything changes.
 * resolve → check (group, platform, alarms) → plan | deploy → wait → report.
 */
export async function deployWithCodeDeploy(
  ports: CodeDeployPorts,
  request: CodeDeployRequest,
): Promise<CodeDeployResult> {
  const target = codeDeployTargetOf(request);
  const alarms = await guardingAlarms(ports, target, request.inputs.alarms);
  if (request.inputs.mode === 'plan') {
    ports.logger.info(
      `Plan: CodeDeploy ${target.application}/${target.group} would move ${target.from} → ${target.to} with ${target.config.deploymentConfigName}${alarms.length ? `, guarded by ${alarms.join(', ')}` : ''}. Nothing changed.`,
    );
    return codeDeployResultOf(ports, request, target, { status: 'planned' });
  }
  const deploymentId = await startDeployment(ports, request, target, alarms);
  if (!request.inputs.wait) {
    return codeDeployResultOf(ports, request, target, { status: 'in-progress', deploymentId });
  }
  const ended = await waitForDeployment(ports, deploymentId, {
    deadlineMs: request.startedAtMs + request.inputs['timeout-minutes'] * 60_000,
    what: `CodeDeploy deployment ${deploymentId} to finish`,
  });
  return codeDeployResultOf(ports, request, target, {
    status: outcomeOf(ended),
    deploymentId,
    rollbackDeploymentId: ended.rollbackInfo?.rollbackDeploymentId,
    reason: reasonOf(ended),
  });
}

function codeDeployTargetOf(request: CodeDeployRequest): CodeDeployTarget {
  const traffic = readAppSpecTraffic(request.appSpec);
  return {
    application: request.inputs['codedeploy-application'] as string,
    group: request.inputs['codedeploy-deployment-group'] as string,
    traffic,
    config: toCodeDeployConfigName(request.strategy, traffic.platform),
    from: servingLabel(traffic, 'current'),
    to: servingLabel(traffic, 'target'),
  };
}

function codeDeployResultOf(
  ports: Pick<CodeDeployPorts, 'clock'>,
  request: CodeDeployRequest,
  target: CodeDeployTarget,
  outcome: Partial<CodeDeployResult> & { status: CodeDeployStatus },
): CodeDeployResult {
  return {
    application: target.application,
    group: target.group,
    deploymentConfigName: target.config.deploymentConfigName,
    from: target.from,
    to: target.to,
    ...outcome,
    durationSeconds: elapsedSeconds(request.startedAtMs, ports.clock.now()),
  };
}

/** The custom deployment config if one is needed, then the deployment; returns its id. */
async function startDeployment(
  ports: CodeDeployPorts,
  request: CodeDeployRequest,
  target: CodeDeployTarget,
  alarms: string[],
): Promise<string> {
  const { config } = target;
  if (config.create) {
    try {
      await ports.codedeploy.send(new CreateDeploymentConfigCommand(config.create));
      ports.logger.info(`Created CodeDeploy deployment config ${config.deploymentConfigName}.`);
    } catch (err) {
      // Deterministic names: a config created by an earlier run is the same config.
      if ((err as Error).name !== 'DeploymentConfigAlreadyExistsException') throw err;
    }
  }
  const override = request.inputs.alarms;
  const created = await ports.codedeploy.send(
    new CreateDeploymentCommand({
      applicationName: target.application,
      deploymentGroupName: target.group,
      revision: { revisionType: 'AppSpecContent', appSpecContent: { content: request.appSpec } },
      deploymentConfigName: config.deploymentConfigName,
      description: provenanceDescription(request.provenance),
      ...(override?.length
        ? { overrideAlarmConfiguration: { enabled: true, alarms: override.map((name) => ({ name })) } }
        : {}),
    }),
  );
  const deploymentId = created.deploymentId as string;
  ports.setOutput('codedeploy-deployment-id', deploymentId);
  ports.logger.info(
    `CodeDeploy deployment ${deploymentId}: ${target.from} → ${target.to} with ${config.deploymentConfigName}${alarms.length ? `, guarded by ${alarms.join(', ')}` : ' (no alarms: nothing can stop it automatically)'}.`,
  );
  return deploymentId;
}

/** A stopped or failed deployment that CodeDeploy rolled back is `rolled-back`; any other end but success is `failed`. */
function outcomeOf(ended: DeploymentInfo): CodeDeployStatus {
  if (ended.status === 'Succeeded') return 'deployed';
  return ended.rollbackInfo?.rollbackDeploymentId ? 'rolled-back' : 'failed';
}

function reasonOf(ended: DeploymentInfo): string | undefined {
  if (ended.status === 'Succeeded') return undefined;
  const why = ended.errorInformation?.message ?? ended.rollbackInfo?.rollbackMessage;
  return `CodeDeploy deployment ${ended.deploymentId} ended ${ended.status}${ended.errorInformation?.code ? ` (${ended.errorInformation.code})` : ''}${why ? `: ${why}` : ''}.`;
}

/**
 * The alarms that will guard the deployment (the `alarms` input, else the group's), checked first: an
 * unknown group or an alarm already in ALARM fails here, before anything changes.
 */
async function guardingAlarms(
  ports: CodeDeployPorts,
  target: CodeDeployTarget,
  override: string[] | undefined,
): Promise<string[]> {
  const { application, group, traffic } = target;
  let groupInfo;
  try {
    groupInfo = (
      await ports.codedeploy.send(
        new GetDeploymentGroupCommand({ applicationName: application, deploymentGroupName: group }),
      )
    ).deploymentGroupInfo;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'ApplicationDoesNotExistException' || name === 'DeploymentGroupDoesNotExistException') {
      throw new ModelshipError(
        `CodeDeploy ${name === 'ApplicationDoesNotExistException' ? `application ${application}` : `deployment group ${application}/${group}`} does not exist; nothing changed.`,
        'Check codedeploy-application, codedeploy-deployment-group and region (or AWS_REGION).',
      );
    }
    throw err;
  }
  if (groupInfo?.computePlatform && groupInfo.computePlatform !== traffic.platform) {
    throw new ModelshipError(
      `Deployment group ${application}/${group} deploys to ${groupInfo.computePlatform}, but the AppSpec describes a ${traffic.platform} resource (${traffic.resource}); nothing changed.`,
      'Use an AppSpec for the platform of the group, or the group made for this resource.',
    );
  }
  const configured = groupInfo?.alarmConfiguration?.enabled
    ? (groupInfo.alarmConfiguration.alarms ?? []).map((a) => a.name as string)
    : [];
  const alarms = override?.length ? override : configured;
  if (alarms.length === 0) return [];
  await checkAlarmsUsable(ports, alarms, {
    guarding: 'the deployment',
    firingConsequence: 'CodeDeploy would stop the deployment at once',
    missingHint: 'Create the alarm first, or leave it out of alarms (or of the deployment group).',
    firingHint: 'Find out why the alarm fires on the version serving now, and deploy once it is back to OK.',
  });
  return alarms;
}

/** CodeDeploy deployments carry no tags: the description records where the deployment came from. */
function provenanceDescription(provenance: Provenance): string {
  const parts = [
    'modelship deploy-endpoint',
    provenance.gitSha && `commit ${provenance.gitSha}`,
    provenance.ref && `ref ${provenance.ref}`,
    provenance.runUrl && `run ${provenance.runUrl}`,
  ].filter(Boolean);
  return parts.join('; ').slice(0, 1000);
}
