import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SageMakerClient, UpdateEndpointWeightsAndCapacitiesCommand } from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { FakeAlarms, FakeHosting } from './fakeHosting';
import { createEndpointInService, createModelAndConfig } from './hostingFixture';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;

beforeAll(async () => {
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50, weightUpdateMs: 50 } });
  emulator.env.stores.hosting = new FakeHosting();
  emulator.env.stores.alarms = new FakeAlarms();
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  await emulator.stop();
});

describe('UpdateEndpointWeightsAndCapacities', () => {
  it('refuses the same variant twice, naming it', async () => {
    await createModelAndConfig(sagemaker, 'twice', [{ VariantName: 'A' }, { VariantName: 'B' }]);
    expect((await createEndpointInService(sagemaker, 'twice')).EndpointStatus).toBe('InService');
    const update = new UpdateEndpointWeightsAndCapacitiesCommand({
      EndpointName: 'twice',
      DesiredWeightsAndCapacities: [
        { VariantName: 'A', DesiredWeight: 1 },
        { VariantName: 'A', DesiredWeight: 2 },
      ],
    });
    await expect(sagemaker.send(update)).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining('"[A]" appear more than once'),
    });
  });
});
