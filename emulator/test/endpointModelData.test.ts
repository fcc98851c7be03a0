import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateEndpointCommand, DescribeEndpointCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import type { EmulatorClock } from '../src/environment';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';
import { bindEchoModel, ECHO_IMAGE } from './echoModelFixture';
import { createModelAndConfig } from './hostingFixture';

/** A distinctive provisioning time, so that the clock can tell its sleeps from every other. */
const PROVISIONING_MS = 4321;

/**
 * The system clock, except that sleeps of the provisioning time wait until the test releases them:
 * the test decides when provisioning is over, whatever the machine's load.
 */
class ProvisioningGate implements EmulatorClock {
  private waiting: Array<() => void> = [];

  now(): number {
    return Date.now();
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (ms !== PROVISIONING_MS) {
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  get pending(): number {
    return this.waiting.length;
  }

  release(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
const gate = new ProvisioningGate();

beforeAll(async () => {
  emulator = await startEmulator({ clock: gate, timing: { provisioningMs: PROVISIONING_MS } });
  bindEchoModel(emulator);
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  gate.release();
  await emulator.stop();
});

describe('an endpoint whose model data is missing from S3', () => {
  it('is Creating while its instances are provisioned, then Failed with the reason', async () => {
    // The fixture's model points at s3://models/churn/model.tar.gz, which was never uploaded.
    await createModelAndConfig(sagemaker, 'no-model-data', [{}], {}, ECHO_IMAGE);
    await sagemaker.send(
      new CreateEndpointCommand({
        EndpointName: 'no-model-data',
        EndpointConfigName: 'no-model-data',
      }),
    );
    const describe = () => sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'no-model-data' }));

    // The download has failed and the provisioning time is running: still Creating, no reason yet.
    await pollUntil(async () => (gate.pending > 0 ? true : undefined), 10_000, 'provisioning to start');
    const during = await describe();
    expect(during.EndpointStatus).toBe('Creating');
    expect(during.FailureReason).toBeUndefined();

    gate.release();
    const failed = await pollUntil(
      async () => {
        const endpoint = await describe();
        return endpoint.EndpointStatus === 'Creating' ? undefined : endpoint;
      },
      10_000,
      'the endpoint to leave Creating',
    );
    expect(failed.EndpointStatus).toBe('Failed');
    expect(failed.FailureReason).toMatch(
      /^Failed to download model data for container "container_1" from URL: "s3:\/\/models\/churn\/model\.tar\.gz"\./,
    );
  });
});
