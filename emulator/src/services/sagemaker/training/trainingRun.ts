import type { SecondaryStatus } from '@aws-sdk/client-sagemaker';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar';
import type { EmulatorEnvironment, ObjectStore } from '../../../environment';
import { ModelProcess } from '../../../modelServing/modelProcess';
import type { ImageBinding } from '../../../imageBindings';
import { parseS3Uri } from '../../s3/objectStore';

/** What a run needs from a validated CreateTrainingJob request. */
export interface TrainingRunSpec {
  jobName: string;
  jobArn: string;
  roleArn: string;
  image: string;
  hyperParameters: Record<string, string>;
  channels: Array<{
    name: string;
    s3Uri: string;
    s3DataType: string;
    contentType?: string;
    distribution: string;
    inputMode: string;
  }>;
  instanceType: string;
  environment: Record<string, string>;
  s3OutputPath: string;
  compression: 'GZIP' | 'NONE';
}

/** How a run reports progress to its job, and learns that it must stop. */
export interface TrainingProgress {
  enter(secondaryStatus: SecondaryStatus, message: string): void;
  onLine(line: string): void;
  /** Aborted by StopTrainingJob, MaxRuntimeInSeconds, reset or shutdown. */
  stopSignal: AbortSignal;
  /** SIGTERM-to-SIGKILL grace when stopped. */
  graceMs: number;
}

export type TrainingOutcome =
  | { kind: 'completed'; modelArtifacts: string }
  | { kind: 'stopped'; modelArtifacts?: string }
  | { kind: 'failed'; failureReason: string; modelArtifacts?: string };

/** SageMaker reports at most this much of /opt/ml/output/failure. */
const FAILURE_REASON_LIMIT = 1024;
const HOST = 'algo-1';

/** The /opt/ml tree of one run, in a temporary directory since the real absolute paths are not ours. */
interface MlTree {
  root: string;
  configDir: string;
  dataDir: string;
  modelDir: string;
  outputDir: string;
  outputDataDir: string;
}

async function makeMlTree(): Promise<MlTree> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'modelship-training-'));
  const tree = {
    root,
    configDir: path.join(root, 'input', 'config'),
    dataDir: path.join(root, 'input', 'data'),
    modelDir: path.join(root, 'model'),
    outputDir: path.join(root, 'output'),
    outputDataDir: path.join(root, 'output', 'data'),
  };
  for (const dir of [tree.configDir, tree.dataDir, tree.modelDir, tree.outputDataDir]) {
    await mkdir(dir, { recursive: true });
  }
  return tree;
}

function resourceConfig(spec: TrainingRunSpec) {
  return {
    current_host: HOST,
    current_instance_type: spec.instanceType,
    current_group_name: 'homogeneousCluster',
    hosts: [HOST],
    instance_groups: [
      { instance_group_name: 'homogeneousCluster', instance_type: spec.instanceType, hosts: [HOST] },
    ],
    network_interface_name: 'eth0',
  };
}

function inputDataConfig(spec: TrainingRunSpec) {
  return Object.fromEntries(
    spec.channels.map((c) => [
      c.name,
      {
        ...(c.contentType ? { ContentType: c.contentType } : {}),
        TrainingInputMode: c.inputMode,
        S3DistributionType: c.distribution,
        RecordWrapperType: 'None',
      },
    ]),
  );
}

async function writeConfig(tree: MlTree, spec: TrainingRunSpec): Promise<void> {
  const write = (name: string, value: unknown) =>
    writeFile(path.join(tree.configDir, name), JSON.stringify(value, null, 2));
  await write('hyperparameters.json', spec.hyperParameters);
  await write('inputdataconfig.json', inputDataConfig(spec));
  await write('resourceconfig.json', resourceConfig(spec));
}

/** A failure the job reports as its FailureReason. */
class TrainingFailure extends Error {}

/**
 * Copies every object under a channel's S3 prefix into input/data/<channel>, keeping the part of the
 * key after the prefix as SageMaker does (an exact key lands under its base name).
 */
async function downloadChannel(
  objects: ObjectStore | undefined,
  tree: MlTree,
  channel: TrainingRunSpec['channels'][number],
  spec: TrainingRunSpec,
  region: string,
): Promise<void> {
  if (channel.s3DataType !== 'S3Prefix') {
    throw new TrainingFailure(
      `ClientError: S3DataType ${channel.s3DataType} of channel "${channel.name}" is not supported by the modelship emulator; use S3Prefix.`,
    );
  }
  const location = parseS3Uri(channel.s3Uri);
  const found = location && objects ? objects.list(location.bucket, location.key) : [];
  if (!location || found.length === 0) {
    const bucket = location?.bucket ?? channel.s3Uri;
    throw new TrainingFailure(
      `ClientError: No S3 objects found under S3 URL "${channel.s3Uri}" given in input data source. Please ensure that the bucket exists in the selected region (${region}), that objects exist under that S3 prefix, and that the role "${spec.roleArn}" has "s3:ListBucket" permissions on bucket "${bucket}".`,
    );
  }
  const channelDir = path.join(tree.dataDir, channel.name);
  await mkdir(channelDir, { recursive: true });
  for (const { key, object } of found) {
    if (key.endsWith('/')) continue;
    const relative = key.slice(location.key.length).replace(/^\/+/, '') || path.posix.basename(key);
    const target = path.resolve(channelDir, relative);
    // A key with `..` segments must not write outside the channel.
    if (!target.startsWith(channelDir + path.sep)) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, object.body);
  }
}

/** The variables of the SageMaker training toolkit, pointing into the temporary tree. */
function toolkitVariables(tree: MlTree, spec: TrainingRunSpec): Record<string, string> {
  const decoded = Object.fromEntries(
    Object.entries(spec.hyperParameters).map(([key, value]) => {
      try {
        return [key, JSON.parse(value) as unknown];
      } catch {
        return [key, value];
      }
    }),
  );
  const variables: Record<string, string> = {
    TRAINING_JOB_NAME: spec.jobName,
    TRAINING_JOB_ARN: spec.jobArn,
    SM_MODEL_DIR: tree.modelDir,
    SM_INPUT_DIR: path.join(tree.root, 'input'),
    SM_INPUT_CONFIG_DIR: tree.configDir,
    SM_INPUT_DATA_CONFIG: JSON.stringify(inputDataConfig(spec)),
    SM_CHANNELS: JSON.stringify(spec.channels.map((c) => c.name)),
    SM_OUTPUT_DIR: tree.outputDir,
    SM_OUTPUT_DATA_DIR: tree.outputDataDir,
    SM_HPS: JSON.stringify(decoded),
    SM_CURRENT_HOST: HOST,
    SM_HOSTS: JSON.stringify([HOST]),
    SM_NETWORK_INTERFACE_NAME: 'eth0',
    SM_RESOURCE_CONFIG: JSON.stringify(resourceConfig(spec)),
    SM_NUM_CPUS: String(os.cpus().length),
    SM_NUM_GPUS: '0',
  };
  for (const channel of spec.channels) {
    variables[`SM_CHANNEL_${channel.name.toUpperCase()}`] = path.join(tree.dataDir, channel.name);
  }
  for (const [key, value] of Object.entries(spec.hyperParameters)) {
    variables[`SM_HP_${key.toUpperCase()}`] = value;
  }
  return variables;
}

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await filesUnder(dir, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

/** A directory's contents as a .tar.gz (an empty archive when there is nothing, as SageMaker uploads one anyway). */
async function packDirectory(dir: string): Promise<Buffer> {
  const entries = await readdir(dir);
  if (entries.length === 0) return gzipSync(Buffer.alloc(1024));
  const chunks: Buffer[] = [];
  for await (const chunk of tar.c({ gzip: true, cwd: dir, portable: true }, entries.sort())) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function outputPrefix(spec: TrainingRunSpec): { bucket: string; key: string; uri: string } {
  const base = spec.s3OutputPath.replace(/\/+$/, '');
  const location = parseS3Uri(`${base}/${spec.jobName}/output/`) as { bucket: string; key: string };
  return { ...location, uri: `${base}/${spec.jobName}/output/` };
}

/**
 * Uploads /opt/ml/model as `<S3OutputPath>/<job>/output/model.tar.gz` (or, with CompressionType NONE,
 * file by file under `.../output/model/`), and output/data as output.tar.gz when it holds anything.
 */
async function uploadArtifacts(
  objects: ObjectStore | undefined,
  tree: MlTree,
  spec: TrainingRunSpec,
): Promise<string> {
  if (!objects)
    throw new TrainingFailure('ClientError: the emulator has no S3 service to upload the model to.');
  const out = outputPrefix(spec);
  let artifacts: string;
  if (spec.compression === 'NONE') {
    for (const file of await filesUnder(tree.modelDir)) {
      objects.put(out.bucket, `${out.key}model/${file}`, await readFile(path.join(tree.modelDir, file)));
    }
    artifacts = `${out.uri}model/`;
  } else {
    objects.put(
      out.bucket,
      `${out.key}model.tar.gz`,
      await packDirectory(tree.modelDir),
      'application/x-tar',
    );
    artifacts = `${out.uri}model.tar.gz`;
  }
  if ((await readdir(tree.outputDataDir)).length > 0) {
    objects.put(
      out.bucket,
      `${out.key}output.tar.gz`,
      await packDirectory(tree.outputDataDir),
      'application/x-tar',
    );
  }
  return artifacts;
}

async function hasModelFiles(tree: MlTree): Promise<boolean> {
  return (await filesUnder(tree.modelDir)).length > 0;
}

async function failureText(tree: MlTree): Promise<string | undefined> {
  const file = path.join(tree.outputDir, 'failure');
  const exists = await stat(file).catch(() => undefined);
  if (!exists?.isFile()) return undefined;
  const text = (await readFile(file, 'utf8')).trim();
  return text ? text.slice(0, FAILURE_REASON_LIMIT) : undefined;
}

function unboundImageReason(image: string): string {
  const repository = image.split('@')[0]?.split('/').pop()?.split(':')[0] ?? image;
  return (
    `ClientError: The training image '${image}' could not be pulled: the modelship emulator has no binding for it. ` +
    `Bind the image to a local command under "images" in the emulator config ` +
    `(e.g. images: { ${repository}: { entrypoint: [python3, train.py], cwd: . } }), or in-process with images.bind('${repository}', ...). ` +
    `The emulator runs the entrypoint with "train" appended.`
  );
}

/**
 * One training job, as `docker run <image> train` on one host: the /opt/ml layout in a temporary
 * directory (its paths in the toolkit's SM_* variables), the channels copied from emulated S3, the
 * bound entrypoint run as an argv with `train`, then the model directory packed and uploaded.
 * Pipe and FastFile channels are served as File: the data is on disk either way.
 */
export async function runTraining(
  env: EmulatorEnvironment,
  spec: TrainingRunSpec,
  region: string,
  progress: TrainingProgress,
): Promise<TrainingOutcome> {
  const { stopSignal } = progress;
  progress.enter('Starting', 'Preparing the instances for training');
  const binding: ImageBinding | undefined = env.images.resolve(spec.image);
  if (!binding) return { kind: 'failed', failureReason: unboundImageReason(spec.image) };
  const tree = await makeMlTree();
  try {
    progress.enter('Downloading', 'Downloading input data');
    await writeConfig(tree, spec);
    try {
      for (const channel of spec.channels) {
        await downloadChannel(env.stores.objects, tree, channel, spec, region);
      }
    } catch (err) {
      if (err instanceof TrainingFailure) return { kind: 'failed', failureReason: err.message };
      throw err;
    }
    if (stopSignal.aborted) return { kind: 'stopped' };

    progress.enter('Training', 'Training image download completed. Training in progress.');
    let child: ModelProcess;
    try {
      child = await ModelProcess.start({
        binding,
        command: 'train',
        environment: { ...spec.environment, ...toolkitVariables(tree, spec) },
        port: 0,
        onLine: progress.onLine,
      });
    } catch (err) {
      return {
        kind: 'failed',
        failureReason: `ClientError: The training image '${spec.image}' could not be started: ${(err as Error).message}`,
      };
    }
    const onStop = () => void child.stop(progress.graceMs);
    if (stopSignal.aborted) onStop();
    else stopSignal.addEventListener('abort', onStop, { once: true });
    await child.exited;
    stopSignal.removeEventListener('abort', onStop);
    await child.outputDrained(1_000);

    if (stopSignal.aborted) {
      // A stopped job keeps what the algorithm saved in its SIGTERM grace.
      if (!(await hasModelFiles(tree))) return { kind: 'stopped' };
      progress.enter('Uploading', 'Uploading generated training model');
      return { kind: 'stopped', modelArtifacts: await uploadArtifacts(env.stores.objects, tree, spec) };
    }
    const code = child.exitCode;
    if (code !== 0) {
      const reason =
        (await failureText(tree)) ??
        `AlgorithmError: The training process ${child.exitReason ?? 'exited'}; see the job's logs in CloudWatch (/aws/sagemaker/TrainingJobs). ExitCode ${code ?? 'none'}`;
      return { kind: 'failed', failureReason: reason.slice(0, FAILURE_REASON_LIMIT) };
    }
    progress.enter('Uploading', 'Uploading generated training model');
    try {
      return { kind: 'completed', modelArtifacts: await uploadArtifacts(env.stores.objects, tree, spec) };
    } catch (err) {
      if (err instanceof TrainingFailure) return { kind: 'failed', failureReason: err.message };
      throw err;
    }
  } finally {
    await rm(tree.root, { recursive: true, force: true });
  }
}
