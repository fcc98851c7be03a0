import { randomBytes } from 'node:crypto';
import type { EmulatorEnvironment } from '../environment';
import type { ImageBinding } from '../imageBindings';
import { InvocationRejected, ModelRequestError } from './invocationErrors';
import {
  extractModelArchive,
  makeModelDir,
  ModelDataError,
  MultiModelArtifacts,
  removeModelDir,
} from './modelArtifacts';
import { freePort } from '../localProcess';
import { ModelProcess } from './modelProcess';
import type { ContainerSpec, Fleet, FleetSpec, InvocationRequest, InvocationResult } from './types';

/** SageMaker's limit for a model's answer to /invocations. */
const INVOCATION_TIMEOUT_MS = 60_000;

/** How SageMaker names a container in messages: `primary` alone, else its hostname. */
function containerName(spec: FleetSpec, index: number): string {
  if (spec.containers.length === 1) return 'primary';
  return spec.containers[index]?.hostname ?? `container_${index + 1}`;
}

/** One container of one instance. */
interface RunningContainer {
  name: string;
  hostname?: string;
  process: ModelProcess;
  /** For multi-model containers: the models, and which this process has loaded. */
  multiModel?: { artifacts: MultiModelArtifacts; loaded: Set<string> };
}

interface Instance {
  id: string;
  containers: RunningContainer[];
}

export class ProcessFleet implements Fleet {
  readonly id = randomBytes(4).toString('hex');
  private next = 0;
  private stopping: Promise<void> | undefined;
  private readonly multiModel: boolean;

  constructor(
    readonly spec: FleetSpec,
    private readonly instances: Instance[],
    private readonly modelDirs: string[],
  ) {
    this.multiModel = spec.containers.some((c) => c.mode === 'MultiModel');
  }

  get instanceIds(): string[] {
    return this.instances.map((i) => i.id);
  }

  /** Process ids of every container of every instance. */
  get processIds(): number[] {
    return this.instances.flatMap((i) => i.containers.map((c) => c.process.pid as number));
  }

  get stopped(): boolean {
    return this.stopping !== undefined;
  }

  /** Loopback ports of the first container of each instance, for callers that measure the model alone. */
  get ports(): number[] {
    return this.instances.map((i) => (i.containers[0] as RunningContainer).process.port);
  }

  async invoke(request: InvocationRequest): Promise<InvocationResult> {
    if (this.stopping) throw new ModelRequestError('the fleet was stopped', false);
    const containers = this.targets(request);
    const instance = this.instances[this.next++ % this.instances.length] as Instance;
    const headers: Record<string, string> = {
      'content-type': request.contentType ?? 'application/octet-stream',
    };
    if (request.accept) headers.accept = request.accept;
    if (request.customAttributes) headers['x-amzn-sagemaker-custom-attributes'] = request.customAttributes;
    if (request.targetModel) headers['x-amzn-sagemaker-target-model'] = request.targetModel;
    if (request.inferenceId) headers['x-amzn-sagemaker-inference-id'] = request.inferenceId;

    // A serial pipeline feeds each container's answer (and its content type) to the next one.
    let body = request.body;
    let result: InvocationResult | undefined;
    for (const index of containers) {
      const container = instance.containers[index] as RunningContainer;
      try {
        const response = container.multiModel
          ? await this.invokeMultiModel(container, request.targetModel as string, body, headers)
          : await container.process.request('POST', '/invocations', body, headers, INVOCATION_TIMEOUT_MS);
        result = {
          status: response.status,
          body: response.body,
          contentType: response.headers['content-type'],
          customAttributes: response.headers['x-amzn-sagemaker-custom-attributes'] as string | undefined,
          container: container.name,
        };
      } catch (err) {
        if (err instanceof ModelRequestError) err.container = container.name;
        throw err;
      }
      if (result.status < 200 || result.status >= 300) break;
      body = result.body;
      if (result.contentType) headers['content-type'] = result.contentType;
    }
    return result as InvocationResult;
  }

  /** Indexes of the containers a request goes through, or InvocationRejected as SageMaker answers. */
  private targets(request: InvocationRequest): number[] {
    const { spec } = this;
    if (request.targetModel !== undefined && !this.multiModel) {
      throw new InvocationRejected(
        `Endpoint ${spec.endpointName} is not a multi-model endpoint and does not support target model header.`,
      );
    }
    if (request.targetModel === undefined && this.multiModel) {
      throw new InvocationRejected(
        `Endpoint ${spec.endpointName} is a multi-model endpoint and requires the target model header (TargetModel).`,
      );
    }
    if (spec.inferenceExecutionMode !== 'Direct') return spec.containers.map((_, i) => i);
    const hostname = request.targetContainerHostname;
    if (hostname === undefined) {
      throw new InvocationRejected(
        `Endpoint ${spec.endpointName} uses Direct inference execution mode: TargetContainerHostname is required.`,
      );
    }
    const index = spec.containers.findIndex((c) => c.hostname === hostname);
    if (index < 0) {
      throw new InvocationRejected(
        `Target container hostname ${hostname} is not found in endpoint ${spec.endpointName}. Valid hostnames: ${spec.containers.map((c) => c.hostname).join(', ')}.`,
      );
    }
    return [index];
  }

  /** The multi-model contract: load the model into the container once (POST /models), then invoke it. */
  private async invokeMultiModel(
    container: RunningContainer,
    targetModel: string,
    body: Buffer,
    headers: Record<string, string>,
  ) {
    const { artifacts, loaded } = container.multiModel as NonNullable<RunningContainer['multiModel']>;
    let model: { modelName: string; url: string };
    try {
      model = await artifacts.fetch(targetModel);
    } catch (err) {
      if (err instanceof ModelDataError) throw new InvocationRejected(err.message);
      throw err;
    }
    if (!loaded.has(model.modelName)) {
      const load = await container.process.request(
        'POST',
        '/models',
        Buffer.from(JSON.stringify({ model_name: model.modelName, url: model.url })),
        { 'content-type': 'application/json', 'x-amzn-sagemaker-target-model': targetModel },
        INVOCATION_TIMEOUT_MS,
      );
      // 409: the container had it loaded already.
      if (load.status !== 409 && (load.status < 200 || load.status >= 300)) return load;
      loaded.add(model.modelName);
    }
    return container.process.request(
      'POST',
      `/models/${model.modelName}/invoke`,
      body,
      headers,
      INVOCATION_TIMEOUT_MS,
    );
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await Promise.all(this.instances.flatMap((i) => i.containers.map((c) => c.process.stop())));
      await Promise.all(this.modelDirs.map(removeModelDir));
    })();
    return this.stopping;
  }
}

/**
 * Starts every instance of a fleet (a process per container) and waits for each to answer /ping. Any
 * failure stops what was started and rejects with the FailureReason SageMaker would report.
 */
export async function startProcessFleet(
  env: EmulatorEnvironment,
  spec: FleetSpec,
  track: (p: ModelProcess) => void,
): Promise<ProcessFleet> {
  if (spec.containers.length === 0) throw new Error(`Model ${spec.modelName} has no containers.`);
  const bindings = spec.containers.map((c, index) => bindingOf(env, spec, c, index));
  const started: ModelProcess[] = [];
  const modelDirs: string[] = [];
  try {
    const prepared = await Promise.all(
      spec.containers.map(async (container, index) => {
        const dir = await makeModelDir();
        modelDirs.push(dir);
        if (container.mode === 'MultiModel') {
          if (!container.modelDataUrl) {
            throw new Error(
              `The multi-model container ${containerName(spec, index)} of model ${spec.modelName} has no ModelDataUrl prefix.`,
            );
          }
          return {
            dir,
            artifacts: new MultiModelArtifacts(() => env.stores.objects, container.modelDataUrl, dir),
          };
        }
        if (container.modelDataUrl) {
          await extractModelArchive(
            env.stores.objects,
            container.modelDataUrl,
            dir,
            `container_${index + 1}`,
          );
        }
        return { dir, artifacts: undefined };
      }),
    );

    const logGroup = spec.logGroup ?? `/aws/sagemaker/Endpoints/${spec.endpointName}`;
    const instances: Instance[] = await Promise.all(
      Array.from({ length: spec.instanceCount }, async () => {
        const id = `i-${randomBytes(9).toString('hex').slice(0, 17)}`;
        const stream = `${spec.variantName}/${id}`;
        const onLine = (line: string) => env.stores.logs?.append(logGroup, stream, line, env.clock.now());
        const containers = await Promise.all(
          spec.containers.map(async (container, index): Promise<RunningContainer> => {
            const name = containerName(spec, index);
            const { dir, artifacts } = prepared[index] as (typeof prepared)[number];
            const port = await freePort();
            const modelProcess = await ModelProcess.start({
              binding: bindings[index] as ImageBinding,
              command: 'serve',
              port,
              environment: {
                ...container.environment,
                SAGEMAKER_BIND_TO_PORT: String(port),
                SAGEMAKER_SAFE_PORT_RANGE: `${port}-${port}`,
                SM_MODEL_DIR: dir,
              },
              onLine,
            }).catch((err: Error) => {
              throw new Error(
                `The ${name} container for production variant ${spec.variantName} could not be started: ${err.message}.`,
              );
            });
            started.push(modelProcess);
            track(modelProcess);
            return {
              name,
              hostname: container.hostname,
              process: modelProcess,
              multiModel: artifacts ? { artifacts, loaded: new Set() } : undefined,
            };
          }),
        );
        return { id, containers };
      }),
    );

    const all = instances.flatMap((i) => i.containers);
    const health = await Promise.all(
      all.map((c) =>
        c.process.waitHealthy(
          env.timing.healthCheckTimeoutMs,
          (ms) => env.clock.sleep(ms),
          () => env.clock.now(),
        ),
      ),
    );
    const unhealthy = all.find((_, i) => !health[i]);
    if (unhealthy) {
      await unhealthy.process.outputDrained(200);
      throw new Error(pingFailure(spec, unhealthy));
    }
    return new ProcessFleet(spec, instances, modelDirs);
  } catch (err) {
    await Promise.all(started.map((p) => p.stop(500)));
    await Promise.all(modelDirs.map(removeModelDir));
    throw err;
  }
}

function bindingOf(env: EmulatorEnvironment, spec: FleetSpec, container: ContainerSpec, index: number) {
  const image = container.image;
  if (image === undefined) {
    throw new Error(
      `Container ${containerName(spec, index)} for production variant ${spec.variantName} names no Image; the emulator runs containers by Image only.`,
    );
  }
  const binding = env.images.resolve(image);
  if (binding) return binding;
  const repository = image.split('@')[0]?.split('/').pop()?.split(':')[0] ?? image;
  throw new Error(
    `The image '${image}' of container ${containerName(spec, index)} for production variant ${spec.variantName} could not be pulled: ` +
      `the modelship emulator has no binding for it. ${env.images.missReason(image)} Bind the image to a local command under "images" in the emulator config ` +
      `(e.g. images: { ${repository}: { entrypoint: [python3, serve.py], cwd: . } }), or in-process with images.bind('${repository}', ...).`,
  );
}

/** SageMaker's health-check FailureReason, with what the process said before it failed. */
function pingFailure(spec: FleetSpec, container: RunningContainer): string {
  const exited = container.process.exitReason;
  const stderr = container.process.lastStderrLines;
  return (
    `The ${container.name} container for production variant ${spec.variantName} did not pass the ping health check. ` +
    `Please check CloudWatch logs for this endpoint.` +
    (exited ? ` The process ${exited}.` : '') +
    (stderr.length ? ` Last lines of its stderr: ${stderr.join(' | ')}` : '')
  );
}
