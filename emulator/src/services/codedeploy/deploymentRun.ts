import type { ErrorCode } from '@aws-sdk/client-codedeploy';
import type { EmulatorEnvironment } from '../../environment';
import {
  groupKey,
  type AlarmConfiguration,
  type AutoRollbackEvent,
  type CodeDeployState,
  type Deployment,
  type LifecycleEventRecord,
} from './codeDeployState';
import { allAtOnceConfigName } from './deploymentConfigs';
import { isHookEvent, newDeploymentId, rollbackTarget } from './deploymentRecords';
import { trafficSchedule } from './trafficSchedule';

/** How often a deployment's alarms are read while traffic shifts: well under any scaled interval. */
const ALARM_CHECK_INTERVAL_MS = 25;

export interface DeploymentError {
  code: ErrorCode;
  message: string;
}

/** Why the deployment must stop now, or undefined: an alarm in ALARM, or one that cannot be read. */
export function alarmTrip(
  env: EmulatorEnvironment,
  config: AlarmConfiguration | undefined,
): DeploymentError | undefined {
  if (!config?.enabled) return undefined;
  for (const { name } of config.alarms) {
    const state = env.stores.alarms?.stateOf(name);
    if (!state) {
      if (config.ignorePollAlarmFailure) continue;
      return {
        code: 'ALARM_ACTIVE',
        message: `The deployment was stopped because CodeDeploy could not read the alarm ${name}: no CloudWatch alarm has that name. Create the alarm, or set ignorePollAlarmFailure to deploy without it.`,
      };
    }
    if (state.value === 'ALARM') {
      return {
        code: 'ALARM_ACTIVE',
        message: `One or more alarms have been activated according to the Amazon CloudWatch metrics you selected, and the affected deployments have been stopped. Activated alarms: <${name}>`,
      };
    }
  }
  return undefined;
}

const noLambdaMessage = (event: LifecycleEventRecord) =>
  `Hook ${event.hookFunction} was not invoked: the modelship emulator has no Lambda, so ${event.lifecycleEventName} is recorded as Succeeded. ` +
  `A test may report a result with PutLifecycleEventHookExecutionStatus (lifecycleEventHookExecutionId ${event.hookExecutionId}).`;

const NO_ECS_MESSAGES: Record<string, string> = {
  Install: 'The modelship emulator has no ECS: the green task set is recorded, not started.',
  AllowTestTraffic: 'The modelship emulator has no load balancer: test traffic is recorded, not routed.',
  AllowTraffic:
    'The modelship emulator has no load balancer or Lambda alias: the traffic weights are recorded, not applied.',
};

/**
 * Runs deployments in emulated time: the lifecycle events, the config's traffic steps, the alarm
 * checks between them, and the rollbacks that stops and failures start.
 */
export class DeploymentRunner {
  private readonly runs = new Map<string, AbortController>();

  constructor(
    private readonly env: EmulatorEnvironment,
    private readonly state: CodeDeployState,
  ) {}

  start(deployment: Deployment): void {
    const controller = new AbortController();
    this.runs.set(deployment.deploymentId, controller);
    this.run(deployment, controller.signal)
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        this.finish(deployment, 'Failed', {
          code: 'INTERNAL_ERROR',
          message: `The emulator failed to run the deployment: ${String(err)}`,
        });
      })
      .finally(() => {
        if (this.runs.get(deployment.deploymentId) === controller) this.runs.delete(deployment.deploymentId);
      });
  }

  /** Ends every run without touching deployments: for reset and shutdown. */
  stopAll(): void {
    for (const controller of this.runs.values()) controller.abort();
    this.runs.clear();
  }

  /**
   * Stops `deployment` with `error`; rolls it back when `rollbackOn` is an event its automatic
   * rollback covers, or when `rollbackOn` is true (StopDeployment's autoRollbackEnabled).
   */
  stop(
    deployment: Deployment,
    error: DeploymentError,
    rollbackOn: AutoRollbackEvent | boolean,
  ): Deployment | undefined {
    this.finish(deployment, 'Stopped', error);
    return this.rollBackIf(deployment, rollbackOn, error.message);
  }

  /** Fails `deployment`, rolling it back when its automatic rollback covers DEPLOYMENT_FAILURE. */
  fail(deployment: Deployment, error: DeploymentError): Deployment | undefined {
    this.finish(deployment, 'Failed', error);
    return this.rollBackIf(deployment, 'DEPLOYMENT_FAILURE', error.message);
  }

  private async run(d: Deployment, signal: AbortSignal): Promise<void> {
    const { clock } = this.env;
    // CreateDeployment answers while the deployment is Created; the run starts on the next turn.
    await clock.sleep(0, signal);
    d.status = 'InProgress';
    d.startTime = new Date(clock.now());
    d.target.status = 'InProgress';
    d.target.lastUpdatedAt = d.startTime;
    const events = d.target.lifecycleEvents;
    const allowTraffic = events.findIndex((e) => e.lifecycleEventName === 'AllowTraffic');
    for (const event of events.slice(0, allowTraffic)) this.complete(d, event);

    const shifting = events[allowTraffic];
    if (!shifting) throw new Error('every Lambda and ECS deployment has an AllowTraffic event');
    shifting.status = 'InProgress';
    shifting.startTime = new Date(clock.now());
    const start = clock.now();
    for (const step of d.schedule) {
      if (!(await this.watch(d, start + step.atMs, signal))) return;
      this.setWeight(d, step.weight);
    }
    if (!(await this.watch(d, clock.now(), signal))) return;
    this.complete(d, shifting);
    for (const event of events.slice(allowTraffic + 1)) this.complete(d, event);

    d.status = 'Succeeded';
    d.completeTime = new Date(clock.now());
    d.target.status = 'Succeeded';
    d.target.lastUpdatedAt = d.completeTime;
    const group = this.state.groups.get(groupKey(d.applicationName, d.deploymentGroupName));
    if (group) group.lastSuccessfulDeploymentId = d.deploymentId;
  }

  /** Waits until `until` reading the alarms; false if an alarm stopped the deployment. */
  private async watch(d: Deployment, until: number, signal: AbortSignal): Promise<boolean> {
    const { clock } = this.env;
    for (;;) {
      const trip = alarmTrip(this.env, d.alarmConfiguration);
      if (trip) {
        this.stop(d, trip, 'DEPLOYMENT_STOP_ON_ALARM');
        return false;
      }
      const now = clock.now();
      if (now >= until) return true;
      await clock.sleep(Math.min(ALARM_CHECK_INTERVAL_MS, until - now), signal);
    }
  }

  private setWeight(d: Deployment, weight: number): void {
    const now = new Date(this.env.clock.now());
    d.target.weight = weight;
    d.target.lastUpdatedAt = now;
    // A rollback moves the traffic the deployment it rolls back had moved.
    const triggering = d.rollbackInfo?.rollbackTriggeringDeploymentId;
    const original = triggering ? this.state.deployments.get(triggering) : undefined;
    if (original) {
      original.target.weight = 1 - weight;
      original.target.lastUpdatedAt = now;
    }
  }

  private complete(d: Deployment, event: LifecycleEventRecord): void {
    const now = new Date(this.env.clock.now());
    event.startTime ??= now;
    event.endTime = now;
    if (event.hookFunction) {
      event.status = 'Succeeded';
      event.diagnostics = {
        errorCode: 'Success',
        scriptName: event.hookFunction,
        message: noLambdaMessage(event),
      };
    } else if (isHookEvent(d.target.spec, event.lifecycleEventName)) {
      event.status = 'Skipped';
    } else {
      event.status = 'Succeeded';
      const message =
        d.computePlatform === 'ECS' || event.lifecycleEventName === 'AllowTraffic'
          ? NO_ECS_MESSAGES[event.lifecycleEventName]
          : undefined;
      if (message) event.diagnostics = { errorCode: 'Success', message };
    }
  }

  private finish(d: Deployment, status: 'Stopped' | 'Failed', error: DeploymentError): void {
    this.runs.get(d.deploymentId)?.abort();
    this.runs.delete(d.deploymentId);
    const now = new Date(this.env.clock.now());
    d.status = status;
    d.completeTime = now;
    d.errorInformation = error;
    d.statusMessages.push(error.message);
    for (const event of d.target.lifecycleEvents) {
      if (event.status === 'InProgress') {
        event.status = 'Failed';
        event.endTime = now;
      } else if (event.status === 'Pending') {
        event.status = 'Skipped';
      }
    }
    d.target.status = 'Failed';
    d.target.lastUpdatedAt = now;
  }

  private rollBackIf(
    d: Deployment,
    rollbackOn: AutoRollbackEvent | boolean,
    reason: string,
  ): Deployment | undefined {
    // A rollback is not itself rolled back: there is nothing earlier to return to.
    if (d.creator === 'codeDeployRollback') return undefined;
    const config = d.autoRollbackConfiguration;
    const wanted =
      typeof rollbackOn === 'boolean'
        ? rollbackOn
        : Boolean(config?.enabled && config.events.includes(rollbackOn));
    if (!wanted) return undefined;
    const now = new Date(this.env.clock.now());
    const { target, revision } = rollbackTarget(d, now);
    const rollback: Deployment = {
      deploymentId: newDeploymentId(),
      applicationName: d.applicationName,
      deploymentGroupName: d.deploymentGroupName,
      deploymentConfigName: allAtOnceConfigName(d.computePlatform),
      computePlatform: d.computePlatform,
      status: 'Created',
      createTime: now,
      creator: 'codeDeployRollback',
      description: `Rollback of deployment ${d.deploymentId}`,
      revision,
      rollbackInfo: {
        rollbackTriggeringDeploymentId: d.deploymentId,
        rollbackMessage: `This deployment rolls back ${d.deploymentId}: ${reason}`,
      },
      deploymentStyle: d.deploymentStyle,
      target,
      schedule: trafficSchedule({ type: 'AllAtOnce' }, this.env.timing.timeScale),
      statusMessages: [],
    };
    d.rollbackInfo = {
      ...d.rollbackInfo,
      rollbackDeploymentId: rollback.deploymentId,
      rollbackMessage: `Deployment ${d.deploymentId} was rolled back by deployment ${rollback.deploymentId} because it ${d.status === 'Failed' ? 'failed' : 'was stopped'}.`,
    };
    this.state.deployments.set(rollback.deploymentId, rollback);
    const group = this.state.groups.get(groupKey(d.applicationName, d.deploymentGroupName));
    if (group) group.lastAttemptedDeploymentId = rollback.deploymentId;
    this.start(rollback);
    return rollback;
  }
}
