import type {
  BatchGetDeploymentTargetsInput,
  BatchGetDeploymentTargetsOutput,
  BatchGetDeploymentsInput,
  BatchGetDeploymentsOutput,
  CreateDeploymentInput,
  CreateDeploymentOutput,
  GetDeploymentInput,
  GetDeploymentOutput,
  GetDeploymentTargetInput,
  GetDeploymentTargetOutput,
  ListDeploymentTargetsInput,
  ListDeploymentTargetsOutput,
  ListDeploymentsInput,
  ListDeploymentsOutput,
  PutLifecycleEventHookExecutionStatusInput,
  PutLifecycleEventHookExecutionStatusOutput,
  StopDeploymentInput,
  StopDeploymentOutput,
} from '@aws-sdk/client-codedeploy';
import type { EmulatorEnvironment } from '../../environment';
import type { OperationHandler } from '../../protocol/types';
import { AppSpecError, parseAppSpec, type AppSpec } from './appSpec';
import { codeDeployError } from './codeDeployErrors';
import { isActive, type CodeDeployState, type Deployment, type DeploymentStatus } from './codeDeployState';
import { checkConfigPlatform } from './deploymentConfigs';
import { effectiveSettings } from './deploymentGroups';
import { newDeploymentId, trafficTargetFor } from './deploymentRecords';
import type { DeploymentRunner } from './deploymentRun';
import { deploymentInfo, deploymentTarget } from './deploymentView';
import { pageOf } from './listPaging';
import { requireRevision, revisionContent } from './revisions';
import { trafficSchedule } from './trafficSchedule';

const MAX_DESCRIPTION = 512;
const MAX_BATCH = 25;
const STATUSES: DeploymentStatus[] = ['Created', 'InProgress', 'Succeeded', 'Failed', 'Stopped'];
const ALL_STATUSES = [...STATUSES, 'Queued', 'Baking', 'Ready'];

const toEpochMs = (value: unknown): number | undefined =>
  value === undefined || value === null
    ? undefined
    : value instanceof Date
      ? value.getTime()
      : Number(value) * 1000;

export function deploymentOperations(
  env: EmulatorEnvironment,
  state: CodeDeployState,
  runner: DeploymentRunner,
): Record<string, OperationHandler> {
  const targetOf = (d: Deployment, targetId: unknown) => {
    if (typeof targetId !== 'string' || targetId === '') {
      throw codeDeployError(
        'DeploymentTargetIdRequiredException',
        'A deployment target ID was not provided: set targetId (see ListDeploymentTargets).',
      );
    }
    if (targetId !== d.target.targetId) {
      throw codeDeployError(
        'DeploymentTargetDoesNotExistException',
        `Deployment ${d.deploymentId} has no target ${targetId}; its target is ${d.target.targetId}.`,
      );
    }
    return deploymentTarget(d);
  };

  return {
    CreateDeployment: (input: CreateDeploymentInput, ctx): CreateDeploymentOutput => {
      const app = state.application(input.applicationName);
      const group = state.group(app.applicationName, input.deploymentGroupName);
      const config = state.config(input.deploymentConfigName ?? group.deploymentConfigName);
      checkConfigPlatform(config, app.computePlatform);
      if (typeof input.description === 'string' && input.description.length > MAX_DESCRIPTION) {
        throw codeDeployError(
          'DescriptionTooLongException',
          `The description is too long: at most ${MAX_DESCRIPTION} characters.`,
        );
      }
      const settings = effectiveSettings(group, input);
      const revision = requireRevision(input.revision);
      const content = revisionContent(env, revision);
      let spec: AppSpec;
      try {
        spec = parseAppSpec(content, app.computePlatform);
      } catch (err) {
        if (err instanceof AppSpecError) throw codeDeployError('InvalidRevisionException', err.message);
        throw err;
      }
      const active = [...state.deployments.values()].find(
        (d) =>
          d.applicationName === app.applicationName &&
          d.deploymentGroupName === group.deploymentGroupName &&
          isActive(d),
      );
      if (active) {
        throw codeDeployError(
          'DeploymentLimitExceededException',
          `The Deployment Group ${group.deploymentGroupName} for Application ${app.applicationName} already has an active Deployment ${active.deploymentId}: wait for it to finish or stop it.`,
        );
      }
      const now = new Date(env.clock.now());
      const deployment: Deployment = {
        deploymentId: newDeploymentId(),
        applicationName: app.applicationName,
        deploymentGroupName: group.deploymentGroupName,
        deploymentConfigName: config.deploymentConfigName,
        computePlatform: app.computePlatform,
        status: 'Created',
        createTime: now,
        creator: 'user',
        description: input.description,
        revision,
        ...settings,
        deploymentStyle: group.deploymentStyle,
        target: trafficTargetFor(spec, group, ctx, now),
        schedule: trafficSchedule(config.trafficRoutingConfig, env.timing.timeScale),
        statusMessages: [],
      };
      state.deployments.set(deployment.deploymentId, deployment);
      group.lastAttemptedDeploymentId = deployment.deploymentId;
      runner.start(deployment);
      return { deploymentId: deployment.deploymentId };
    },

    GetDeployment: (input: GetDeploymentInput): GetDeploymentOutput => ({
      deploymentInfo: deploymentInfo(state.deployment(input.deploymentId)),
    }),

    BatchGetDeployments: (input: BatchGetDeploymentsInput): BatchGetDeploymentsOutput => {
      const ids: unknown[] = input.deploymentIds ?? [];
      if (ids.length > MAX_BATCH) {
        throw codeDeployError(
          'BatchLimitExceededException',
          `The maximum number of names or IDs allowed for this request (${MAX_BATCH}) was exceeded.`,
        );
      }
      // Unknown ids are left out of the answer, as CodeDeploy does.
      const found = ids.map((id) => state.deployments.get(String(id))).filter((d) => d !== undefined);
      return { deploymentsInfo: found.map(deploymentInfo) };
    },

    ListDeployments: (input: ListDeploymentsInput): ListDeploymentsOutput => {
      const app = input.applicationName === undefined ? undefined : state.application(input.applicationName);
      if (input.deploymentGroupName !== undefined && !app) {
        throw codeDeployError(
          'ApplicationNameRequiredException',
          'deploymentGroupName needs applicationName: set both.',
        );
      }
      const group =
        app && input.deploymentGroupName !== undefined
          ? state.group(app.applicationName, input.deploymentGroupName)
          : undefined;
      const statuses: unknown[] = input.includeOnlyStatuses ?? [];
      const unknown = statuses.find((s) => !ALL_STATUSES.includes(String(s)));
      if (unknown !== undefined) {
        throw codeDeployError(
          'InvalidDeploymentStatusException',
          `${String(unknown)} is not a deployment status; use ${ALL_STATUSES.join(', ')}.`,
        );
      }
      const from = toEpochMs(input.createTimeRange?.start);
      const to = toEpochMs(input.createTimeRange?.end);
      if (from !== undefined && to !== undefined && from > to) {
        throw codeDeployError(
          'InvalidTimeRangeException',
          'createTimeRange.start must not be after createTimeRange.end.',
        );
      }
      const matching = [...state.deployments.values()]
        .filter(
          (d) =>
            (!app || d.applicationName === app.applicationName) &&
            (!group || d.deploymentGroupName === group.deploymentGroupName) &&
            (statuses.length === 0 || statuses.includes(d.status)) &&
            (from === undefined || d.createTime.getTime() >= from) &&
            (to === undefined || d.createTime.getTime() <= to),
        )
        .reverse();
      const page = pageOf(
        matching.map((d) => d.deploymentId),
        input.nextToken,
      );
      return { deployments: page.items, nextToken: page.nextToken };
    },

    StopDeployment: (input: StopDeploymentInput): StopDeploymentOutput => {
      const d = state.deployment(input.deploymentId);
      if (!isActive(d)) {
        throw codeDeployError(
          'DeploymentAlreadyCompletedException',
          `Deployment ${d.deploymentId} has already completed (${d.status}); only a Created or InProgress deployment can be stopped.`,
        );
      }
      // Without autoRollbackEnabled the deployment's own setting (DEPLOYMENT_STOP_ON_REQUEST) decides.
      const rollbackOn =
        typeof input.autoRollbackEnabled === 'boolean'
          ? input.autoRollbackEnabled
          : 'DEPLOYMENT_STOP_ON_REQUEST';
      const rollback = runner.stop(
        d,
        { code: 'MANUAL_STOP', message: 'The deployment was stopped by a StopDeployment request.' },
        rollbackOn,
      );
      return {
        status: 'Succeeded',
        statusMessage: rollback
          ? `Deployment ${d.deploymentId} was stopped; rollback deployment ${rollback.deploymentId} moves the traffic back.`
          : `Deployment ${d.deploymentId} was stopped; its traffic stays where it was.`,
      };
    },

    PutLifecycleEventHookExecutionStatus: (
      input: PutLifecycleEventHookExecutionStatusInput,
    ): PutLifecycleEventHookExecutionStatusOutput => {
      const d = state.deployment(input.deploymentId);
      const id = input.lifecycleEventHookExecutionId;
      const event = d.target.lifecycleEvents.find(
        (e) => e.hookExecutionId !== undefined && e.hookExecutionId === id,
      );
      if (!event) {
        throw codeDeployError(
          'InvalidLifecycleEventHookExecutionIdException',
          `Deployment ${d.deploymentId} has no lifecycle hook execution ${String(id)}: the ids are in the hook events' diagnostics (GetDeploymentTarget).`,
        );
      }
      if (input.status !== 'Succeeded' && input.status !== 'Failed') {
        throw codeDeployError(
          'InvalidLifecycleEventHookExecutionStatusException',
          `The status must be Succeeded or Failed, not ${String(input.status)}.`,
        );
      }
      if (event.reported || event.status === 'Skipped' || event.status === 'Failed') {
        throw codeDeployError(
          'LifecycleEventAlreadyCompletedException',
          `The ${event.lifecycleEventName} hook of deployment ${d.deploymentId} has already reported its result.`,
        );
      }
      event.reported = true;
      event.status = input.status;
      event.endTime = new Date(env.clock.now());
      event.diagnostics = {
        errorCode: input.status === 'Succeeded' ? 'Success' : 'ScriptFailed',
        scriptName: event.hookFunction,
        message: `Hook ${event.hookFunction} reported ${input.status} through PutLifecycleEventHookExecutionStatus.`,
      };
      if (input.status === 'Failed' && isActive(d)) {
        runner.fail(d, {
          code: 'HOOK_EXECUTION_FAILURE',
          message: `The ${event.lifecycleEventName} hook ${event.hookFunction} reported Failed.`,
        });
      }
      return { lifecycleEventHookExecutionId: id };
    },

    ListDeploymentTargets: (input: ListDeploymentTargetsInput): ListDeploymentTargetsOutput => {
      const d = state.deployment(input.deploymentId);
      const filters = (input.targetFilters ?? {}) as Record<string, string[]>;
      const unknownFilter = Object.keys(filters).find(
        (name) => name !== 'TargetStatus' && name !== 'ServerInstanceLabel',
      );
      if (unknownFilter) {
        throw codeDeployError(
          'InvalidTargetFilterNameException',
          `${unknownFilter} is not a target filter; use TargetStatus.`,
        );
      }
      const statuses = filters.TargetStatus ?? [];
      const ids = statuses.length === 0 || statuses.includes(d.target.status) ? [d.target.targetId] : [];
      return { targetIds: pageOf(ids, input.nextToken).items };
    },

    GetDeploymentTarget: (input: GetDeploymentTargetInput): GetDeploymentTargetOutput => {
      const d = state.deployment(input.deploymentId);
      return { deploymentTarget: targetOf(d, input.targetId) };
    },

    BatchGetDeploymentTargets: (input: BatchGetDeploymentTargetsInput): BatchGetDeploymentTargetsOutput => {
      const d = state.deployment(input.deploymentId);
      const ids: unknown[] = input.targetIds ?? [];
      if (ids.length === 0) {
        throw codeDeployError(
          'DeploymentTargetIdRequiredException',
          'A deployment target ID was not provided: set targetIds (see ListDeploymentTargets).',
        );
      }
      if (ids.length > MAX_BATCH) {
        throw codeDeployError(
          'DeploymentTargetListSizeExceededException',
          `At most ${MAX_BATCH} target IDs can be read at once.`,
        );
      }
      return { deploymentTargets: ids.map((id) => targetOf(d, id)) };
    },
  };
}
