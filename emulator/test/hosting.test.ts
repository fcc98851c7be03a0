import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '../src';
import type { ProcessFleet } from '../src/modelServing/fleet';
import { createHosting, type RoutingHosting } from '../src/modelServing/hostingService';
import { InvocationRejected } from '../src/modelServing/invocationErrors';
import { pickRoute, seededRandom } from '../src/modelServing/trafficRouter';
import type { Fleet, VariantRoute } from '../src/modelServing/types';
import type { LogStore } from '../src/environment';
import {
  bindEchoModel,
  ECHO_IMAGE,
  echoFleetSpec,
  processIsAlive,
  uploadModelArchive,
} from './echoModelFixture';

let emulator: RunningEmulator;
let hosting: RoutingHosting;
const logLines: Array<{ group: string; stream: string; message: string }> = [];

beforeAll(async () => {
  // Healthy models have the default 20 s to answer /ping: a loaded CI machine starts Python slowly.
  emulator = await startEmulator();
  bindEchoModel(emulator);
  hosting = createHosting(emulator.env);
  const logs = emulator.env.stores.logs as LogStore;
  emulator.env.stores.logs = {
    append(group, stream, message, timestamp) {
      logLines.push({ group, stream, message });
      logs.append(group, stream, message, timestamp);
    },
  };
});
afterAll(async () => {
  await emulator.stop();
});

const invocation = (numbers: number[], extra: Record<string, string> = {}) => ({
  body: Buffer.from(JSON.stringify({ numbers })),
  contentType: 'application/json',
  ...extra,
});
const answer = (result: { body: Buffer }) => JSON.parse(result.body.toString()) as Record<string, any>;

/** Model processes of the echo fixture whose environment holds `marker` (Linux /proc). */
function echoProcessesWith(marker: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('model processes', () => {
  it('runs one process per instance with the model files, its variables and no AWS credentials', async () => {
    const modelDataUrl = await uploadModelArchive(emulator, 's3://models/echo/model.tar.gz', {
      'factor.txt': '3',
    });
    const saved = process.env.AWS_SECRET_ACCESS_KEY;
    process.env.AWS_SECRET_ACCESS_KEY = 'must-not-leak';
    let fleet: ProcessFleet;
    try {
      fleet = (await hosting.startFleet(
        echoFleetSpec({
          instanceCount: 2,
          containers: [{ image: ECHO_IMAGE, modelDataUrl, environment: { SAGEMAKER_PROGRAM: 'serve.py' } }],
        }),
      )) as ProcessFleet;
    } finally {
      if (saved === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
      else process.env.AWS_SECRET_ACCESS_KEY = saved;
    }
    const first = answer(await fleet.invoke(invocation([1, 2])));
    const second = answer(await fleet.invoke(invocation([1])));
    expect(first.numbers).toEqual([3, 6]);
    expect(first.modelFiles).toEqual(['factor.txt']);
    expect(first.env).toMatchObject({
      SAGEMAKER_PROGRAM: 'serve.py',
      BINDING_VARIABLE: 'from-binding',
      AWS_SECRET_ACCESS_KEY: null,
    });
    expect(first.env.SM_MODEL_DIR).toEqual(expect.any(String));
    // Round robin: consecutive calls land on the two instances.
    expect(new Set([first.pid, second.pid]).size).toBe(2);
    expect(fleet.processIds.sort()).toEqual([first.pid, second.pid].sort());
    expect(fleet.instanceIds).toHaveLength(2);

    const streams = new Set(
      logLines.filter((l) => l.group === '/aws/sagemaker/Endpoints/echo').map((l) => l.stream),
    );
    expect([...streams].sort()).toEqual(fleet.instanceIds.map((id) => `AllTraffic/${id}`).sort());
    expect(logLines.some((l) => /echo model serving on port \d+$/.test(l.message))).toBe(true);

    await fleet.stop();
    for (const pid of fleet.processIds) expect(processIsAlive(pid)).toBe(false);
  });

  it('fails with a reason that says how to bind an image the emulator does not know', async () => {
    await expect(
      hosting.startFleet(
        echoFleetSpec({ containers: [{ image: '111.dkr.ecr.us-east-1.amazonaws.com/nobody:1' }] }),
      ),
    ).rejects.toThrow(
      /'111\.dkr\.ecr\.us-east-1\.amazonaws\.com\/nobody:1'.*could not be pulled.*"images".*nobody/,
    );
  });

  it('fails when /ping never answers 200, and stops the process it started', async () => {
    const marker = `ECHO_NAME=never-healthy-${process.pid}`;
    // Only this model is never healthy: a short health-check timeout keeps the test short.
    const defaultTimeout = emulator.env.timing.healthCheckTimeoutMs;
    emulator.env.timing.healthCheckTimeoutMs = 1_500;
    await expect(
      hosting.startFleet(
        echoFleetSpec({
          variantName: 'Blue',
          containers: [
            {
              image: ECHO_IMAGE,
              environment: { ECHO_PING_STATUS: '503', ECHO_NAME: marker.split('=')[1] as string },
            },
          ],
        }),
      ),
    )
      .rejects.toThrow(
        'The primary container for production variant Blue did not pass the ping health check. Please check CloudWatch logs for this endpoint.',
      )
      .finally(() => (emulator.env.timing.healthCheckTimeoutMs = defaultTimeout));
    expect(echoProcessesWith(marker)).toEqual([]);
  });

  it('fails when the process exits at start, quoting its stderr and exit code', async () => {
    await expect(
      hosting.startFleet(
        echoFleetSpec({ containers: [{ image: ECHO_IMAGE, environment: { ECHO_EXIT_CODE: '3' } }] }),
      ),
    ).rejects.toThrow(/did not pass the ping health check.*exited with code 3.*cannot load the model/);
  });

  it('fails when the model data is not in S3', async () => {
    await expect(
      hosting.startFleet(
        echoFleetSpec({
          containers: [{ image: ECHO_IMAGE, modelDataUrl: 's3://models/missing/model.tar.gz' }],
        }),
      ),
    ).rejects.toThrow(
      'Failed to download model data for container "container_1" from URL: "s3://models/missing/model.tar.gz".',
    );
  });
});

describe('multi-container and multi-model', () => {
  const pipeline = {
    image: ECHO_IMAGE,
    hostname: 'first',
    environment: { ECHO_NAME: 'first' },
  };
  it('passes each container output to the next in a serial pipeline', async () => {
    const fleet = await hosting.startFleet(
      echoFleetSpec({
        containers: [
          pipeline,
          { image: ECHO_IMAGE, hostname: 'second', environment: { ECHO_NAME: 'second' } },
        ],
      }),
    );
    const result = await fleet.invoke(invocation([1, 5]));
    expect(answer(result)).toMatchObject({ numbers: [4, 20], container: 'second' });
    expect(result.container).toBe('second');
    await fleet.stop();
  });

  it('routes Direct invocations by TargetContainerHostname', async () => {
    const fleet = await hosting.startFleet(
      echoFleetSpec({
        inferenceExecutionMode: 'Direct',
        containers: [
          pipeline,
          { image: ECHO_IMAGE, hostname: 'second', environment: { ECHO_NAME: 'second' } },
        ],
      }),
    );
    expect(answer(await fleet.invoke(invocation([1], { targetContainerHostname: 'second' })))).toMatchObject({
      numbers: [2],
      container: 'second',
    });
    await expect(fleet.invoke(invocation([1]))).rejects.toBeInstanceOf(InvocationRejected);
    await expect(fleet.invoke(invocation([1], { targetContainerHostname: 'third' }))).rejects.toThrow(
      /Target container hostname third is not found/,
    );
    await fleet.stop();
  });

  it('extracts a multi-model archive when a TargetModel is first asked for, and loads it once', async () => {
    await uploadModelArchive(emulator, 's3://models/mme/five.tar.gz', { 'factor.txt': '5' });
    await uploadModelArchive(emulator, 's3://models/mme/seven.tar.gz', { 'factor.txt': '7' });
    const fleet = await hosting.startFleet(
      echoFleetSpec({
        endpointName: 'mme',
        containers: [{ image: ECHO_IMAGE, mode: 'MultiModel', modelDataUrl: 's3://models/mme/' }],
      }),
    );
    expect(answer(await fleet.invoke(invocation([2], { targetModel: 'five.tar.gz' })))).toMatchObject({
      numbers: [10],
      targetModel: 'five.tar.gz',
    });
    expect(answer(await fleet.invoke(invocation([2], { targetModel: 'seven.tar.gz' }))).numbers).toEqual([
      14,
    ]);
    expect(answer(await fleet.invoke(invocation([1], { targetModel: 'five.tar.gz' }))).numbers).toEqual([5]);
    const loads = logLines.filter(
      (l) => l.group === '/aws/sagemaker/Endpoints/mme' && l.message.startsWith('loaded'),
    );
    expect(loads.map((l) => l.message)).toEqual(['loaded five.tar.gz', 'loaded seven.tar.gz']);
    await expect(fleet.invoke(invocation([1], { targetModel: 'absent.tar.gz' }))).rejects.toThrow(
      /Failed to download model data/,
    );
    await expect(fleet.invoke(invocation([1]))).rejects.toBeInstanceOf(InvocationRejected);
    await fleet.stop();
  });
});

describe('lifetime', () => {
  it('stops every model process on reset and forgets the routes', async () => {
    const fleet = (await hosting.startFleet(echoFleetSpec({ endpointName: 'reset-me' }))) as ProcessFleet;
    hosting.setRoutes('reset-me', [{ variantName: 'AllTraffic', weight: 1, fleets: [{ fleet, share: 1 }] }]);
    const [pid] = fleet.processIds;
    expect(processIsAlive(pid as number)).toBe(true);
    await emulator.reset();
    expect(processIsAlive(pid as number)).toBe(false);
    expect(hosting.routesOf('reset-me')).toBeUndefined();
  });
});

describe('traffic router', () => {
  const fleet = (id: string) => ({ id }) as unknown as Fleet;
  const routes: VariantRoute[] = [
    {
      variantName: 'Live',
      weight: 1,
      fleets: [
        { fleet: fleet('blue'), share: 0.25 },
        { fleet: fleet('green'), share: 0.75 },
      ],
    },
    { variantName: 'Shadow', weight: 0, fleets: [{ fleet: fleet('shadow'), share: 1 }] },
  ];

  it('splits by weight then share, and never sends weight-0 traffic unless asked for by name', () => {
    const random = seededRandom(3);
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      const choice = pickRoute('ep', routes, undefined, random);
      if (choice.kind !== 'routed') throw new Error(choice.message);
      counts.set(choice.fleet.id, (counts.get(choice.fleet.id) ?? 0) + 1);
    }
    expect(counts.get('shadow')).toBeUndefined();
    expect(counts.get('green')).toBeGreaterThan(2850);
    expect(counts.get('green')).toBeLessThan(3150);
    expect(pickRoute('ep', routes, 'Shadow', random)).toMatchObject({
      kind: 'routed',
      variantName: 'Shadow',
    });
  });

  it('rejects an unknown TargetVariant and an endpoint whose weights are all 0', () => {
    expect(pickRoute('ep', routes, 'Nope', Math.random)).toEqual({
      kind: 'rejected',
      message: 'Variant Nope not found for endpoint ep.',
    });
    expect(pickRoute('ep', [{ ...routes[1] } as VariantRoute], undefined, Math.random).kind).toBe('rejected');
  });
});
