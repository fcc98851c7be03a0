import type { EmulatorEnvironment } from '../../environment';
import type { Fleet, FleetSpec, Hosting, VariantRoute } from '../../hosting/types';
import { validationError } from '../../protocol/awsError';
import type { RequestContext } from '../../protocol/types';
import { sagemakerArn } from './arn';
import { deploymentPlan, type DeploymentPlan } from './deploymentPlan';
import type { SageMakerContext } from './index';
import type { EndpointConfigRecord, HostingResources } from './modelsAndConfigs';
import { checkName, paginate, requireMember, sortByCreation } from './validation';

type EndpointStatus = 'Creating' | 'Updating' | 'RollingBack' | 'InService' | 'Deleting' | 'Failed';

interface VariantStatusEntry {
  Status: 'Creating' | 'Updating' | 'Deleting' | 'ActivatingTraffic' | 'Baking';
  StatusMessage?: string;
  StartTime: Date;
}

interface VariantState {
  name: string;
  weight: number;
  instanceCount: number;
  images: string[];
  fleet?: Fleet;
  status: VariantStatusEntry[];
  serverless?: Record<string, unknown>;
}

/** A traffic change during a deployment, kept so that tests and people can see what happened when. */
export interface TrafficEvent {
  at: Date;
  greenShare: number;
  phase: 'activating' | 'baking' | 'rolled-back' | 'completed';
  note?: string;
}

interface EndpointState {
  name: string;
  arn: string;
  configName: string;
  status: EndpointStatus;
  failureReason?: string;
  creationTime: Date;
  lastModifiedTime: Date;
  variants: VariantState[];
  lastDeploymentConfig?: Record<string, unknown>;
  pending?: { configName: string; startTime: Date; variants: VariantState[] };
  timeline: TrafficEvent[];
  /** Set when the endpoint is deleted, so background work stops. */
  abort: AbortController;
}

/** How often alarms are read during bakes: a small fraction of the shortest scaled alarm period. */
const ALARM_CHECK_MS = 50;

export function endpointOperations(sm: SageMakerContext, resources: HostingResources) {
  const env = sm.env;
  const endpoints = new Map<string, EndpointState>();
  env.onReset(() => {
    for (const ep of endpoints.values()) ep.abort.abort();
    endpoints.clear();
  });
  env.onShutdown(() => {
    for (const ep of endpoints.values()) ep.abort.abort();
  });

  const hosting = (): Hosting => {
    const h = env.stores.hosting;
    if (!h) throw new Error('No hosting is registered in the emulator.');
    return h;
  };
  const scaledMs = (seconds: number) => (seconds * 1000) / env.timing.timeScale;
  const now = () => new Date(env.clock.now());

  const endpointOrFail = (name: string) => {
    const ep = endpoints.get(name);
    if (!ep) throw validationError(`Could not find endpoint "${name}".`);
    return ep;
  };

  function fleetSpec(
    ep: EndpointState,
    config: EndpointConfigRecord,
    variant: Record<string, any>,
    ctx: Pick<RequestContext, 'region' | 'accountId'>,
  ): FleetSpec {
    const model = resources.model(variant.ModelName, ctx).request;
    const containers = (model.Containers ?? [model.PrimaryContainer]).map((c: Record<string, any>) => ({
      image: c.Image,
      modelDataUrl: c.ModelDataUrl,
      environment: c.Environment,
      hostname: c.ContainerHostname,
      mode: c.Mode,
    }));
    const asyncOutput = config.request.AsyncInferenceConfig?.OutputConfig;
    return {
      endpointName: ep.name,
      variantName: variant.VariantName,
      endpointConfigName: config.name,
      modelName: variant.ModelName,
      // Serverless variants run one process: concurrency, not instances, is what they scale.
      instanceCount: variant.ServerlessConfig ? 1 : variant.InitialInstanceCount,
      containers,
      inferenceExecutionMode: model.InferenceExecutionConfig?.Mode,
      serverless: variant.ServerlessConfig
        ? {
            memorySizeInMB: variant.ServerlessConfig.MemorySizeInMB,
            maxConcurrency: variant.ServerlessConfig.MaxConcurrency,
          }
        : undefined,
      asyncOutput: asyncOutput
        ? { s3OutputPath: asyncOutput.S3OutputPath, s3FailurePath: asyncOutput.S3FailurePath }
        : undefined,
    };
  }

  /** Starts a fleet per variant of the config; on any failure stops the others and rethrows. */
  async function startVariants(
    ep: EndpointState,
    config: EndpointConfigRecord,
    ctx: Pick<RequestContext, 'region' | 'accountId'>,
  ): Promise<VariantState[]> {
    const injected = env.faults.take('fail-endpoint-creation', (f) => !f.endpoint || f.endpoint === ep.name);
    if (injected)
      throw new Error(
        injected.reason ?? 'Injected failure (modelship emulator fault): the instances failed to start.',
      );
    const variants: Array<Record<string, any>> = config.request.ProductionVariants;
    const results = await Promise.allSettled(
      variants.map((v) => hosting().startFleet(fleetSpec(ep, config, v, ctx))),
    );
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      await Promise.all(results.map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)));
      throw failed.reason;
    }
    return variants.map((v, i) => ({
      name: v.VariantName,
      weight: v.InitialVariantWeight ?? 1,
      instanceCount: v.ServerlessConfig ? 0 : v.InitialInstanceCount,
      images: fleetSpec(ep, config, v, ctx).containers.map((c) => c.image),
      fleet: (results[i] as PromiseFulfilledResult<Fleet>).value,
      status: [],
      serverless: v.ServerlessConfig,
    }));
  }

  const routesOf = (variants: VariantState[]): VariantRoute[] =>
    variants
      .filter((v) => v.fleet)
      .map((v) => ({
        variantName: v.name,
        weight: v.weight,
        fleets: [{ fleet: v.fleet as Fleet, share: 1 }],
      }));

  /** Routes during a deployment: each variant's traffic split between blue and green by `greenShare`. */
  function splitRoutes(blue: VariantState[], green: VariantState[], greenShare: number): VariantRoute[] {
    return green.map((g) => {
      const b = blue.find((v) => v.name === g.name);
      const fleets = b?.fleet && greenShare < 1 ? [{ fleet: b.fleet, share: 1 - greenShare }] : [];
      if (greenShare > 0 || fleets.length === 0)
        fleets.push({ fleet: g.fleet as Fleet, share: b?.fleet ? greenShare : 1 });
      return { variantName: g.name, weight: g.weight, fleets };
    });
  }

  function firedAlarm(alarms: string[]): string | undefined {
    return alarms.find((name) => env.stores.alarms?.stateOf(name)?.value === 'ALARM');
  }

  /** Waits `ms`, watching the alarms; returns the alarm that fired, if one did. */
  async function watch(
    ms: number,
    plan: DeploymentPlan,
    deadline: number,
    signal: AbortSignal,
  ): Promise<string | 'timeout' | undefined> {
    const end = env.clock.now() + ms;
    for (;;) {
      const alarm = firedAlarm(plan.alarms);
      if (alarm) return alarm;
      if (env.clock.now() >= deadline) return 'timeout';
      const left = end - env.clock.now();
      if (left <= 0) return undefined;
      await env.clock.sleep(Math.min(ALARM_CHECK_MS, left), signal);
    }
  }

  const setPhase = (
    variants: VariantState[],
    status: VariantStatusEntry['Status'] | undefined,
    message?: string,
  ) => {
    for (const v of variants)
      v.status = status ? [{ Status: status, StatusMessage: message, StartTime: now() }] : [];
  };

  async function create(
    ep: EndpointState,
    config: EndpointConfigRecord,
    ctx: Pick<RequestContext, 'region' | 'accountId'>,
  ) {
    try {
      const variants = await startVariants(ep, config, ctx);
      await env.clock.sleep(env.timing.provisioningMs, ep.abort.signal);
      ep.variants = variants;
      hosting().setRoutes(ep.name, routesOf(variants));
      ep.status = 'InService';
    } catch (err) {
      if (ep.abort.signal.aborted) return;
      ep.status = 'Failed';
      ep.failureReason = (err as Error).message.slice(0, 1024);
    }
    ep.lastModifiedTime = now();
  }

  async function update(
    ep: EndpointState,
    config: EndpointConfigRecord,
    plan: DeploymentPlan,
    ctx: Pick<RequestContext, 'region' | 'accountId'>,
  ) {
    const signal = ep.abort.signal;
    const blue = ep.variants;
    const started = env.clock.now();
    const deadline = plan.maxExecutionSeconds
      ? started + scaledMs(plan.maxExecutionSeconds)
      : Number.POSITIVE_INFINITY;
    let green: VariantState[] = [];
    const event = (greenShare: number, phase: TrafficEvent['phase'], note?: string) =>
      ep.timeline.push({ at: now(), greenShare, phase, note });
    const rollBack = async (reason: string) => {
      hosting().setRoutes(ep.name, routesOf(blue));
      await Promise.all(green.map((g) => g.fleet?.stop()));
      ep.status = 'InService';
      ep.failureReason = reason.slice(0, 1024);
      ep.pending = undefined;
      setPhase(blue, undefined);
      event(0, 'rolled-back', reason);
    };
    try {
      green = await startVariants(ep, config, ctx);
      ep.pending = { configName: config.name, startTime: new Date(started), variants: green };
      for (const [index, step] of plan.steps.entries()) {
        setPhase(
          green,
          'ActivatingTraffic',
          `Shifting ${Math.round(step.greenShare * 100)}% of traffic to the new fleet`,
        );
        hosting().setRoutes(ep.name, splitRoutes(blue, green, step.greenShare));
        event(step.greenShare, 'activating');
        let fired = await watch(Math.min(100, env.timing.provisioningMs), plan, deadline, signal);
        if (!fired && step.bakeSeconds > 0) {
          setPhase(
            green,
            'Baking',
            `Baking step ${index + 1} of ${plan.steps.length} for ${step.bakeSeconds} s`,
          );
          event(step.greenShare, 'baking');
          fired = await watch(scaledMs(step.bakeSeconds), plan, deadline, signal);
        }
        if (fired === 'timeout') {
          return await rollBack(
            `The deployment did not finish within MaximumExecutionTimeoutInSeconds (${plan.maxExecutionSeconds} s) and was rolled back.`,
          );
        }
        if (fired) {
          const reason = env.stores.alarms?.stateOf(fired)?.reason;
          return await rollBack(
            `Deployment was rolled back: alarm ${fired} went into ALARM state during the deployment${reason ? ` (${reason})` : ''}.`,
          );
        }
      }
      hosting().setRoutes(ep.name, routesOf(green));
      ep.variants = green;
      ep.configName = config.name;
      ep.status = 'InService';
      ep.failureReason = undefined;
      ep.pending = undefined;
      setPhase(green, undefined);
      event(1, 'completed');
      // The old fleet stays up for the termination wait, ready for a manual rollback, then goes.
      void env.clock
        .sleep(scaledMs(plan.terminationWaitSeconds), signal)
        .catch(() => undefined)
        .then(() => Promise.all(blue.map((b) => b.fleet?.stop())));
    } catch (err) {
      if (signal.aborted) return;
      await rollBack(`Failed to update endpoint: ${(err as Error).message}`);
    } finally {
      ep.lastModifiedTime = now();
    }
  }

  const describeVariant = (v: VariantState) => ({
    VariantName: v.name,
    DeployedImages: v.images.map((image) => ({
      SpecifiedImage: image,
      ResolvedImage: image,
      ResolutionTime: new Date(0),
    })),
    CurrentWeight: v.weight,
    DesiredWeight: v.weight,
    CurrentInstanceCount: v.serverless ? undefined : v.instanceCount,
    DesiredInstanceCount: v.serverless ? undefined : v.instanceCount,
    CurrentServerlessConfig: v.serverless,
    DesiredServerlessConfig: v.serverless,
    VariantStatus: v.status.length ? v.status : undefined,
  });

  const inProgress = (ep: EndpointState) =>
    ['Creating', 'Updating', 'RollingBack', 'Deleting', 'SystemUpdating'].includes(ep.status);

  return {
    endpoints,
    operations: {
      CreateEndpoint: (input: Record<string, any>, ctx: RequestContext) => {
        const name = checkName(input.EndpointName, 'endpointName');
        const arn = sagemakerArn(ctx, 'endpoint', name);
        if (endpoints.has(name)) throw validationError(`Cannot create already existing endpoint "${arn}".`);
        const config = resources.config(requireMember(input.EndpointConfigName, 'endpointConfigName'));
        const ep: EndpointState = {
          name,
          arn,
          configName: config.name,
          status: 'Creating',
          creationTime: now(),
          lastModifiedTime: now(),
          variants: [],
          timeline: [],
          abort: new AbortController(),
        };
        endpoints.set(name, ep);
        sm.tags.set(arn, input.Tags);
        void create(ep, config, ctx);
        return { EndpointArn: arn };
      },

      DescribeEndpoint: (input: Record<string, any>) => {
        const ep = endpointOrFail(input.EndpointName);
        const config = resources.configs.get(ep.configName);
        return {
          EndpointName: ep.name,
          EndpointArn: ep.arn,
          EndpointConfigName: ep.configName,
          ProductionVariants: (ep.pending ? ep.pending.variants : ep.variants).map(describeVariant),
          EndpointStatus: ep.status,
          FailureReason: ep.failureReason,
          CreationTime: ep.creationTime,
          LastModifiedTime: ep.lastModifiedTime,
          LastDeploymentConfig: ep.lastDeploymentConfig,
          AsyncInferenceConfig: config?.request.AsyncInferenceConfig,
          DataCaptureConfig: config?.request.DataCaptureConfig
            ? {
                EnableCapture: true,
                CaptureStatus: 'Started',
                CurrentSamplingPercentage: config.request.DataCaptureConfig.InitialSamplingPercentage,
                DestinationS3Uri: config.request.DataCaptureConfig.DestinationS3Uri,
              }
            : undefined,
          PendingDeploymentSummary: ep.pending
            ? {
                EndpointConfigName: ep.pending.configName,
                StartTime: ep.pending.startTime,
                ProductionVariants: ep.pending.variants.map((v) => ({
                  VariantName: v.name,
                  VariantStatus: v.status,
                })),
              }
            : undefined,
        };
      },

      UpdateEndpoint: (input: Record<string, any>, ctx: RequestContext) => {
        const ep = endpointOrFail(requireMember(input.EndpointName, 'endpointName'));
        const config = resources.config(requireMember(input.EndpointConfigName, 'endpointConfigName'));
        if (inProgress(ep)) throw validationError(`Cannot update in-progress endpoint "${ep.arn}".`);
        if (ep.status === 'Failed') {
          throw validationError(`Cannot update failed endpoint "${ep.arn}": delete it and create it again.`);
        }
        const newVariants: Array<Record<string, any>> = config.request.ProductionVariants;
        for (const variant of newVariants) {
          const current = resources.configs
            .get(ep.configName)
            ?.request.ProductionVariants.find(
              (v: Record<string, any>) => v.VariantName === variant.VariantName,
            );
          const resourceId = `endpoint/${ep.name}/variant/${variant.VariantName}`;
          if (
            current &&
            current.InstanceType !== variant.InstanceType &&
            env.stores.scalableTargets?.isRegistered(resourceId)
          ) {
            throw validationError(
              `The variant ${variant.VariantName} is registered with Application Auto Scaling; deregister the scalable target before changing its instance type.`,
            );
          }
        }
        const deploymentConfig = input.RetainDeploymentConfig
          ? ep.lastDeploymentConfig
          : input.DeploymentConfig;
        const instanceCount = Math.min(...newVariants.map((v) => v.InitialInstanceCount ?? 1));
        const plan = deploymentPlan(deploymentConfig, instanceCount);
        ep.status = 'Updating';
        ep.failureReason = undefined;
        ep.lastDeploymentConfig = deploymentConfig;
        ep.lastModifiedTime = now();
        void update(ep, config, plan, ctx);
        return { EndpointArn: ep.arn };
      },

      UpdateEndpointWeightsAndCapacities: (input: Record<string, any>) => {
        const ep = endpointOrFail(requireMember(input.EndpointName, 'endpointName'));
        if (inProgress(ep)) throw validationError(`Cannot update in-progress endpoint "${ep.arn}".`);
        const desired: Array<Record<string, any>> = requireMember(
          input.DesiredWeightsAndCapacities,
          'desiredWeightsAndCapacities',
        );
        for (const d of desired) {
          if (!ep.variants.find((v) => v.name === d.VariantName)) {
            throw validationError(
              `The variant(s) "[${d.VariantName}]" are not present in the endpoint configuration.`,
            );
          }
          if (d.DesiredWeight !== undefined && d.DesiredWeight < 0)
            throw validationError('DesiredWeight must be at least 0.');
        }
        ep.status = 'Updating';
        void env.clock
          .sleep(env.timing.weightUpdateMs, ep.abort.signal)
          .then(() => {
            for (const d of desired) {
              const variant = ep.variants.find((v) => v.name === d.VariantName) as VariantState;
              if (d.DesiredWeight !== undefined) variant.weight = d.DesiredWeight;
              if (d.DesiredInstanceCount !== undefined) variant.instanceCount = d.DesiredInstanceCount;
            }
            hosting().setRoutes(ep.name, routesOf(ep.variants));
            ep.status = 'InService';
            ep.lastModifiedTime = now();
          })
          .catch(() => undefined);
        return { EndpointArn: ep.arn };
      },

      DeleteEndpoint: (input: Record<string, any>) => {
        const ep = endpointOrFail(requireMember(input.EndpointName, 'endpointName'));
        if (ep.status === 'Creating' || ep.status === 'Updating') {
          throw validationError(`Cannot update in-progress endpoint "${ep.arn}".`);
        }
        ep.status = 'Deleting';
        ep.abort.abort();
        hosting().setRoutes(ep.name, undefined);
        void Promise.all(ep.variants.map((v) => v.fleet?.stop())).finally(() => {
          endpoints.delete(ep.name);
          sm.tags.forget(ep.arn);
        });
        return {};
      },

      ListEndpoints: (input: Record<string, any>) => {
        const items = sortByCreation(
          [...endpoints.values()]
            .filter(
              (e) =>
                (!input.NameContains || e.name.includes(input.NameContains)) &&
                (!input.StatusEquals || e.status === input.StatusEquals),
            )
            .map((e) => ({ ...e, creationTime: e.creationTime })),
          input.SortBy,
          input.SortOrder,
        );
        const { page, next } = paginate(items, input.MaxResults, input.NextToken);
        return {
          Endpoints: page.map((e) => ({
            EndpointName: e.name,
            EndpointArn: e.arn,
            CreationTime: e.creationTime,
            LastModifiedTime: e.lastModifiedTime,
            EndpointStatus: e.status,
          })),
          NextToken: next,
        };
      },
    },
  };
}

export type EndpointOperations = ReturnType<typeof endpointOperations>;
export type { EmulatorEnvironment };
