import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateEndpointCommand, DescribeEndpointCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';
import { bindEchoModel, ECHO_IMAGE } from './echoModelFixture';
import { HeldClock } from './heldClock';
import { createModelAndConfig } from './hostingFixture';

/** The provisioning time, held by the clock so that the test decides when provisioning ends. */
const PROVISIONING_MS = 4321;

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
const clock = new HeldClock();

beforeAll(async () => {
  emulator = await startEmulator({ clock, timing: { provisioningMs: PROVISIONING_MS } });
  bindEchoModel(emulator);
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  clock.releaseAll();
  await emulator.stop();
});

describe('an endpoint whose model data is missing from S3', () => {
  it('is Creating while its instances are provisioned, then Failed with the reason', async () => {
    clock.hold(PROVISIONING_MS);
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
    await pollUntil(
      async () => (clock.waitingFor(PROVISIONING_MS) > 0 ? true : undefined),
      10_000,
      'provisioning to start',
    );
    const during = await describe();
    expect(during.EndpointStatus).toBe('Creating');
    expect(during.FailureReason).toBeUndefined();

    clock.release(PROVISIONING_MS);
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
