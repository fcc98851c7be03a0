import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import * as tar from 'tar';
import type { CreateTrainingJobCommandInput } from '@aws-sdk/client-sagemaker';
import type { RunningEmulator } from '../src';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const TRAINER_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/tiny-trainer:v1';
export const ROLE_ARN = 'arn:aws:iam::123456789012:role/SageMakerExecution';

/** Binds the tiny trainer's repository to train_model.py. */
export function bindTrainer(emulator: RunningEmulator): void {
  emulator.images.bind('tiny-trainer', { entrypoint: ['python3', 'train_model.py'], cwd: fixturesDir });
}

/** Ten rows of `x,label` where a 0.5 threshold gets nine right: accuracy 0.9. */
export function uploadTrainingData(emulator: RunningEmulator, bucket = 'training-data'): string {
  const rows = [0.1, 0.2, 0.3, 0.4, 0.45, 0.6, 0.7, 0.8, 0.9, 0.95].map(
    (x, i) => `${x},${i === 4 ? 1 : x > 0.5 ? 1 : 0}`,
  );
  emulator.env.stores.objects?.put(
    bucket,
    'churn/train/part-0.csv',
    Buffer.from(rows.slice(0, 5).join('\n')),
  );
  emulator.env.stores.objects?.put(
    bucket,
    'churn/train/more/part-1.csv',
    Buffer.from(rows.slice(5).join('\n')),
  );
  return `s3://${bucket}/churn/train`;
}

/** A CreateTrainingJob request for the tiny trainer; `behaviour` is learn, fail or sleep. */
export function trainingJobRequest(
  name: string,
  trainUri: string,
  hyperParameters: Record<string, string> = {},
): CreateTrainingJobCommandInput {
  return {
    TrainingJobName: name,
    RoleArn: ROLE_ARN,
    AlgorithmSpecification: {
      TrainingImage: TRAINER_IMAGE,
      TrainingInputMode: 'File',
      MetricDefinitions: [
        { Name: 'accuracy', Regex: 'accuracy=([0-9.]+)' },
        { Name: 'loss', Regex: 'loss=([0-9.]+)' },
      ],
    },
    InputDataConfig: [
      {
        ChannelName: 'train',
        ContentType: 'text/csv',
        DataSource: {
          S3DataSource: {
            S3DataType: 'S3Prefix',
            S3Uri: trainUri,
            S3DataDistributionType: 'FullyReplicated',
          },
        },
      },
    ],
    OutputDataConfig: { S3OutputPath: 's3://training-output/jobs' },
    ResourceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 10 },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    HyperParameters: { epochs: '2', threshold: '0.5', ...hyperParameters },
  };
}

/** The files of a .tar.gz, by path, unpacked with the same `tar` package the emulator packs with. */
export async function filesOfArchive(archive: Buffer): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'model-archive-'));
  try {
    await pipeline(Readable.from([archive]), tar.x({ cwd: dir }));
    const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
    const files: Record<string, string> = {};
    for (const name of names.sort()) files[name] = await readFile(path.join(dir, name), 'utf8');
    return files;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
