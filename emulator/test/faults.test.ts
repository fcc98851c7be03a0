import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ListEndpointsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { FaultRegistry } from '../src/faults';
import { startEmulator, type RunningEmulator } from '../src/emulator';
import { sdkClientConfig } from '../src/testing';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;

beforeAll(async () => {
  emulator = await startEmulator();
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  sagemaker.destroy();
  await emulator.stop();
});

const addFault = (fault: unknown) =>
  fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify(fault) });
const listEndpoints = () => sagemaker.send(new ListEndpointsCommand({}));

describe('API faults', () => {
  it('drops the connection without an answer for a connection-reset fault, and logs the reset', async () => {
    emulator.log.clear();
    expect((await addFault({ kind: 'connection-reset', service: 'sagemaker', count: 1 })).status).toBe(200);
    await expect(listEndpoints()).rejects.toThrow(/socket hang up|ECONNRESET/);
    await expect(listEndpoints()).resolves.toMatchObject({ Endpoints: [] });
    expect(emulator.log.list().map((r) => r.errorCode)).toEqual(['ConnectionReset', undefined]);
  });

  it('holds a call for a hang fault, then answers it', async () => {
    emulator.log.clear();
    await addFault({ kind: 'hang', operation: 'ListEndpoints', delayMs: 300, count: 1 });
    let answered = false;
    const call = listEndpoints().then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    await call;
    expect(answered).toBe(true);
  });

  it('answers a burst of 5xx for exactly count calls', async () => {
    emulator.log.clear();
    await addFault({ kind: 'server-error', service: 'sagemaker', status: 503, count: 2 });
    await expect(listEndpoints()).rejects.toMatchObject({ $metadata: { httpStatusCode: 503 } });
    await expect(listEndpoints()).rejects.toMatchObject({ $metadata: { httpStatusCode: 503 } });
    await expect(listEndpoints()).resolves.toMatchObject({ Endpoints: [] });
  });

  it('refuses a hang without delayMs and a model-hang without an endpoint', async () => {
    const registry = new FaultRegistry();
    expect(() => registry.add({ kind: 'hang' })).toThrow(/hang fault needs "delayMs"/);
    expect(() => registry.add({ kind: 'model-hang' })).toThrow(/model-hang fault needs "endpoint"/);
    expect(() => registry.add({ kind: 'hangs' })).toThrow(
      /Unknown fault kind "hangs"; use one of .*model-hang/,
    );
  });

  it('throttles about the rate asked for, with the random source given', async () => {
    const draws = [0.1, 0.5, 0.29, 0.9];
    const registry = new FaultRegistry(() => draws.shift() as number);
    registry.add({ kind: 'throttle', service: 'ecr', rate: 0.3 });
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i++) {
      outcomes.push(
        await registry.applyApiFaults('ecr', 'DescribeImages').then(
          () => 'answered',
          (err: { code: string }) => err.code,
        ),
      );
    }
    expect(outcomes).toEqual(['ThrottlingException', 'answered', 'ThrottlingException', 'answered']);
    await expect(registry.applyApiFaults('sagemaker', 'ListEndpoints')).resolves.toBeUndefined();
  });
});
