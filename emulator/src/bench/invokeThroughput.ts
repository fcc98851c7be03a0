import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { startEmulator } from '../emulator';
import type { ProcessFleet } from '../hosting/fleet';
import type { ImageBinding } from '../imageBindings';

export interface InvokeThroughputOptions {
  /** The model to serve: a binding whose `serve` answers /ping and /invocations (stdlib Python in CI). */
  binding: ImageBinding;
  body: string;
  contentType?: string;
  /** Each measurement stops at whichever comes first. */
  seconds?: number;
  maxCalls?: number;
  concurrency?: number;
}

export interface Rate {
  calls: number;
  failures: number;
  perSecond: number;
}

export interface InvokeThroughputResult {
  concurrency: number;
  /** POST /invocations straight to the model process, with the keep-alive client below. */
  directToModel: Rate;
  /** POST /endpoints/<name>/invocations to the emulator, with the same client and concurrency. */
  invokeEndpoint: Rate;
  /** The same through the AWS SDK's SageMakerRuntimeClient (adds SigV4 signing on the client side). */
  invokeEndpointWithSdk: Rate;
  ratioToDirect: number;
  ratioToDirectWithSdk: number;
}

/** Runs `call` from `concurrency` loops until the time or call budget is spent. */
async function measure(
  call: () => Promise<boolean>,
  concurrency: number,
  seconds: number,
  maxCalls: number,
): Promise<Rate> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let issued = 0;
  let calls = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && issued < maxCalls) {
        issued += 1;
        const ok = await call().catch(() => false);
        if (ok) calls += 1;
        else failures += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { calls, failures, perSecond: Math.round(calls / elapsed) };
}

/** One POST with a keep-alive agent; true on 200. */
function post(agent: http.Agent, port: number, path: string, body: string, headers: Record<string, string>) {
  return new Promise<boolean>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * InvokeEndpoint throughput of an in-process emulator, as a ratio to the same model process called
 * directly in the same run. Loopback only; every loop is bounded by time and by a call budget. The
 * client shares this Node process (and its event loop) with the emulator, so the figure is a floor.
 */
export async function measureInvokeThroughput(
  options: InvokeThroughputOptions,
): Promise<InvokeThroughputResult> {
  const seconds = options.seconds ?? 5;
  const maxCalls = options.maxCalls ?? 100_000;
  const concurrency = options.concurrency ?? 8;
  const contentType = options.contentType ?? 'application/json';
  const emulator = await startEmulator();
  try {
    emulator.images.bind('bench-model', options.binding);
    const hosting = emulator.env.stores.hosting;
    if (!hosting) throw new Error('The emulator has no hosting registered.');
    const fleet = (await hosting.startFleet({
      endpointName: 'bench',
      variantName: 'AllTraffic',
      endpointConfigName: 'bench',
      modelName: 'bench',
      instanceCount: 1,
      containers: [{ image: 'bench-model:latest' }],
    })) as ProcessFleet;
    hosting.setRoutes('bench', [{ variantName: 'AllTraffic', weight: 1, fleets: [{ fleet, share: 1 }] }]);

    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    const modelPort = fleet.ports[0] as number;
    const headers = {
      'content-type': contentType,
      // The emulator routes by the credential scope's service; signatures are not checked.
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIDBENCH/20260101/us-east-1/sagemaker/aws4_request, SignedHeaders=host, Signature=0',
    };
    const directToModel = await measure(
      () => post(agent, modelPort, '/invocations', options.body, headers),
      concurrency,
      seconds,
      maxCalls,
    );
    const invokeEndpoint = await measure(
      () => post(agent, emulator.port, '/endpoints/bench/invocations', options.body, headers),
      concurrency,
      seconds,
      maxCalls,
    );
    const client = new SageMakerRuntimeClient({
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' },
      maxAttempts: 1,
    });
    const invokeEndpointWithSdk = await measure(
      async () => {
        await client.send(
          new InvokeEndpointCommand({ EndpointName: 'bench', ContentType: contentType, Body: options.body }),
        );
        return true;
      },
      concurrency,
      seconds,
      maxCalls,
    );
    client.destroy();
    agent.destroy();
    return {
      concurrency,
      directToModel,
      invokeEndpoint,
      invokeEndpointWithSdk,
      ratioToDirect: Number((invokeEndpoint.perSecond / directToModel.perSecond).toFixed(2)),
      ratioToDirectWithSdk: Number((invokeEndpointWithSdk.perSecond / directToModel.perSecond).toFixed(2)),
    };
  } finally {
    await emulator.stop();
  }
}
