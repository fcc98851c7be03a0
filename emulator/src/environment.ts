import type { FaultRegistry } from './faults';
import type { ImageBindings } from './imageBindings';

/**
 * What services share. Each service module is built by a factory that takes this environment, and
 * publishes what other services need through the small interfaces below (hosting publishes metrics,
 * guardrails read alarm states, async inference and training read and write objects).
 */
export interface EmulatorEnvironment {
  accountId: string;
  /** The server's own URL, once it listens: ECR points clients here when no registry runs. */
  url?: string;
  timing: EmulatorTiming;
  images: ImageBindings;
  faults: FaultRegistry;
  clock: EmulatorClock;
  /** Filled in as services are created; a service reads the others it needs lazily, at request time. */
  stores: SharedStores;
  /** Called on shutdown and reset; services register what they must stop (model processes, timers). */
  onShutdown(task: () => Promise<void> | void): void;
  onReset(task: () => Promise<void> | void): void;
}

export interface EmulatorTiming {
  /**
   * AWS durations (alarm periods, deployment bakes and termination waits, CodeDeploy intervals) are
   * divided by this, so that requests keep AWS-valid values while a 60 s period passes in 1 s at 60.
   */
  timeScale: number;
  /** Extra time an endpoint spends in Creating/Updating after its model answers /ping. */
  provisioningMs: number;
  /** How long a model process may take to answer /ping with 200 before the endpoint fails. */
  healthCheckTimeoutMs: number;
  /** Time UpdateEndpointWeightsAndCapacities spends in Updating. */
  weightUpdateMs: number;
  /**
   * Time each CodeBuild command phase (INSTALL, PRE_BUILD, BUILD, POST_BUILD) with commands spends
   * IN_PROGRESS before they run, as a real build's container does; lets a test stop a build mid-phase.
   */
  buildPhaseMs: number;
}

export const DEFAULT_TIMING: EmulatorTiming = {
  timeScale: 1,
  provisioningMs: 200,
  healthCheckTimeoutMs: 20_000,
  weightUpdateMs: 200,
  buildPhaseMs: 0,
};

export interface EmulatorClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface MetricDatum {
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  value: number;
  unit?: string;
  /** Epoch milliseconds. */
  timestamp: number;
}

export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface MetricStore {
  put(datum: MetricDatum): void;
}

export interface AlarmStateReader {
  /** The alarm's state, or undefined if no alarm has that name. */
  stateOf(alarmName: string): { value: AlarmStateValue; reason: string } | undefined;
}

export interface StoredObject {
  body: Buffer;
  contentType?: string;
  metadata?: Record<string, string>;
  lastModified: Date;
  etag: string;
}

export interface ObjectStore {
  get(bucket: string, key: string): StoredObject | undefined;
  /** Creates the bucket if needed: services writing outputs should not fail on a missing bucket. */
  put(bucket: string, key: string, body: Buffer, contentType?: string): StoredObject;
  list(bucket: string, prefix: string): Array<{ key: string; object: StoredObject }>;
}

export interface LogStore {
  /** Appends one event, creating the group and stream if needed. */
  append(group: string, stream: string, message: string, timestamp: number): void;
}

/** Application Auto Scaling's view, for SageMaker's rule that an instance-type change needs deregistering. */
export interface ScalableTargetReader {
  isRegistered(resourceId: string): boolean;
}

/** SageMaker's record of each endpoint's UpdateEndpoint deployments: every shift and bake, with times. */
export interface DeploymentHistoryReader {
  deploymentsOf(
    endpointName: string,
  ): import('./services/sagemaker/endpoints/endpointState').DeploymentRecord[] | undefined;
}

export interface SharedStores {
  hosting?: import('./modelServing/types').Hosting;
  scalableTargets?: ScalableTargetReader;
  deployments?: DeploymentHistoryReader;
  metrics?: MetricStore;
  alarms?: AlarmStateReader;
  objects?: ObjectStore;
  logs?: LogStore;
}
