import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import type { S3Client } from '@aws-sdk/client-s3';
import { ModelshipError, type Clock, type InputValues } from '@modelship/shared';
import { AsyncEndpointTarget } from './asyncEndpointTarget';
import { parseCommandLine } from './commandLine';
import { pickContainerRuntime, type CommandRunner } from './containerRuntime';
import { EndpointTarget } from './endpointTarget';
import { HttpModelServer } from './httpModelServer';
import type { inputs } from './inputs';
import { StartedServerTarget } from './localServerTarget';
import type { InvocationTarget } from './ports';

export const DEFAULT_LOCAL_URL = 'http://127.0.0.1:8080';

export interface EndpointClients {
  sagemaker: Pick<SageMakerClient, 'send'>;
  runtime: Pick<SageMakerRuntimeClient, 'send'>;
  s3: Pick<S3Client, 'send'>;
}

/** A process the step started; `exited` says why it is gone, once it is. */
export interface StartedProcess {
  exited(): string | undefined;
  stop(): Promise<void>;
}

export interface TargetPorts {
  /** Created on first use, so that a local run needs neither a region nor credentials. */
  endpointClients(): EndpointClients;
  startProcess(argv: string[]): StartedProcess;
  runCommand: CommandRunner;
}

export interface TargetOptions {
  clock: Clock;
  timeoutMs: number;
  /** The most requests in flight at once (the load run's concurrency): a local server's connections. */
  connections: number;
}

/**
 * The one target the inputs name (the input check made sure there is exactly one), started when the
 * step starts it. Nothing is sent yet: `ready` comes next.
 */
export async function selectTarget(
  values: InputValues<typeof inputs>,
  ports: TargetPorts,
  options: TargetOptions,
): Promise<InvocationTarget> {
  const { clock, timeoutMs } = options;
  const endpoint = values['endpoint-name'];
  if (endpoint && values.async) {
    const prefix = values['async-input-s3-prefix'] as string;
    return new AsyncEndpointTarget({ ...ports.endpointClients(), clock }, endpoint, prefix, timeoutMs);
  }
  if (endpoint) return new EndpointTarget(ports.endpointClients(), endpoint, values.variant);
  const url = values['local-url'] ?? DEFAULT_LOCAL_URL;
  if (values['local-image']) return startImage(values['local-image'], url, ports, options);
  if (values['local-command']) {
    const process = ports.startProcess(parseCommandLine(values['local-command']));
    const server = new HttpModelServer(url, options, () => process.exited());
    return new StartedServerTarget(server, process, `local-command at ${url}`);
  }
  return new HttpModelServer(url, options);
}

async function startImage(
  image: string,
  url: string,
  ports: TargetPorts,
  options: TargetOptions,
): Promise<InvocationTarget> {
  const port = Number(new URL(url).port || 8080);
  const runtime = await pickContainerRuntime(image, port, ports.runCommand);
  if (runtime.prepare) {
    const prepared = await ports.runCommand(runtime.tool, runtime.prepare);
    if (!prepared.ok)
      throw new ModelshipError(
        `${runtime.tool} could not create a container from ${image}: ${prepared.output}`,
        'Check that the image exists locally or can be pulled; no case was run.',
      );
  }
  const process = ports.startProcess([runtime.tool, ...runtime.serveArgs]);
  const started = {
    stop: async () => {
      await process.stop();
      await ports.runCommand(runtime.tool, runtime.cleanup);
    },
  };
  const server = new HttpModelServer(`http://127.0.0.1:${port}`, options, () => process.exited());
  return new StartedServerTarget(server, started, `local-image ${image} (${runtime.tool})`);
}
