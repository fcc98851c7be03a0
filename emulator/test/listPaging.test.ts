import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  ListModelsCommand,
  ListPipelinesCommand,
  ListTrainingJobsCommand,
  ListTransformJobsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;

beforeAll(async () => {
  emulator = await startEmulator();
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  await emulator.stop();
});

describe('SageMaker List operations and a junk NextToken', () => {
  it.each([
    ['ListModels', (NextToken: string) => new ListModelsCommand({ NextToken })],
    ['ListEndpointConfigs', (NextToken: string) => new ListEndpointConfigsCommand({ NextToken })],
    ['ListEndpoints', (NextToken: string) => new ListEndpointsCommand({ NextToken })],
    ['ListModelPackages', (NextToken: string) => new ListModelPackagesCommand({ NextToken })],
    ['ListModelPackageGroups', (NextToken: string) => new ListModelPackageGroupsCommand({ NextToken })],
    ['ListTrainingJobs', (NextToken: string) => new ListTrainingJobsCommand({ NextToken })],
    ['ListTransformJobs', (NextToken: string) => new ListTransformJobsCommand({ NextToken })],
    ['ListPipelines', (NextToken: string) => new ListPipelinesCommand({ NextToken })],
  ])('%s refuses it with ValidationException and accepts a token it handed out', async (_op, command) => {
    for (const junk of ['junk', '-1', '1.5', '']) {
      await expect(sagemaker.send(command(junk) as never)).rejects.toMatchObject({
        name: 'ValidationException',
      });
    }
    await expect(sagemaker.send(command('0') as never)).resolves.toBeDefined();
  });
});
