import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DeleteEndpointCommand,
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListModelsCommand,
  ListTagsCommand,
  SageMakerClient,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { FakeAlarms, FakeHosting } from './fakeHosting';
import { HeldClock } from './heldClock';
import {
  ROLE_ARN,
  createEndpointInService,
  createModelAndConfig,
  describeEndpoint,
  settledEndpoint,
} from './hostingFixture';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let hosting: FakeHosting;
/** Weight updates take this long, unless the test holds them (the clock then waits for its release). */
const WEIGHT_UPDATE_MS = 101;
const clock = new HeldClock();

beforeAll(async () => {
  emulator = await startEmulator({
    clock,
    timing: { timeScale: 60, provisioningMs: 100, weightUpdateMs: WEIGHT_UPDATE_MS },
  });
  hosting = new FakeHosting();
  emulator.env.stores.hosting = hosting;
  emulator.env.stores.alarms = new FakeAlarms();
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
});
afterAll(async () => {
  clock.releaseAll();
  await emulator.stop();
});

const ARN_PREFIX = 'arn:aws:sagemaker:us-east-1:123456789012';

describe('SageMaker models and endpoint configs', () => {
  it('creates, describes, lists and deletes models and configs, with their tags', async () => {
    const created = await sagemaker.send(
      new CreateModelCommand({
        ModelName: 'Models-One',
        ExecutionRoleArn: ROLE_ARN,
        Containers: [
          { Image: 'a:1', ContainerHostname: 'first' },
          { Image: 'b:1', ContainerHostname: 'second' },
        ],
        InferenceExecutionConfig: { Mode: 'Direct' },
        VpcConfig: { SecurityGroupIds: ['sg-1'], Subnets: ['subnet-1'] },
        EnableNetworkIsolation: true,
        Tags: [{ Key: 'team', Value: 'ml' }],
      }),
    );
    expect(created.ModelArn).toBe(`${ARN_PREFIX}:model/models-one`);
    const model = await sagemaker.send(new DescribeModelCommand({ ModelName: 'Models-One' }));
    expect(model).toMatchObject({
      ModelName: 'Models-One',
      Containers: [{ Image: 'a:1' }, { Image: 'b:1' }],
      InferenceExecutionConfig: { Mode: 'Direct' },
      EnableNetworkIsolation: true,
    });
    expect(model.CreationTime).toBeInstanceOf(Date);
    expect((await sagemaker.send(new ListTagsCommand({ ResourceArn: created.ModelArn }))).Tags).toEqual([
      { Key: 'team', Value: 'ml' },
    ]);
    await expect(
      sagemaker.send(
        new CreateModelCommand({
          ModelName: 'Models-One',
          ExecutionRoleArn: ROLE_ARN,
          PrimaryContainer: { Image: 'a:1' },
        }),
      ),
    ).rejects.toThrow(`Cannot create already existing model "${ARN_PREFIX}:model/models-one".`);

    await createModelAndConfig(sagemaker, 'models-two', [{ InitialVariantWeight: 2 }]);
    const config = await sagemaker.send(
      new DescribeEndpointConfigCommand({ EndpointConfigName: 'models-two' }),
    );
    expect(config).toMatchObject({
      EndpointConfigArn: `${ARN_PREFIX}:endpoint-config/models-two`,
      ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'models-two', InitialVariantWeight: 2 }],
    });
    await expect(
      sagemaker.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: 'models-two',
          ProductionVariants: [
            {
              VariantName: 'v',
              ModelName: 'models-two',
              InstanceType: 'ml.m5.large',
              InitialInstanceCount: 1,
            },
          ],
        }),
      ),
    ).rejects.toThrow(
      `Cannot create already existing endpoint configuration "${ARN_PREFIX}:endpoint-config/models-two".`,
    );

    const models = await sagemaker.send(
      new ListModelsCommand({ NameContains: 'models-', SortBy: 'Name', SortOrder: 'Ascending' }),
    );
    expect(models.Models?.map((m) => m.ModelName)).toEqual(['Models-One', 'models-two']);
    const page = await sagemaker.send(new ListModelsCommand({ NameContains: 'models-', MaxResults: 1 }));
    expect(page.Models?.map((m) => m.ModelName)).toEqual(['models-two']);
    const rest = await sagemaker.send(
      new ListModelsCommand({ NameContains: 'models-', MaxResults: 1, NextToken: page.NextToken }),
    );
    expect(rest.Models?.map((m) => m.ModelName)).toEqual(['Models-One']);
    const configs = await sagemaker.send(
      new ListEndpointConfigsCommand({
        NameContains: 'models-two',
        CreationTimeAfter: new Date(Date.now() - 60_000),
      }),
    );
    expect(configs.EndpointConfigs?.map((c) => c.EndpointConfigName)).toEqual(['models-two']);
    const none = await sagemaker.send(
      new ListEndpointConfigsCommand({
        NameContains: 'models-two',
        CreationTimeBefore: new Date(Date.now() - 60_000),
      }),
    );
    expect(none.EndpointConfigs).toEqual([]);

    await sagemaker.send(new DeleteEndpointConfigCommand({ EndpointConfigName: 'models-two' }));
    await sagemaker.send(new DeleteModelCommand({ ModelName: 'Models-One' }));
    await expect(sagemaker.send(new DescribeModelCommand({ ModelName: 'Models-One' }))).rejects.toMatchObject(
      {
        name: 'ValidationException',
        message: `Could not find model "${ARN_PREFIX}:model/models-one".`,
      },
    );
    await expect(
      sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'models-two' })),
    ).rejects.toThrow('Could not find endpoint configuration "models-two".');
  });

  it('validates names, members and ranges like the service', async () => {
    const model = (input: Record<string, unknown>) =>
      sagemaker.send(
        new CreateModelCommand({
          ModelName: 'valid',
          ExecutionRoleArn: ROLE_ARN,
          PrimaryContainer: { Image: 'a:1' },
          ...input,
        }),
      );
    await expect(model({ ModelName: 'bad_name' })).rejects.toThrow(
      /failed to satisfy constraint: Member must satisfy regular expression pattern/,
    );
    await expect(model({ ModelName: '-leading' })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(model({ ExecutionRoleArn: undefined })).rejects.toThrow(/Value null at 'executionRoleArn'/);
    await expect(model({ PrimaryContainer: undefined })).rejects.toThrow(/PrimaryContainer or Containers/);
    await expect(
      model({
        PrimaryContainer: undefined,
        Containers: Array.from({ length: 16 }, () => ({ Image: 'a:1' })),
      }),
    ).rejects.toThrow(/length less than or equal to 15/);
    await expect(model({ InferenceExecutionConfig: { Mode: 'Parallel' } })).rejects.toThrow(
      /enum value set: \[Serial, Direct\]/,
    );

    await createModelAndConfig(sagemaker, 'validation');
    const config = (variant: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      sagemaker.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: 'validation-config',
          ProductionVariants: [
            {
              VariantName: 'AllTraffic',
              ModelName: 'validation',
              InstanceType: 'ml.m5.large',
              InitialInstanceCount: 1,
              ...variant,
            },
          ],
          ...extra,
        }),
      );
    await expect(config({ ModelName: 'missing' })).rejects.toThrow(
      `Could not find model "${ARN_PREFIX}:model/missing".`,
    );
    await expect(config({ InitialInstanceCount: 0 })).rejects.toThrow(
      /initialInstanceCount' failed to satisfy constraint: Member must have value greater than or equal to 1/,
    );
    const serverless = (ServerlessConfig: Record<string, number>) =>
      config({ InstanceType: undefined, InitialInstanceCount: undefined, ServerlessConfig });
    await expect(serverless({ MemorySizeInMB: 1500, MaxConcurrency: 5 })).rejects.toThrow(
      /MemorySizeInMB 1500/,
    );
    await expect(serverless({ MemorySizeInMB: 7168, MaxConcurrency: 5 })).rejects.toThrow(
      /less than or equal to 6144/,
    );
    await expect(serverless({ MemorySizeInMB: 2048, MaxConcurrency: 201 })).rejects.toThrow(
      /less than or equal to 200/,
    );
    await expect(
      serverless({ MemorySizeInMB: 2048, MaxConcurrency: 5, ProvisionedConcurrency: 6 }),
    ).rejects.toThrow(/ProvisionedConcurrency \(6\) must be less than or equal to MaxConcurrency \(5\)/);
    await expect(
      sagemaker.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: 'validation-config',
          ProductionVariants: Array.from({ length: 11 }, (_, i) => ({
            VariantName: `v${i}`,
            ModelName: 'validation',
            InstanceType: 'ml.m5.large',
            InitialInstanceCount: 1,
          })),
        }),
      ),
    ).rejects.toThrow(/length less than or equal to 10/);
    await expect(
      config(
        {},
        {
          DataCaptureConfig: {
            InitialSamplingPercentage: 101,
            DestinationS3Uri: 's3://b/c',
            CaptureOptions: [{ CaptureMode: 'Input' }],
          },
        },
      ),
    ).rejects.toThrow(/less than or equal to 100/);
    await expect(config({}, { AsyncInferenceConfig: { OutputConfig: {} } })).rejects.toThrow(/s3OutputPath/);
    await expect(
      sagemaker.send(new CreateEndpointCommand({ EndpointName: 'validation', EndpointConfigName: 'nope' })),
    ).rejects.toThrow('Could not find endpoint configuration "nope".');
    await expect(describeEndpoint(sagemaker, 'nope')).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Could not find endpoint "nope".',
    });
    await expect(
      sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'nope', EndpointConfigName: 'validation' })),
    ).rejects.toThrow('Could not find endpoint "nope".');
  });
});

describe('SageMaker endpoints', () => {
  it('creates an endpoint: Creating, a fleet per variant from model and variant, then InService with routes', async () => {
    await createModelAndConfig(sagemaker, 'create-1', [{ InitialInstanceCount: 3 }], { MODE: 'fast' });
    const response = await sagemaker.send(
      new CreateEndpointCommand({
        EndpointName: 'create',
        EndpointConfigName: 'create-1',
        Tags: [{ Key: 'stage', Value: 'prod' }],
      }),
    );
    expect(response.EndpointArn).toBe(`${ARN_PREFIX}:endpoint/create`);
    const creating = await describeEndpoint(sagemaker, 'create');
    expect(creating.EndpointStatus).toBe('Creating');
    expect(creating.ProductionVariants?.[0]?.VariantStatus?.[0]?.Status).toBe('Creating');
    const ready = await settledEndpoint(sagemaker, 'create');
    expect(ready).toMatchObject({
      EndpointName: 'create',
      EndpointArn: `${ARN_PREFIX}:endpoint/create`,
      EndpointConfigName: 'create-1',
      EndpointStatus: 'InService',
      ProductionVariants: [
        {
          VariantName: 'AllTraffic',
          DeployedImages: [{ SpecifiedImage: expect.stringContaining('churn-model:v1') }],
          CurrentWeight: 1,
          DesiredWeight: 1,
          CurrentInstanceCount: 3,
          DesiredInstanceCount: 3,
        },
      ],
    });
    expect(ready.ProductionVariants?.[0]?.VariantStatus).toBeUndefined();
    expect(ready.PendingDeploymentSummary).toBeUndefined();
    expect(ready.FailureReason).toBeUndefined();
    const [fleet] = hosting.fleetsOf('create');
    expect(fleet?.spec).toMatchObject({
      endpointName: 'create',
      variantName: 'AllTraffic',
      endpointConfigName: 'create-1',
      modelName: 'create-1',
      instanceCount: 3,
      containers: [{ modelDataUrl: 's3://models/churn/model.tar.gz', environment: { MODE: 'fast' } }],
    });
    expect(
      hosting.routesOf('create')?.map((r) => [r.variantName, r.weight, r.fleets.map((f) => f.share)]),
    ).toEqual([['AllTraffic', 1, [1]]]);
    expect((await sagemaker.send(new ListTagsCommand({ ResourceArn: response.EndpointArn }))).Tags).toEqual([
      { Key: 'stage', Value: 'prod' },
    ]);
    await expect(
      sagemaker.send(new CreateEndpointCommand({ EndpointName: 'create', EndpointConfigName: 'create-1' })),
    ).rejects.toThrow(`Cannot create already existing endpoint "${ARN_PREFIX}:endpoint/create".`);
  });

  it('fails an endpoint whose fleet cannot start, and then allows only DeleteEndpoint', async () => {
    await createModelAndConfig(sagemaker, 'broken-1');
    hosting.failStartsOf(
      (spec) => spec.endpointConfigName === 'broken-1',
      'The primary container for production variant AllTraffic did not pass the ping health check.',
    );
    const failed = await createEndpointInService(sagemaker, 'broken', 'broken-1');
    expect(failed).toMatchObject({
      EndpointStatus: 'Failed',
      FailureReason:
        'The primary container for production variant AllTraffic did not pass the ping health check.',
    });
    expect(hosting.routesOf('broken')).toBeUndefined();
    await createModelAndConfig(sagemaker, 'broken-2');
    await expect(
      sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'broken', EndpointConfigName: 'broken-2' })),
    ).rejects.toThrow(
      /Cannot update failed endpoint .*only operation allowed on a failed endpoint is DeleteEndpoint/,
    );
    await expect(
      sagemaker.send(
        new UpdateEndpointWeightsAndCapacitiesCommand({
          EndpointName: 'broken',
          DesiredWeightsAndCapacities: [{ VariantName: 'AllTraffic', DesiredWeight: 2 }],
        }),
      ),
    ).rejects.toThrow(/Cannot update failed endpoint/);
    await sagemaker.send(new DeleteEndpointCommand({ EndpointName: 'broken' }));
    await pollUntil(() =>
      describeEndpoint(sagemaker, 'broken').then(
        () => undefined,
        () => true,
      ),
    );
  });

  it('fails an endpoint when a fail-endpoint-creation fault is injected', async () => {
    await createModelAndConfig(sagemaker, 'faulted-1');
    await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({
        kind: 'fail-endpoint-creation',
        endpoint: 'faulted',
        reason: 'Capacity is unavailable.',
        count: 1,
      }),
    });
    const failed = await createEndpointInService(sagemaker, 'faulted', 'faulted-1');
    expect(failed).toMatchObject({ EndpointStatus: 'Failed', FailureReason: 'Capacity is unavailable.' });
    expect(hosting.fleetsOf('faulted')).toEqual([]);
  });

  it('shifts weights between variants: Updating with the desired weights, then InService routing by them', async () => {
    await createModelAndConfig(sagemaker, 'weights-1', [
      { VariantName: 'blue', InitialInstanceCount: 1, InitialVariantWeight: 1 },
      { VariantName: 'green', InitialInstanceCount: 1, InitialVariantWeight: 0 },
    ]);
    await createEndpointInService(sagemaker, 'weights', 'weights-1');
    await expect(
      sagemaker.send(
        new UpdateEndpointWeightsAndCapacitiesCommand({
          EndpointName: 'weights',
          DesiredWeightsAndCapacities: [{ VariantName: 'purple', DesiredWeight: 1 }],
        }),
      ),
    ).rejects.toThrow(/"\[purple\]" are not present in the endpoint configuration/);
    clock.hold(WEIGHT_UPDATE_MS);
    await sagemaker.send(
      new UpdateEndpointWeightsAndCapacitiesCommand({
        EndpointName: 'weights',
        DesiredWeightsAndCapacities: [
          { VariantName: 'blue', DesiredWeight: 1 },
          { VariantName: 'green', DesiredWeight: 3 },
        ],
      }),
    );
    const updating = await describeEndpoint(sagemaker, 'weights');
    expect(updating.EndpointStatus).toBe('Updating');
    expect(
      updating.ProductionVariants?.map((v) => [v.VariantName, v.CurrentWeight, v.DesiredWeight]),
    ).toEqual([
      ['blue', 1, 1],
      ['green', 0, 3],
    ]);
    await expect(
      sagemaker.send(new UpdateEndpointCommand({ EndpointName: 'weights', EndpointConfigName: 'weights-1' })),
    ).rejects.toThrow(`Cannot update in-progress endpoint "${ARN_PREFIX}:endpoint/weights".`);
    clock.release(WEIGHT_UPDATE_MS);
    const done = await settledEndpoint(sagemaker, 'weights');
    expect(done.ProductionVariants?.map((v) => [v.VariantName, v.CurrentWeight, v.DesiredWeight])).toEqual([
      ['blue', 1, 1],
      ['green', 3, 3],
    ]);
    expect(hosting.routesOf('weights')?.map((r) => [r.variantName, r.weight])).toEqual([
      ['blue', 1],
      ['green', 3],
    ]);
  });

  it('changes a variant instance count with a fleet of the new size, retiring the old one', async () => {
    await createModelAndConfig(sagemaker, 'capacity-1', [{ InitialInstanceCount: 1 }]);
    await createEndpointInService(sagemaker, 'capacity', 'capacity-1');
    const [before] = hosting.fleetsOf('capacity');
    await sagemaker.send(
      new UpdateEndpointWeightsAndCapacitiesCommand({
        EndpointName: 'capacity',
        DesiredWeightsAndCapacities: [{ VariantName: 'AllTraffic', DesiredInstanceCount: 3 }],
      }),
    );
    const done = await settledEndpoint(sagemaker, 'capacity');
    expect(done.ProductionVariants?.[0]).toMatchObject({ CurrentInstanceCount: 3, DesiredInstanceCount: 3 });
    const after = hosting.routesOf('capacity')?.[0]?.fleets.map((f) => f.fleet.spec.instanceCount);
    expect(after).toEqual([3]);
    expect(before?.stopped).toBe(true);
  });

  it('lists endpoints with StatusEquals, NameContains, sorting and pages', async () => {
    const list = (input: Record<string, unknown>) => sagemaker.send(new ListEndpointsCommand(input));
    const failed = await list({ StatusEquals: 'Failed' });
    expect(failed.Endpoints?.map((e) => e.EndpointName)).toEqual(['faulted']);
    const byName = await list({ SortBy: 'Name', SortOrder: 'Ascending', MaxResults: 2 });
    expect(byName.Endpoints?.map((e) => e.EndpointName)).toEqual(['capacity', 'create']);
    const next = await list({
      SortBy: 'Name',
      SortOrder: 'Ascending',
      MaxResults: 2,
      NextToken: byName.NextToken,
    });
    expect(next.Endpoints?.map((e) => e.EndpointName)).toEqual(['faulted', 'weights']);
    expect((await list({ NameContains: 'WEIGH' })).Endpoints?.[0]).toMatchObject({
      EndpointName: 'weights',
      EndpointStatus: 'InService',
      EndpointArn: `${ARN_PREFIX}:endpoint/weights`,
    });
    await expect(list({ StatusEquals: 'Sleeping' })).rejects.toThrow(/enum value set/);
  });

  it('deletes an endpoint: Deleting, fleets stopped, routes gone, then not found', async () => {
    const fleets = hosting.fleetsOf('create');
    await sagemaker.send(new DeleteEndpointCommand({ EndpointName: 'create' }));
    await pollUntil(() =>
      describeEndpoint(sagemaker, 'create').then(
        () => undefined,
        (err: Error) => err.message,
      ),
    ).then((message) => expect(message).toBe('Could not find endpoint "create".'));
    expect(fleets.every((f) => f.stopped)).toBe(true);
    expect(hosting.routesOf('create')).toBeUndefined();
    expect(
      (await sagemaker.send(new ListTagsCommand({ ResourceArn: `${ARN_PREFIX}:endpoint/create` }))).Tags,
    ).toEqual([]);
  });
});
