import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateModelPackageGroupCommand,
  CreatePipelineCommand,
  DeletePipelineCommand,
  DescribeModelPackageCommand,
  DescribePipelineCommand,
  DescribePipelineDefinitionForExecutionCommand,
  DescribePipelineExecutionCommand,
  DescribeTrainingJobCommand,
  ListModelPackagesCommand,
  ListPipelineExecutionsCommand,
  ListTrainingJobsCommand,
  ListPipelineExecutionStepsCommand,
  ListPipelineParametersForExecutionCommand,
  ListPipelinesCommand,
  SageMakerClient,
  StartPipelineExecutionCommand,
  StopPipelineExecutionCommand,
  UpdatePipelineCommand,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';
import { bindTrainer, ROLE_ARN, trainingJobRequest, uploadTrainingData } from './trainingFixture';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let trainUri: string;

beforeAll(async () => {
  emulator = await startEmulator();
  bindTrainer(emulator);
  trainUri = uploadTrainingData(emulator);
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  await sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
});
afterAll(async () => {
  await emulator.stop();
});

/** train -> if accuracy >= MinAccuracy then register, else fail: as the SageMaker Python SDK writes it. */
function trainEvaluateRegister(): string {
  const { TrainingJobName: _name, ...training } = trainingJobRequest('unused', trainUri);
  return JSON.stringify({
    Version: '2020-12-01',
    Parameters: [
      { Name: 'MinAccuracy', Type: 'Float', DefaultValue: 0.8 },
      { Name: 'Behaviour', Type: 'String', DefaultValue: 'learn' },
      { Name: 'TrainUri', Type: 'String', DefaultValue: trainUri },
    ],
    Steps: [
      {
        Name: 'Train',
        Type: 'Training',
        Arguments: {
          ...training,
          HyperParameters: { ...training.HyperParameters, behaviour: { Get: 'Parameters.Behaviour' } },
          InputDataConfig: [
            {
              ChannelName: 'train',
              DataSource: {
                S3DataSource: { S3DataType: 'S3Prefix', S3Uri: { Get: 'Parameters.TrainUri' } },
              },
            },
          ],
        },
      },
      {
        Name: 'CheckAccuracy',
        Type: 'Condition',
        Arguments: {
          Conditions: [
            {
              Type: 'GreaterThanOrEqualTo',
              LeftValue: { Get: "Steps.Train.FinalMetricDataList['accuracy'].Value" },
              RightValue: { Get: 'Parameters.MinAccuracy' },
            },
          ],
          IfSteps: [
            {
              Name: 'Register',
              Type: 'RegisterModel',
              Arguments: {
                ModelPackageGroupName: 'churn',
                ModelApprovalStatus: 'PendingManualApproval',
                InferenceSpecification: {
                  Containers: [
                    {
                      Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:v1',
                      ModelDataUrl: { Get: 'Steps.Train.ModelArtifacts.S3ModelArtifacts' },
                    },
                  ],
                  SupportedContentTypes: ['text/csv'],
                  SupportedResponseMIMETypes: ['application/json'],
                },
                CustomerMetadataProperties: { execution: { Get: 'Execution.PipelineExecutionId' } },
              },
            },
          ],
          ElseSteps: [
            {
              Name: 'AccuracyTooLow',
              Type: 'Fail',
              Arguments: {
                ErrorMessage: {
                  'Std:Join': { On: ' ', Values: ['Accuracy is below', { Get: 'Parameters.MinAccuracy' }] },
                },
              },
            },
          ],
        },
      },
    ],
  });
}

const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the call to fail');
};
const untilDone = (arn: string, statuses = ['Succeeded', 'Failed', 'Stopped']) =>
  pollUntil(
    async () => {
      const execution = await sagemaker.send(
        new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }),
      );
      return statuses.includes(execution.PipelineExecutionStatus as string) ? execution : undefined;
    },
    15_000,
    `pipeline execution ${arn} to end`,
  );
const stepsOf = async (arn: string) =>
  (await sagemaker.send(new ListPipelineExecutionStepsCommand({ PipelineExecutionArn: arn })))
    .PipelineExecutionSteps ?? [];
/** The training job a Training step started: its name holds the execution id (ARNs are lower-cased). */
const trainingJobOf = async (executionArn: string) => {
  const id = executionArn.split('/').pop() as string;
  const jobs = await sagemaker.send(new ListTrainingJobsCommand({ NameContains: id }));
  return jobs.TrainingJobSummaries?.[0]?.TrainingJobName;
};

describe('pipelines', () => {
  it('creates, describes and lists a pipeline', async () => {
    const created = await sagemaker.send(
      new CreatePipelineCommand({
        PipelineName: 'churn-build',
        PipelineDefinition: trainEvaluateRegister(),
        RoleArn: ROLE_ARN,
        PipelineDescription: 'train, evaluate, register',
      }),
    );
    expect(created.PipelineArn).toBe('arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-build');
    const described = await sagemaker.send(new DescribePipelineCommand({ PipelineName: 'churn-build' }));
    expect(described).toMatchObject({
      PipelineName: 'churn-build',
      PipelineStatus: 'Active',
      RoleArn: ROLE_ARN,
      PipelineDefinition: trainEvaluateRegister(),
    });
    const listed = await sagemaker.send(new ListPipelinesCommand({ PipelineNamePrefix: 'churn' }));
    expect(listed.PipelineSummaries?.map((p) => p.PipelineName)).toEqual(['churn-build']);
  });

  it('runs train -> condition -> register to Succeeded, registering the trained artifact', async () => {
    const { PipelineExecutionArn: arn } = await sagemaker.send(
      new StartPipelineExecutionCommand({ PipelineName: 'churn-build' }),
    );
    expect(arn).toMatch(
      /^arn:aws:sagemaker:us-east-1:123456789012:pipeline\/churn-build\/execution\/[a-z0-9]{12}$/,
    );
    const execution = await untilDone(arn as string);
    expect(execution.FailureReason).toBeUndefined();
    expect(execution.PipelineExecutionStatus).toBe('Succeeded');

    const steps = await stepsOf(arn as string);
    expect(steps.map((s) => [s.StepName, s.StepStatus])).toEqual([
      ['Register', 'Succeeded'],
      ['CheckAccuracy', 'Succeeded'],
      ['Train', 'Succeeded'],
    ]);
    const jobName = (await trainingJobOf(arn as string)) as string;
    expect(jobName).toBe(`pipelines-${arn?.split('/').pop()}-Train`);
    const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: jobName }));
    expect(job.TrainingJobStatus).toBe('Completed');
    expect(steps.find((s) => s.StepName === 'Train')?.Metadata?.TrainingJob?.Arn).toBe(job.TrainingJobArn);
    expect(steps.find((s) => s.StepName === 'CheckAccuracy')?.Metadata?.Condition?.Outcome).toBe('True');

    const packageArn = steps.find((s) => s.StepName === 'Register')?.Metadata?.RegisterModel?.Arn as string;
    const registered = await sagemaker.send(
      new DescribeModelPackageCommand({ ModelPackageName: packageArn }),
    );
    expect(registered).toMatchObject({
      ModelPackageGroupName: 'churn',
      ModelApprovalStatus: 'PendingManualApproval',
      CustomerMetadataProperties: { execution: arn?.split('/').pop() },
    });
    expect(registered.InferenceSpecification?.Containers?.[0]?.ModelDataUrl).toBe(
      job.ModelArtifacts?.S3ModelArtifacts,
    );

    const parameters = await sagemaker.send(
      new ListPipelineParametersForExecutionCommand({ PipelineExecutionArn: arn }),
    );
    expect(parameters.PipelineParameters).toEqual([
      { Name: 'MinAccuracy', Value: '0.8' },
      { Name: 'Behaviour', Value: 'learn' },
      { Name: 'TrainUri', Value: trainUri },
    ]);
  });

  it('fails through the Fail step when the condition is false, registering nothing', async () => {
    const before = await sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'churn' }));
    const { PipelineExecutionArn: arn } = await sagemaker.send(
      new StartPipelineExecutionCommand({
        PipelineName: 'churn-build',
        PipelineParameters: [{ Name: 'MinAccuracy', Value: '0.95' }],
      }),
    );
    const execution = await untilDone(arn as string);
    expect(execution.PipelineExecutionStatus).toBe('Failed');
    expect(execution.FailureReason).toContain('AccuracyTooLow: Accuracy is below 0.95');
    const steps = await stepsOf(arn as string);
    expect(steps.map((s) => [s.StepName, s.StepStatus])).toEqual([
      ['AccuracyTooLow', 'Failed'],
      ['CheckAccuracy', 'Succeeded'],
      ['Train', 'Succeeded'],
    ]);
    expect(steps[0]?.FailureReason).toBe('Accuracy is below 0.95');
    expect(steps[1]?.Metadata?.Condition?.Outcome).toBe('False');
    const after = await sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: 'churn' }));
    expect(after.ModelPackageSummaryList).toHaveLength(before.ModelPackageSummaryList?.length as number);
  });

  it("fails when the training step fails, with the job's reason, and skips what depends on it", async () => {
    const { PipelineExecutionArn: arn } = await sagemaker.send(
      new StartPipelineExecutionCommand({
        PipelineName: 'churn-build',
        PipelineParameters: [{ Name: 'Behaviour', Value: 'fail' }],
      }),
    );
    const execution = await untilDone(arn as string);
    expect(execution.PipelineExecutionStatus).toBe('Failed');
    const steps = await stepsOf(arn as string);
    expect(steps.map((s) => [s.StepName, s.StepStatus, s.FailureReason])).toEqual([
      ['Train', 'Failed', 'ValueError: the training data has no label column'],
    ]);
  });

  it('stops an execution, stopping its training job', async () => {
    const { PipelineExecutionArn: arn } = await sagemaker.send(
      new StartPipelineExecutionCommand({
        PipelineName: 'churn-build',
        PipelineParameters: [{ Name: 'Behaviour', Value: 'sleep' }],
      }),
    );
    const jobName = await pollUntil(async () => {
      const name = await trainingJobOf(arn as string);
      if (!name) return undefined;
      const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: name }));
      return job.SecondaryStatus === 'Training' ? name : undefined;
    });
    await sagemaker.send(new StopPipelineExecutionCommand({ PipelineExecutionArn: arn }));
    const execution = await untilDone(arn as string);
    expect(execution.PipelineExecutionStatus).toBe('Stopped');
    expect((await stepsOf(arn as string)).map((s) => [s.StepName, s.StepStatus])).toEqual([
      ['Train', 'Stopped'],
    ]);
    const job = await sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: jobName }));
    expect(job.TrainingJobStatus).toBe('Stopped');
  });

  it('returns the same execution for a repeated ClientRequestToken, and lists executions newest first', async () => {
    const token = 'retry-token-0123456789abcdef0123456789';
    const first = await sagemaker.send(
      new StartPipelineExecutionCommand({ PipelineName: 'churn-build', ClientRequestToken: token }),
    );
    const again = await sagemaker.send(
      new StartPipelineExecutionCommand({ PipelineName: 'churn-build', ClientRequestToken: token }),
    );
    expect(again.PipelineExecutionArn).toBe(first.PipelineExecutionArn);
    await untilDone(first.PipelineExecutionArn as string);
    const listed = await sagemaker.send(new ListPipelineExecutionsCommand({ PipelineName: 'churn-build' }));
    expect(listed.PipelineExecutionSummaries).toHaveLength(5);
    expect(listed.PipelineExecutionSummaries?.[0]).toMatchObject({
      PipelineExecutionArn: first.PipelineExecutionArn,
      PipelineExecutionStatus: 'Succeeded',
    });
  });

  it('refuses bad definitions, unknown parameters and missing pipelines', async () => {
    const create = (definition: unknown) =>
      errorOf(
        sagemaker.send(
          new CreatePipelineCommand({
            PipelineName: 'bad',
            PipelineDefinition: typeof definition === 'string' ? definition : JSON.stringify(definition),
            RoleArn: ROLE_ARN,
          }),
        ),
      );
    expect((await create('{not json')).message).toContain(
      'Invalid pipeline definition: it is not valid JSON',
    );
    expect(
      (await create({ Version: '2020-12-01', Steps: [{ Name: 'X', Type: 'Processing' }] })).message,
    ).toContain('has type "Processing"');
    expect(
      (
        await create({
          Version: '2020-12-01',
          Steps: [{ Name: 'F', Type: 'Fail', Arguments: { ErrorMessage: 'x' }, DependsOn: ['Nope'] }],
        })
      ).message,
    ).toContain('depends on unknown step "Nope"');
    expect(
      (
        await create({
          Version: '2020-12-01',
          Steps: [{ Name: 'F', Type: 'Fail', Arguments: { ErrorMessage: { Get: 'Parameters.P' } } }],
        })
      ).message,
    ).toContain('undefined parameter "P"');

    const unknownParameter = await errorOf(
      sagemaker.send(
        new StartPipelineExecutionCommand({
          PipelineName: 'churn-build',
          PipelineParameters: [{ Name: 'Nope', Value: '1' }],
        }),
      ),
    );
    expect(unknownParameter.name).toBe('ValidationException');
    const missing = await errorOf(
      sagemaker.send(new StartPipelineExecutionCommand({ PipelineName: 'nope' })),
    );
    expect(missing.name).toBe('ResourceNotFound');
    expect(missing.message).toBe(
      "Pipeline 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/nope' does not exist.",
    );

    await sagemaker.send(new DeletePipelineCommand({ PipelineName: 'churn-build' }));
    const deleted = await errorOf(
      sagemaker.send(new DescribePipelineCommand({ PipelineName: 'churn-build' })),
    );
    expect(deleted.name).toBe('ResourceNotFound');
  });
});

describe('UpdatePipeline and DescribePipelineDefinitionForExecution', () => {
  const failWith = (message: string) =>
    JSON.stringify({
      Version: '2020-12-01',
      Steps: [{ Name: 'Stop', Type: 'Fail', Arguments: { ErrorMessage: message } }],
    });

  it('replaces the definition for new executions; a running one keeps the definition it started with', async () => {
    await sagemaker.send(
      new CreatePipelineCommand({
        PipelineName: 'churn-update',
        PipelineDefinition: trainEvaluateRegister(),
        RoleArn: ROLE_ARN,
      }),
    );
    const running = await sagemaker.send(new StartPipelineExecutionCommand({ PipelineName: 'churn-update' }));
    const updated = await sagemaker.send(
      new UpdatePipelineCommand({
        PipelineName: 'churn-update',
        PipelineDefinition: failWith('second version'),
        PipelineDescription: 'now it only fails',
      }),
    );
    expect(updated).toMatchObject({
      PipelineArn: 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-update',
      PipelineVersionId: 2,
    });
    expect(await sagemaker.send(new DescribePipelineCommand({ PipelineName: 'churn-update' }))).toMatchObject(
      { PipelineDefinition: failWith('second version'), PipelineDescription: 'now it only fails' },
    );

    const first = await untilDone(running.PipelineExecutionArn as string);
    expect(first).toMatchObject({ PipelineExecutionStatus: 'Succeeded', PipelineVersionId: 1 });
    const second = await sagemaker.send(new StartPipelineExecutionCommand({ PipelineName: 'churn-update' }));
    expect(await untilDone(second.PipelineExecutionArn as string)).toMatchObject({
      PipelineExecutionStatus: 'Failed',
      FailureReason: expect.stringContaining('second version'),
      PipelineVersionId: 2,
    });

    const definitionOf = (arn: string | undefined) =>
      sagemaker.send(new DescribePipelineDefinitionForExecutionCommand({ PipelineExecutionArn: arn }));
    expect(await definitionOf(running.PipelineExecutionArn)).toMatchObject({
      PipelineDefinition: trainEvaluateRegister(),
      CreationTime: expect.any(Date),
    });
    expect((await definitionOf(second.PipelineExecutionArn)).PipelineDefinition).toBe(
      failWith('second version'),
    );
  });

  it('refuses a bad definition or role and leaves the pipeline as it was; unknown names are not found', async () => {
    await sagemaker.send(
      new CreatePipelineCommand({
        PipelineName: 'stays-put',
        PipelineDefinition: failWith('original'),
        RoleArn: ROLE_ARN,
      }),
    );
    const badDefinition = await errorOf(
      sagemaker.send(
        new UpdatePipelineCommand({ PipelineName: 'stays-put', PipelineDefinition: '{not json' }),
      ),
    );
    expect(badDefinition).toMatchObject({ name: 'ValidationException' });
    expect(badDefinition.message).toContain('Invalid pipeline definition');
    const badRole = await errorOf(
      sagemaker.send(
        new UpdatePipelineCommand({
          PipelineName: 'stays-put',
          PipelineDefinition: failWith('changed'),
          RoleArn: 'not-a-role',
        }),
      ),
    );
    expect(badRole.message).toContain("at 'roleArn' failed to satisfy constraint");
    expect(
      (await sagemaker.send(new DescribePipelineCommand({ PipelineName: 'stays-put' }))).PipelineDefinition,
    ).toBe(failWith('original'));
    const missing = await errorOf(
      sagemaker.send(new UpdatePipelineCommand({ PipelineName: 'nope', PipelineDescription: 'x' })),
    );
    expect(missing.name).toBe('ResourceNotFound');
    const noExecution = await errorOf(
      sagemaker.send(
        new DescribePipelineDefinitionForExecutionCommand({
          PipelineExecutionArn: 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/stays-put/execution/nope',
        }),
      ),
    );
    expect(noExecution.name).toBe('ResourceNotFound');
  });
});
