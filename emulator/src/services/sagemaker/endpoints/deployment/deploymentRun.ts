import type { EmulatorEnvironment } from '../../../../environment';
import { watchAlarms, type WatchResult } from './alarmWatch';
import type { DeploymentPlan } from './deploymentPolicy';
import {
  capFailureReason,
  setPhase,
  type DeployedVariant,
  type DeploymentEvent,
  type DeploymentRecord,
  type EndpointState,
  type VariantPhase,
} from '../endpointState';
import type { EndpointConfigRecord } from '../../hostingStore';
import { splitRoutes, steadyRoutes } from '../trafficRoutes';
import { hostingOf, stopFleets } from '../variantFleets';

/** Ends a deployment early: the caller rolls back with `reason` as the endpoint's FailureReason. */
export class DeploymentRollback extends Error {}

const percent = (share: number) => Math.round(share * 100);

/**
 * One UpdateEndpoint deployment in flight: blue is the endpoint's current variants, green the new
 * config's. Holds what every strategy does the same way (shifting traffic, baking under the guarding
 * alarms, rolling back, completing) and writes each step into the endpoint's deployment record.
 */
export class DeploymentRun {
  readonly record: DeploymentRecord;
  readonly signal: AbortSignal;
  private readonly deadline: number;
  private greenShare = 0;

  constructor(
    readonly env: EmulatorEnvironment,
    readonly endpoint: EndpointState,
    readonly target: EndpointConfigRecord,
    readonly blue: DeployedVariant[],
    readonly green: DeployedVariant[],
    readonly plan: DeploymentPlan,
  ) {
    const started = env.clock.now();
    this.signal = endpoint.abort.signal;
    this.deadline = plan.maxExecutionSeconds
      ? started + this.awsSecondsMs(plan.maxExecutionSeconds)
      : Number.POSITIVE_INFINITY;
    this.record = {
      fromConfig: endpoint.configName,
      toConfig: target.name,
      strategy: plan.kind === 'rolling' ? 'ROLLING' : plan.strategy,
      fallback: plan.kind === 'blue-green' ? plan.fallback : undefined,
      startedAt: new Date(started),
      outcome: 'in-progress',
      events: [],
    };
    endpoint.deployments.push(this.record);
  }

  now(): Date {
    return new Date(this.env.clock.now());
  }

  /** AWS durations pass `timeScale` times faster in the emulator. */
  awsSecondsMs(seconds: number): number {
    return (seconds * 1000) / this.env.timing.timeScale;
  }

  event(kind: DeploymentEvent['kind'], message?: string): void {
    this.record.events.push({ at: this.now(), kind, greenPercent: percent(this.greenShare), message });
  }

  phase(phase: VariantPhase | undefined, message?: string, variants = [...this.blue, ...this.green]): void {
    setPhase(variants, this.now(), phase, message);
  }

  /** Moves `share` of each variant's traffic to green and holds it there for the shift's duration. */
  async shift(share: number): Promise<void> {
    this.greenShare = share;
    const message = `Shifting ${percent(share)}% of traffic to the new fleet.`;
    this.phase('ActivatingTraffic', message);
    hostingOf(this.env).setRoutes(this.endpoint.name, splitRoutes(this.blue, this.green, share));
    this.event('shift', message);
    this.raise(await this.watch(this.env.timing.provisioningMs), 'shifting traffic');
  }

  /** Waits `seconds` (AWS time) with the guarding alarms read all along. */
  async bake(seconds: number, message: string): Promise<void> {
    this.phase('Baking', message);
    this.event('bake', message);
    this.raise(await this.watch(this.awsSecondsMs(seconds)), 'baking');
  }

  watch(ms: number): Promise<WatchResult> {
    return watchAlarms(this.env, this.plan.alarms, ms, this.deadline, this.signal);
  }

  /** Throws DeploymentRollback if the deadline passed, even outside a bake (a slow green fleet). */
  checkDeadline(): void {
    if (this.env.clock.now() >= this.deadline) this.raise({ kind: 'timeout' }, 'provisioning');
  }

  private raise(result: WatchResult, doing: string): void {
    if (result.kind === 'alarm') {
      throw new DeploymentRollback(
        `Deployment was rolled back: alarm "${result.alarmName}" went into ALARM while ${doing} with ${percent(this.greenShare)}% of traffic on the new fleet.`,
      );
    }
    if (result.kind === 'timeout') {
      throw new DeploymentRollback(
        `Deployment was rolled back: it did not complete within MaximumExecutionTimeoutInSeconds (${this.plan.maxExecutionSeconds} seconds).`,
      );
    }
  }

  /** All traffic back to blue at once, green stopped, the endpoint InService on the old config. */
  async rollBack(reason: string): Promise<void> {
    hostingOf(this.env).setRoutes(this.endpoint.name, steadyRoutes(this.blue));
    this.greenShare = 0;
    this.event('rolled-back', reason);
    this.phase(undefined, undefined, this.blue);
    this.phase('Deleting', 'Terminating the new fleet after the rollback.', this.green);
    await stopFleets(this.green);
    this.finish('rolled-back', reason);
  }

  /** Green takes all traffic now; blue stops after TerminationWaitInSeconds. */
  complete(terminationWaitSeconds: number): void {
    this.greenShare = 1;
    for (const variant of this.green) {
      variant.currentInstanceCount = variant.desiredInstanceCount;
      variant.currentWeight = variant.desiredWeight;
    }
    hostingOf(this.env).setRoutes(this.endpoint.name, steadyRoutes(this.green));
    this.endpoint.variants = this.green;
    this.endpoint.configName = this.target.name;
    this.endpoint.configRequest = this.target.request;
    this.phase(undefined);
    this.event('completed', this.plan.kind === 'blue-green' ? this.plan.fallback : undefined);
    this.finish('succeeded');
    const blue = this.blue;
    // The old fleet stays up through the termination wait (ready for a manual rollback), then goes.
    void this.env.clock
      .sleep(this.awsSecondsMs(terminationWaitSeconds), this.signal)
      .catch(() => undefined)
      .then(() => stopFleets(blue))
      .then(() => this.event('blue-terminated'));
  }

  private finish(outcome: 'succeeded' | 'rolled-back', reason?: string): void {
    const at = this.now();
    this.record.outcome = outcome;
    this.record.endedAt = at;
    this.record.failureReason = reason;
    this.endpoint.status = 'InService';
    this.endpoint.failureReason = reason === undefined ? undefined : capFailureReason(reason);
    this.endpoint.pending = undefined;
    this.endpoint.lastModifiedTime = at;
  }
}
