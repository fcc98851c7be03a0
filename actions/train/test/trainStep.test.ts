import { describe, expect, it } from '@jest/globals';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { S3Client } from '@aws-sdk/client-s3';
import {
  CreateTrainingJobCommand,
  DescribeTrainingJobCommand,
  SageMakerClient,
  StopTrainingJobCommand,
} from '@aws-sdk/client-sagemaker';
import { readInputs } from '@modelship/shared';
import { mockClient } from 'aws-sdk-client-mock';
import { inputs } from '../src/inputs';
import type { TrainPorts } from '../src/ports';
import { trainStep } from '../src/trainStep';
import { FakeClock, RecordingLogger } from '@modelship/shared/testing';

const values = (extra: Record<string, string> = {}) =>
  readInputs(
    inputs,
    (name) =>
      ({
        image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:v1',
        'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker',
        'input-data': 'train: s3://data/train/',
        'output-path': 's3://models/jobs/',
        'job-name': 'churn-1',
        'metric-definitions': "acc: 'acc=([0-9.]+)'",
        ...extra,
      })[name] ?? '',
  );

function fakePorts(controller = new AbortController()) {
  const sagemaker = mockClient(SageMakerClient);
  const logs = mockClient(CloudWatchLogsClient);
  const outputs: Record<string, string> = {};
  const summaries: string[] = [];
  const logger = new RecordingLogger();
  const ports: TrainPorts = {
    sagemaker: new SageMakerClient({ region: 'us-east-1' }),
    logs: new CloudWatchLogsClient({ region: 'us-east-1' }),
    s3: mockClient(S3Client) && new S3Client({ region: 'us-east-1' }),
    clock: new FakeClock(),
    logger,
    signal: controller.signal,
    region: 'us-east-1',
    setOutput: (name, value) => (outputs[name] = value),
    writeSummary: async (markdown) => summaries.push(markdown),
  };
  return { sagemaker, logs, outputs, summaries, logger, ports };
}

describe('trainStep with fake ports', () => {
  it('follows the job, prints its log and transitions once each, and fails the step on the gate with both values', async () => {
    const fake = fakePorts();
    fake.sagemaker.on(CreateTrainingJobCommand).resolves({});
    fake.sagemaker
      .on(DescribeTrainingJobCommand)
      .resolvesOnce({
        TrainingJobStatus: 'InProgress',
        SecondaryStatusTransitions: [
          { Status: 'Starting', StatusMessage: 'Preparing', StartTime: new Date(0) },
        ],
      })
      .resolves({
        TrainingJobStatus: 'Completed',
        SecondaryStatusTransitions: [
          { Status: 'Starting', StatusMessage: 'Preparing', StartTime: new Date(0) },
          { Status: 'Completed', StatusMessage: 'Done', StartTime: new Date(0) },
        ],
        FinalMetricDataList: [{ MetricName: 'acc', Value: 0.7 }],
        ModelArtifacts: { S3ModelArtifacts: 's3://models/jobs/churn-1/output/model.tar.gz' },
      });
    fake.logs
      .on(FilterLogEventsCommand)
      .resolvesOnce({ events: [{ eventId: '1', timestamp: 1, message: 'acc=0.6' }] })
      .resolves({
        events: [
          { eventId: '1', timestamp: 1, message: 'acc=0.6' },
          { eventId: '2', timestamp: 2, message: 'acc=0.7' },
        ],
      });

    await expect(trainStep(values({ gate: 'acc>=0.8' }), {}, fake.ports)).rejects.toThrow(
      'acc>=0.8: acc is 0.7, and the gate needs >= 0.8',
    );
    const text = fake.logger.text('info');
    expect(text.match(/acc=0.6/g)).toHaveLength(1);
    expect(text.match(/Starting: Preparing/g)).toHaveLength(1);
    expect(text).toContain('Completed: Done');
    expect(fake.outputs).toMatchObject({
      'training-job-name': 'churn-1',
      status: 'gate-failed',
      'gate-passed': 'false',
      metrics: '{"acc":0.7}',
      'model-data-url': 's3://models/jobs/churn-1/output/model.tar.gz',
    });
    expect(fake.summaries[0]).toContain('title "acc"');
  });

  it('stops the job when the step is cancelled, and waits until it is Stopped', async () => {
    const controller = new AbortController();
    const fake = fakePorts(controller);
    fake.sagemaker.on(CreateTrainingJobCommand).resolves({});
    fake.sagemaker
      .on(DescribeTrainingJobCommand)
      .callsFakeOnce(() => {
        controller.abort(new Error('cancelled by SIGINT'));
        return { TrainingJobStatus: 'InProgress' };
      })
      .resolvesOnce({ TrainingJobStatus: 'Stopping' })
      .resolves({ TrainingJobStatus: 'Stopped', SecondaryStatus: 'Stopped' });
    fake.logs.on(FilterLogEventsCommand).resolves({ events: [] });

    await expect(trainStep(values(), {}, fake.ports)).rejects.toThrow(
      'cancelled; the training job churn-1 was stopped',
    );
    expect(fake.sagemaker.commandCalls(StopTrainingJobCommand)).toHaveLength(1);
    expect(fake.outputs.status).toBe('Stopped');
  });

  it('sits out throttled DescribeTrainingJob polls and still ends on the job Completed', async () => {
    const fake = fakePorts();
    const throttling = () =>
      Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
        $metadata: { httpStatusCode: 400 },
      });
    fake.sagemaker.on(CreateTrainingJobCommand).resolves({});
    fake.sagemaker
      .on(DescribeTrainingJobCommand)
      .rejectsOnce(throttling())
      .resolvesOnce({ TrainingJobStatus: 'InProgress' })
      .rejectsOnce(throttling())
      .rejectsOnce(throttling())
      .resolves({
        TrainingJobStatus: 'Completed',
        ModelArtifacts: { S3ModelArtifacts: 's3://models/jobs/churn-1/output/model.tar.gz' },
      });
    fake.logs.on(FilterLogEventsCommand).resolves({ events: [] });

    await trainStep(values(), {}, fake.ports);
    expect(fake.sagemaker.commandCalls(DescribeTrainingJobCommand)).toHaveLength(5);
    expect(fake.outputs).toMatchObject({
      status: 'Completed',
      'model-data-url': 's3://models/jobs/churn-1/output/model.tar.gz',
    });
  });

  it('fails the step, saying so, when DescribeTrainingJob is throttled ten polls in a row', async () => {
    const fake = fakePorts();
    fake.sagemaker.on(CreateTrainingJobCommand).resolves({});
    fake.sagemaker.on(DescribeTrainingJobCommand).rejects(
      Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    fake.logs.on(FilterLogEventsCommand).resolves({ events: [] });

    await expect(trainStep(values(), {}, fake.ports)).rejects.toThrow(
      /DescribeTrainingJob on churn-1 failed 10 polls in a row with transient errors/,
    );
  });
});
