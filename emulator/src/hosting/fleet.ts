import { randomBytes } from 'node:crypto';
import type { EmulatorEnvironment } from '../environment';
import { extractModelArtifacts } from './modelArtifacts';
import { ModelProcess } from './modelProcess';
import type { Fleet, FleetSpec, InvocationRequest, InvocationResult } from './types';

/** SageMaker's limit for a model's answer to /invocations. */
const INVOCATION_TIMEOUT_MS = 60_000;

/** One instance: a process per container of the model. */
interface Instance {
  id: string;
  processes: Array<{ hostname?: string; process: ModelProcess }>;
}

export class ProcessFleet implements Fleet {
  readonly id = randomBytes(4).toString('hex');
  private next = 0;
  private stopped = false;

  constructor(
    readonly spec: FleetSpec,
    private readonly instances: Instance[],
  ) {}

  get instanceIds(): string[] {
    return this.instances.map((i) => i.id);
  }

  async invoke(request: InvocationRequest): Promise<InvocationResult> {
    if (this.stopped || this.instances.length === 0) {
      return { status: 503, body: Buffer.from('{"message":"the fleet is stopped"}') };
    }
    const instance = this.instances[this.next++ % this.instances.length] as Instance;
    const headers: Record<string, string> = {
      'content-type': request.contentType ?? 'application/octet-stream',
    };
    if (request.accept) headers.accept = request.accept;
    if (request.customAttributes) headers['x-amzn-sagemaker-custom-attributes'] = request.customAttributes;
    if (request.targetModel) headers['x-amzn-sagemaker-target-model'] = request.targetModel;
    if (request.inferenceId) headers['x-amzn-sagemaker-inference-id'] = request.inferenceId;

    let targets = instance.processes;
    if (this.spec.inferenceExecutionMode === 'Direct') {
      const chosen = instance.processes.find((p) => p.hostname === request.targetContainerHostname);
      if (!chosen) {
        return {
          status: 400,
          body: Buffer.from(
            JSON.stringify({
              message: `Container hostname ${request.targetContainerHostname ?? '(none)'} not found.`,
            }),
          ),
        };
      }
      targets = [chosen];
    }
    // Serial pipelines feed each container's answer to the next one.
    let body = request.body;
    let result: InvocationResult = { status: 500, body: Buffer.alloc(0) };
    for (const target of targets) {
      const response = await target.process.request(
        'POST',
        '/invocations',
        body,
        headers,
        INVOCATION_TIMEOUT_MS,
      );
      result = {
        status: response.status,
        body: response.body,
        contentType: response.headers['content-type'] as string | undefined,
        customAttributes: response.headers['x-amzn-sagemaker-custom-attributes'] as string | undefined,
      };
      if (response.status < 200 || response.status >= 300) break;
      body = response.body;
      if (result.contentType) headers['content-type'] = result.contentType;
    }
    return result;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.instances.flatMap((i) => i.processes.map((p) => p.process.stop())));
  }
}

/**
 * Starts every instance of a fleet and waits for each container to answer /ping. Any failure stops
 * what was started and rejects with the reason SageMaker would report.
 */
export async function startProcessFleet(
  env: EmulatorEnvironment,
  spec: FleetSpec,
  track: (p: ModelProcess) => void,
): Promise<ProcessFleet> {
  const started: ModelProcess[] = [];
  const instances: Instance[] = [];
  try {
    const modelDirs = await Promise.all(
      spec.containers.map((c) =>
        // Multi-model containers load archives themselves, by TargetModel, from the prefix.
        c.mode === 'MultiModel'
          ? extractModelArtifacts(undefined, undefined)
          : extractModelArtifacts(env.stores.objects, c.modelDataUrl),
      ),
    );
    for (let i = 0; i < spec.instanceCount; i++) {
      const instanceId = `i-${randomBytes(8).toString('hex')}`;
      const processes: Instance['processes'] = [];
      for (const [index, container] of spec.containers.entries()) {
        const binding = env.images.resolve(container.image);
        if (!binding) {
          throw new Error(
            `The image ${container.image} of model ${spec.modelName} could not be pulled: the emulator has no binding for it. ` +
              `Add it under "images" in the emulator config (e.g. "${container.image.split('/').pop()?.split(/[:@]/)[0]}": {"entrypoint": ["python3", "serve.py"]}).`,
          );
        }
        const logStream = `${spec.variantName}/${instanceId}`;
        const process = await ModelProcess.start({
          binding,
          command: 'serve',
          environment: {
            ...container.environment,
            SM_MODEL_DIR: modelDirs[index] as string,
            ...(container.mode === 'MultiModel' && container.modelDataUrl
              ? { SM_MULTI_MODEL_PREFIX: container.modelDataUrl }
              : {}),
          },
          onLine: (line) =>
            env.stores.logs?.append(
              `/aws/sagemaker/Endpoints/${spec.endpointName}`,
              logStream,
              line,
              env.clock.now(),
            ),
        });
        started.push(process);
        track(process);
        processes.push({ hostname: container.hostname, process });
      }
      instances.push({ id: instanceId, processes });
    }
    const health = await Promise.all(
      started.map((p) =>
        p.waitHealthy(
          env.timing.healthCheckTimeoutMs,
          (ms) => env.clock.sleep(ms),
          () => env.clock.now(),
        ),
      ),
    );
    const unhealthy = started.find((_, i) => !health[i]);
    if (unhealthy) {
      throw new Error(
        `The primary container for production variant ${spec.variantName} did not pass the ping health check. ` +
          `Please check CloudWatch logs for this endpoint.${unhealthy.lastOutput ? ` Last output: ${unhealthy.lastOutput}` : ''}`,
      );
    }
    return new ProcessFleet(spec, instances);
  } catch (err) {
    await Promise.all(started.map((p) => p.stop(500)));
    throw err;
  }
}
