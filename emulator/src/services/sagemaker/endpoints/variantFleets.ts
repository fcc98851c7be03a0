import type { ContainerDefinition, CreateModelInput } from '@aws-sdk/client-sagemaker';
import type { EmulatorEnvironment } from '../../../environment';
import type { ContainerSpec, Fleet, FleetSpec, Hosting } from '../../../modelServing/types';
import type { RequestContext } from '../../../protocol/types';
import type { DeployedVariant } from './endpointState';
import type { EndpointConfigRecord, HostingStore } from '../hostingStore';
import type { ValidProductionVariant } from '../validHostingRequests';

/** A variant of an endpoint config, resolved against its model when the request arrives. */
export interface PlannedVariant {
  variant: ValidProductionVariant;
  /** The fleet as the config describes it; deployments may start it in parts (rolling batches). */
  spec: FleetSpec;
  weight: number;
  /** Undefined for serverless variants. */
  instanceCount?: number;
}

export function hostingOf(env: EmulatorEnvironment): Hosting {
  const hosting = env.stores.hosting;
  if (!hosting) throw new Error('The emulator has no hosting to run model processes.');
  return hosting;
}

/** A CreateModel request's containers (PrimaryContainer or Containers) as hosting runs them. */
export function containerSpecsOf(
  model: CreateModelInput,
  extraEnvironment?: Record<string, string>,
): ContainerSpec[] {
  const containers: ContainerDefinition[] =
    model.Containers ?? (model.PrimaryContainer ? [model.PrimaryContainer] : []);
  return containers.map((c) => ({
    image: c.Image,
    modelDataUrl: c.ModelDataUrl,
    environment: extraEnvironment ? { ...c.Environment, ...extraEnvironment } : c.Environment,
    hostname: c.ContainerHostname,
    mode: c.Mode,
  }));
}

/**
 * Resolves each production variant of `config` to the fleet that serves it. Throws SageMaker's
 * `Could not find model` when a model was deleted after the config was created.
 */
export function planVariants(
  store: HostingStore,
  endpointName: string,
  config: EndpointConfigRecord,
  ctx: Pick<RequestContext, 'region' | 'accountId'>,
): PlannedVariant[] {
  const asyncOutput = config.request.AsyncInferenceConfig?.OutputConfig;
  return config.request.ProductionVariants.map((variant) => {
    const model = store.model(variant.ModelName, ctx).request;
    const serverless = variant.ServerlessConfig;
    const spec: FleetSpec = {
      endpointName,
      variantName: variant.VariantName,
      endpointConfigName: config.name,
      modelName: variant.ModelName,
      // A serverless variant runs one process: SageMaker scales its concurrency, not instances.
      instanceCount: serverless ? 1 : variant.InitialInstanceCount,
      containers: containerSpecsOf(model),
      inferenceExecutionMode: model.InferenceExecutionConfig?.Mode,
      serverless: serverless
        ? { memorySizeInMB: serverless.MemorySizeInMB, maxConcurrency: serverless.MaxConcurrency }
        : undefined,
      asyncOutput: asyncOutput?.S3OutputPath
        ? { s3OutputPath: asyncOutput.S3OutputPath, s3FailurePath: asyncOutput.S3FailurePath }
        : undefined,
    };
    return {
      variant,
      spec,
      weight: variant.InitialVariantWeight ?? 1,
      instanceCount: serverless ? undefined : variant.InitialInstanceCount,
    };
  });
}

/** The injected `fail-endpoint-creation` fault, if one applies to this endpoint now. */
export function injectedStartFailure(env: EmulatorEnvironment, endpointName: string): Error | undefined {
  const fault = env.faults.take('fail-endpoint-creation', (f) => !f.endpoint || f.endpoint === endpointName);
  if (!fault) return undefined;
  return new Error(
    fault.reason ?? 'Injected failure (modelship emulator fault): the instances failed to start.',
  );
}

/** Starts one fleet of `instanceCount` instances of a planned variant. */
export async function startVariantFleet(
  env: EmulatorEnvironment,
  planned: PlannedVariant,
  instanceCount: number,
): Promise<Fleet> {
  const missing = planned.spec.containers.findIndex((c) => !c.image);
  if (missing >= 0) {
    throw new Error(
      `Container ${missing + 1} of model "${planned.spec.modelName}" names no Image; the emulator runs containers by Image only.`,
    );
  }
  return hostingOf(env).startFleet({ ...planned.spec, instanceCount });
}

/**
 * Starts a full fleet for every planned variant, together. If any fails, stops the ones that started and
 * rejects with the first failure, whose message is the FailureReason.
 */
export async function startAllFleets(env: EmulatorEnvironment, planned: PlannedVariant[]): Promise<Fleet[]> {
  const injected = injectedStartFailure(env, planned[0]?.spec.endpointName ?? '');
  if (injected) throw injected;
  const results = await Promise.allSettled(
    planned.map((p) => startVariantFleet(env, p, p.spec.instanceCount)),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(results.map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)));
    throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
  }
  return results.map((r) => (r as PromiseFulfilledResult<Fleet>).value);
}

/** The running state of a planned variant, before any of its fleets exist. */
export function deployedVariant(planned: PlannedVariant, fleets: Fleet[] = []): DeployedVariant {
  const v = planned.variant;
  return {
    name: v.VariantName,
    configName: planned.spec.endpointConfigName,
    modelName: v.ModelName,
    instanceType: v.InstanceType,
    images: planned.spec.containers.map((c) => c.image),
    currentWeight: planned.weight,
    desiredWeight: planned.weight,
    currentInstanceCount: planned.instanceCount,
    desiredInstanceCount: planned.instanceCount,
    serverless: v.ServerlessConfig,
    fleets,
    phases: [],
  };
}

export async function stopFleets(variants: DeployedVariant[]): Promise<void> {
  await Promise.all(variants.flatMap((v) => v.fleets.map((f) => f.stop().catch(() => undefined))));
}
