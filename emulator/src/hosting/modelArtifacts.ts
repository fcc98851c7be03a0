import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tar from 'tar';
import type { ObjectStore } from '../environment';
import { parseS3Uri } from '../services/s3/objectStore';

/**
 * Extracts a model archive from emulated S3 into a fresh directory, as SageMaker unpacks ModelDataUrl
 * into /opt/ml/model. Without a ModelDataUrl the directory is simply empty.
 */
export async function extractModelArtifacts(
  objects: ObjectStore | undefined,
  modelDataUrl: string | undefined,
): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-model-'));
  if (!modelDataUrl) return dir;
  const location = parseS3Uri(modelDataUrl);
  if (!location) throw new Error(`ModelDataUrl ${modelDataUrl} is not an S3 URI.`);
  const object = objects?.get(location.bucket, location.key);
  if (!object) {
    throw new Error(
      `Could not find model data at ${modelDataUrl}: upload the model.tar.gz to the emulator's S3 first.`,
    );
  }
  const archive = path.join(dir, '..', `${path.basename(dir)}.tar.gz`);
  await writeFile(archive, object.body);
  try {
    await tar.x({ file: archive, cwd: dir });
  } catch (err) {
    throw new Error(`Could not extract ${modelDataUrl} as a .tar.gz archive: ${(err as Error).message}`);
  }
  return dir;
}
