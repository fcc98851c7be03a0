import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import type { ObjectStore } from '../environment';
import { parseS3Uri } from '../services/s3/objectStore';

/** Model data that could not be read or unpacked; the message is the FailureReason to report. */
export class ModelDataError extends Error {}

/** A fresh directory for one model's files, removed when its fleet stops. */
export function makeModelDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'modelship-model-'));
}

export function removeModelDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/**
 * Unpacks a `.tar.gz` from emulated S3 into `dir`, as SageMaker unpacks ModelDataUrl into
 * /opt/ml/model. `container` names the container in the message, as SageMaker's does.
 */
export async function extractModelArchive(
  objects: ObjectStore | undefined,
  s3Uri: string,
  dir: string,
  container: string,
): Promise<void> {
  const downloadFailed = `Failed to download model data for container "${container}" from URL: "${s3Uri}".`;
  if (!objects) {
    throw new ModelDataError(`${downloadFailed} The emulator has no S3 service registered to read it from.`);
  }
  const location = parseS3Uri(s3Uri);
  const object = location && objects.get(location.bucket, location.key);
  if (!object) {
    throw new ModelDataError(
      `${downloadFailed} Please ensure that there is an object located at the URL and that the role passed to CreateModel has permissions to download the object. (In the emulator: upload the archive to its S3 first.)`,
    );
  }
  try {
    await pipeline(Readable.from([object.body]), tar.x({ cwd: dir }));
  } catch (err) {
    throw new ModelDataError(
      `Failed to extract model data archive from URL "${s3Uri}" for container "${container}". Please ensure that the object located at the URL is a valid tar.gz archive. (${(err as Error).message})`,
    );
  }
}

/**
 * The models of a multi-model container, fetched from the ModelDataUrl prefix when a TargetModel is
 * first asked for, into `<root>/<model name>/model` as SageMaker lays out /opt/ml/models.
 */
export class MultiModelArtifacts {
  private readonly loading = new Map<string, Promise<{ modelName: string; url: string }>>();

  constructor(
    private readonly objects: () => ObjectStore | undefined,
    private readonly prefix: string,
    readonly root: string,
  ) {}

  /** The container-facing name and directory of a target model, extracting it the first time. */
  fetch(targetModel: string): Promise<{ modelName: string; url: string }> {
    let pending = this.loading.get(targetModel);
    if (!pending) {
      pending = this.extract(targetModel);
      this.loading.set(targetModel, pending);
      // A failed download is retried on the next call, as the archive may have been uploaded since.
      pending.catch(() => this.loading.delete(targetModel));
    }
    return pending;
  }

  private async extract(targetModel: string): Promise<{ modelName: string; url: string }> {
    // model_name is opaque to the container; a hash keeps any TargetModel safe as a directory name.
    const modelName = createHash('sha256').update(targetModel).digest('hex').slice(0, 32);
    const url = path.join(this.root, modelName, 'model');
    await mkdir(url, { recursive: true });
    const uri = this.prefix.endsWith('/') ? `${this.prefix}${targetModel}` : `${this.prefix}/${targetModel}`;
    await extractModelArchive(this.objects(), uri, url, targetModel);
    return { modelName, url };
  }
}
