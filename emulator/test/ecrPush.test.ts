import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  CreateRepositoryCommand,
  DescribeImagesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  ListImagesCommand,
} from '@aws-sdk/client-ecr';
import { startEmulator, type RunningEmulator } from '../src';
import { DEFAULT_REGISTRY_BINARY } from '../src/services/ecr';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

const BUILDAH = '/usr/bin/buildah';
const available = existsSync(BUILDAH) && existsSync(DEFAULT_REGISTRY_BINARY);
// Under CI the push must run: missing binaries fail the test there instead of skipping it.
const describePush = available || process.env.CI === 'true' ? describe : describe.skip;

const run = promisify(execFile);

describePush('a buildah push to the ECR proxyEndpoint', () => {
  let emulator: RunningEmulator;
  let ecr: ECRClient;
  let work: string;
  beforeAll(async () => {
    emulator = await startEmulator();
    ecr = new ECRClient(sdkClientConfig(emulator));
    work = await mkdtemp(path.join(os.tmpdir(), 'modelship-ecr-push-'));
    // buildah keeps registry logins here instead of in the user's auth file.
    await writeFile(path.join(work, 'auth.json'), '{"auths":{}}');
  });
  afterAll(async () => {
    ecr?.destroy();
    await emulator?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** buildah with its own storage in the temp dir, so that the machine's images are not touched. */
  const buildah = async (...args: string[]) => {
    try {
      return await run(
        BUILDAH,
        [
          '--root',
          path.join(work, 'root'),
          '--runroot',
          path.join(work, 'runroot'),
          '--storage-driver',
          'vfs',
          ...args,
        ],
        { timeout: 50_000, env: { ...process.env, REGISTRY_AUTH_FILE: path.join(work, 'auth.json') } },
      );
    } catch (err) {
      const failed = err as Error & { stderr?: string };
      throw new Error(`buildah ${args[0]} failed: ${failed.message}\n${failed.stderr ?? ''}`);
    }
  };

  it('shows the pushed tag and digest in DescribeImages of the repository of the same name', async () => {
    const repositoryName = 'pushed/hello';
    await ecr.send(
      new CreateRepositoryCommand({ repositoryName, imageScanningConfiguration: { scanOnPush: true } }),
    );
    const auth = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData?.[0];
    const credentials = Buffer.from(auth?.authorizationToken as string, 'base64').toString();
    const registryHost = new URL(auth?.proxyEndpoint as string).host;

    const context = path.join(work, 'context');
    await mkdir(context, { recursive: true });
    await writeFile(path.join(context, 'hello.txt'), 'hello from modelship\n');
    await writeFile(path.join(context, 'Containerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
    const image = `${registryHost}/${repositoryName}:v1`;
    await buildah(
      'bud',
      '--isolation',
      'chroot',
      '-f',
      path.join(context, 'Containerfile'),
      '-t',
      image,
      context,
    );
    const digestFile = path.join(work, 'digest');
    await buildah(
      'push',
      '--tls-verify=false',
      '--creds',
      credentials,
      '--digestfile',
      digestFile,
      image,
      `docker://${image}`,
    );
    const digest = (await readFile(digestFile, 'utf8')).trim();
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);

    const described = await ecr.send(new DescribeImagesCommand({ repositoryName }));
    expect(described.imageDetails).toHaveLength(1);
    const detail = described.imageDetails?.[0];
    expect(detail).toMatchObject({
      repositoryName,
      imageDigest: digest,
      imageTags: ['v1'],
      imageScanStatus: { status: 'COMPLETE' },
    });
    expect(detail?.imageManifestMediaType).toMatch(
      /^application\/vnd\.(oci\.image|docker\.distribution)\.manifest/,
    );
    expect(detail?.imageSizeInBytes).toBeGreaterThan(0);
    const listed = await ecr.send(new ListImagesCommand({ repositoryName }));
    expect(listed.imageIds).toEqual([{ imageDigest: digest, imageTag: 'v1' }]);
  }, 60_000);
});
