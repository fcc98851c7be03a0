import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import {
  BatchDeleteImageCommand,
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DeleteLifecyclePolicyCommand,
  DeleteRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
  ListImagesCommand,
  ListTagsForResourceCommand,
  PutImageCommand,
  PutImageScanningConfigurationCommand,
  PutImageTagMutabilityCommand,
  PutLifecyclePolicyCommand,
  TagResourceCommand,
} from '@aws-sdk/client-ecr';
import { startEmulator, type RunningEmulator } from '../src';
import { DEFAULT_REGISTRY_BINARY } from '../src/services/ecr';
import { resolveImageId } from '../src/services/ecr/imageIdentifiers';
import { manifestFacts, OCI_MANIFEST } from '../src/services/ecr/imageManifest';
import { InMemoryImageStore } from '../src/services/ecr/imageStore';
import { checkLifecyclePolicyText } from '../src/services/ecr/lifecyclePolicyText';
import { pageOf } from '../src/services/ecr/paging';
import {
  NO_REGISTRY_MESSAGE,
  registryElsewhereMessage,
  registryUnavailableResponse,
} from '../src/services/ecr/registryEndpoint';
import { registryConfig } from '../src/services/ecr/registryProcess';
import { isTagImmutable } from '../src/services/ecr/tagMutability';
import { checkRepositoryName } from '../src/services/ecr/validation';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

const hasRegistry = existsSync(DEFAULT_REGISTRY_BINARY);
// Under CI the registry must be there: a missing binary fails the suite instead of skipping it.
const describeWithRegistry = hasRegistry || process.env.CI === 'true' ? describe : describe.skip;

const POLICY = JSON.stringify({
  rules: [
    {
      rulePriority: 1,
      description: 'keep the last 10 images',
      selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 10 },
      action: { type: 'expire' },
    },
  ],
});

const sha256 = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** An OCI image: a config and one layer, and the manifest naming both. */
function fabricateImage(seed: string) {
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, seed }),
  );
  const layer = Buffer.from(`layer of ${seed}`);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: sha256(config),
      size: config.length,
    },
    layers: [
      { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256(layer), size: layer.length },
    ],
  });
  return { config, layer, manifest, digest: sha256(manifest), size: config.length + layer.length };
}

/** A registry needs the blobs before the manifest that names them (docker push does the same). */
async function uploadBlobs(registryUrl: string, repository: string, blobs: Buffer[]): Promise<void> {
  for (const blob of blobs) {
    const started = await fetch(`${registryUrl}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
    expect(started.status).toBe(202);
    const location = new URL(started.headers.get('location') as string, registryUrl);
    location.searchParams.set('digest', sha256(blob));
    const put = await fetch(location, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: blob,
    });
    expect(put.status).toBe(201);
  }
}

describe('ECR pure parts', () => {
  it('validates repository names with the model pattern', () => {
    expect(checkRepositoryName('team/churn-model')).toBe('team/churn-model');
    for (const bad of ['Upper', 'a', 'a//b', '-lead', 'trail-', 'a/../b', '']) {
      expect(() => checkRepositoryName(bad)).toThrow(/repositoryName/);
    }
  });

  it('decides tag immutability with exclusion filters', () => {
    expect(isTagImmutable({ imageTagMutability: 'IMMUTABLE' }, 'v1')).toBe(true);
    expect(isTagImmutable({ imageTagMutability: 'MUTABLE' }, 'v1')).toBe(false);
    const filters = [{ filterType: 'WILDCARD' as const, filter: 'dev-*' }];
    expect(
      isTagImmutable(
        { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: filters },
        'dev-3',
      ),
    ).toBe(false);
    expect(
      isTagImmutable(
        { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: filters },
        'v3',
      ),
    ).toBe(true);
    expect(
      isTagImmutable(
        { imageTagMutability: 'MUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: filters },
        'dev-3',
      ),
    ).toBe(true);
    expect(
      isTagImmutable(
        { imageTagMutability: 'MUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: filters },
        'devx',
      ),
    ).toBe(false);
  });

  it('accepts a lifecycle policy with rules and says what is wrong with others', () => {
    expect(checkLifecyclePolicyText(POLICY)).toBe(POLICY);
    expect(() => checkLifecyclePolicyText(`{"rules": [] ${' '.repeat(100)}}`)).toThrow(/non-empty "rules"/);
    expect(() => checkLifecyclePolicyText(`{not json${' '.repeat(100)}`)).toThrow(/not valid JSON/);
    expect(() => checkLifecyclePolicyText('{}')).toThrow(/length between 100/);
    const noAction = POLICY.replace('"expire"', '"keep"');
    expect(() => checkLifecyclePolicyText(noAction)).toThrow(/action.type must be expire/);
  });

  it('reads digest, media type and size of a manifest', () => {
    const image = fabricateImage('facts');
    expect(manifestFacts(image.manifest)).toEqual({
      digest: image.digest,
      mediaType: OCI_MANIFEST,
      sizeInBytes: image.size,
    });
    const { mediaType: _, ...withoutType } = JSON.parse(image.manifest) as Record<string, unknown>;
    expect(manifestFacts(JSON.stringify(withoutType)).mediaType).toBe(OCI_MANIFEST);
    expect(() => manifestFacts('{"schemaVersion":1}')).toThrow(/schemaVersion 2/);
  });

  it('pages with an opaque token', () => {
    const first = pageOf([1, 2, 3], 2, undefined);
    expect(first.page).toEqual([1, 2]);
    expect(pageOf([1, 2, 3], 2, first.nextToken)).toEqual({ page: [3] });
    expect(() => pageOf([1], 2, 'garbage!')).toThrow(/nextToken/);
  });

  it('resolves image ids to images or ECR failure codes', async () => {
    const store = new InMemoryImageStore(() => 0);
    const a = fabricateImage('a');
    const b = fabricateImage('b');
    await store.put('r', a.manifest, manifestFacts(a.manifest), 'v1');
    await store.put('r', b.manifest, manifestFacts(b.manifest), 'v2');
    await store.put('r', b.manifest, manifestFacts(b.manifest), 'v1'); // moves v1 from a to b
    const images = await store.list('r');
    expect(images.map((i) => [i.digest, i.tags])).toEqual([
      [a.digest, []],
      [b.digest, ['v2', 'v1']],
    ]);
    expect(resolveImageId(images, { imageTag: 'v1' })).toMatchObject({ image: { digest: b.digest } });
    expect(resolveImageId(images, { imageDigest: a.digest })).toMatchObject({ image: { digest: a.digest } });
    expect(resolveImageId(images, { imageTag: 'nope' })).toMatchObject({
      failure: { failureCode: 'ImageNotFound' },
    });
    expect(resolveImageId(images, {})).toMatchObject({ failure: { failureCode: 'MissingDigestAndTag' } });
    expect(resolveImageId(images, { imageDigest: 'md5:x' })).toMatchObject({
      failure: { failureCode: 'InvalidImageDigest' },
    });
    expect(resolveImageId(images, { imageTag: 'v1', imageDigest: a.digest })).toMatchObject({
      failure: { failureCode: 'ImageTagDoesNotMatchDigest' },
    });
  });

  it('writes a loopback, deletable, auth-free registry config', () => {
    const config = JSON.parse(registryConfig('/tmp/x/storage', 5123, 's3cret')) as Record<string, any>;
    expect(config.http).toEqual({ addr: '127.0.0.1:5123', secret: 's3cret' });
    expect(config.storage).toEqual({
      filesystem: { rootdirectory: '/tmp/x/storage' },
      delete: { enabled: true },
    });
    expect(config.auth).toBeUndefined();
  });

  it('answers registry requests with a distribution-style 503 that says what to do', () => {
    const response = registryUnavailableResponse(NO_REGISTRY_MESSAGE);
    expect(response.status).toBe(503);
    expect(response.headers?.['docker-distribution-api-version']).toBe('registry/2.0');
    const body = JSON.parse(String(response.body)) as { errors: Array<{ code: string; message: string }> };
    expect(body.errors[0]?.code).toBe('UNAVAILABLE');
    expect(body.errors[0]?.message).toContain('apt-get install docker-registry');
    expect(registryElsewhereMessage('http://127.0.0.1:5000')).toContain('http://127.0.0.1:5000');
    expect(registryElsewhereMessage(undefined)).toContain('GetAuthorizationToken');
  });
});

/** The same ECR behaviour whichever store holds the images. */
function ecrBehaviour(context: () => { emulator: RunningEmulator; ecr: ECRClient; registry: boolean }) {
  const create = (repositoryName: string, extra: Record<string, unknown> = {}) =>
    context().ecr.send(new CreateRepositoryCommand({ repositoryName, ...extra }));

  /** PutImage of a fresh image, after pushing its blobs when a real registry holds them. */
  async function putImage(repositoryName: string, seed: string, imageTag?: string) {
    const image = fabricateImage(seed);
    if (context().registry) {
      const auth = await context().ecr.send(new GetAuthorizationTokenCommand({}));
      await uploadBlobs(auth.authorizationData?.[0]?.proxyEndpoint as string, repositoryName, [
        image.config,
        image.layer,
      ]);
    }
    const put = await context().ecr.send(
      new PutImageCommand({ repositoryName, imageManifest: image.manifest, imageTag }),
    );
    return { ...image, put };
  }

  it('creates a repository with scan on push and immutable tags, and describes it', async () => {
    const { ecr, emulator } = context();
    const created = await create('team/churn', {
      imageScanningConfiguration: { scanOnPush: true },
      imageTagMutability: 'IMMUTABLE',
      encryptionConfiguration: { encryptionType: 'AES256' },
      tags: [{ Key: 'team', Value: 'ml' }],
    });
    const account = emulator.env.accountId;
    expect(created.repository).toMatchObject({
      repositoryName: 'team/churn',
      registryId: account,
      repositoryArn: `arn:aws:ecr:us-east-1:${account}:repository/team/churn`,
      repositoryUri: `${account}.dkr.ecr.us-east-1.amazonaws.com/team/churn`,
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
    expect(created.repository?.createdAt).toBeInstanceOf(Date);
    const described = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['team/churn'] }));
    expect(described.repositories).toEqual([created.repository]);
    const tags = await ecr.send(
      new ListTagsForResourceCommand({ resourceArn: created.repository?.repositoryArn }),
    );
    expect(tags.tags).toEqual([{ Key: 'team', Value: 'ml' }]);
    await ecr.send(
      new TagResourceCommand({
        resourceArn: created.repository?.repositoryArn,
        tags: [{ Key: 'stage', Value: 'prod' }],
      }),
    );
    const retagged = await ecr.send(
      new ListTagsForResourceCommand({ resourceArn: created.repository?.repositoryArn }),
    );
    expect(retagged.tags).toHaveLength(2);

    await ecr.send(
      new PutImageTagMutabilityCommand({ repositoryName: 'team/churn', imageTagMutability: 'MUTABLE' }),
    );
    await ecr.send(
      new PutImageScanningConfigurationCommand({
        repositoryName: 'team/churn',
        imageScanningConfiguration: { scanOnPush: false },
      }),
    );
    const updated = await ecr.send(new DescribeRepositoriesCommand({}));
    expect(updated.repositories?.[0]).toMatchObject({
      imageTagMutability: 'MUTABLE',
      imageScanningConfiguration: { scanOnPush: false },
    });
  });

  it('refuses duplicates, bad names and unknown repositories with ECR errors', async () => {
    const { ecr, emulator } = context();
    await create('dup');
    await expect(create('dup')).rejects.toMatchObject({
      name: 'RepositoryAlreadyExistsException',
      message: expect.stringContaining("'dup' already exists"),
    });
    await expect(create('Bad_Name')).rejects.toMatchObject({ name: 'InvalidParameterException' });
    await expect(create('ok', { imageTagMutability: 'SOMETIMES' })).rejects.toMatchObject({
      name: 'InvalidParameterException',
    });
    await expect(
      ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['missing'] })),
    ).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
      message: expect.stringContaining(
        `'missing' does not exist in the registry with id '${emulator.env.accountId}'`,
      ),
    });
    await expect(ecr.send(new DescribeImagesCommand({ repositoryName: 'missing' }))).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
    });
  });

  it('keeps a lifecycle policy until it is deleted', async () => {
    const { ecr } = context();
    await create('policied');
    await expect(
      ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'policied' })),
    ).rejects.toMatchObject({
      name: 'LifecyclePolicyNotFoundException',
    });
    await expect(
      ecr.send(
        new PutLifecyclePolicyCommand({
          repositoryName: 'policied',
          lifecyclePolicyText: `{"rules":[]}${' '.repeat(100)}`,
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidParameterException' });
    const put = await ecr.send(
      new PutLifecyclePolicyCommand({ repositoryName: 'policied', lifecyclePolicyText: POLICY }),
    );
    expect(put.lifecyclePolicyText).toBe(POLICY);
    const got = await ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'policied' }));
    expect(got).toMatchObject({ repositoryName: 'policied', lifecyclePolicyText: POLICY });
    const deleted = await ecr.send(new DeleteLifecyclePolicyCommand({ repositoryName: 'policied' }));
    expect(deleted.lifecyclePolicyText).toBe(POLICY);
    await expect(
      ecr.send(new DeleteLifecyclePolicyCommand({ repositoryName: 'policied' })),
    ).rejects.toMatchObject({
      name: 'LifecyclePolicyNotFoundException',
    });
  });

  it('round-trips PutImage, BatchGetImage, DescribeImages and ListImages', async () => {
    const { ecr } = context();
    await create('images', { imageScanningConfiguration: { scanOnPush: true } });
    const image = await putImage('images', 'round-trip', 'v1');
    expect(image.put.image?.imageId).toEqual({ imageDigest: image.digest, imageTag: 'v1' });

    const got = await ecr.send(
      new BatchGetImageCommand({
        repositoryName: 'images',
        imageIds: [{ imageTag: 'v1' }, { imageTag: 'v9' }],
      }),
    );
    expect(got.images).toHaveLength(1);
    expect(got.images?.[0]).toMatchObject({
      imageId: { imageDigest: image.digest, imageTag: 'v1' },
      imageManifest: image.manifest,
      imageManifestMediaType: OCI_MANIFEST,
    });
    expect(got.failures).toEqual([
      {
        imageId: { imageTag: 'v9' },
        failureCode: 'ImageNotFound',
        failureReason: 'Requested image not found',
      },
    ]);

    const described = await ecr.send(new DescribeImagesCommand({ repositoryName: 'images' }));
    expect(described.imageDetails).toHaveLength(1);
    expect(described.imageDetails?.[0]).toMatchObject({
      repositoryName: 'images',
      imageDigest: image.digest,
      imageTags: ['v1'],
      imageSizeInBytes: image.size,
      imageManifestMediaType: OCI_MANIFEST,
      imageScanStatus: { status: 'COMPLETE' },
    });
    expect(described.imageDetails?.[0]?.imagePushedAt).toBeInstanceOf(Date);

    // Retagging: the same manifest under another tag, as `aws ecr put-image` is used for promotion.
    await ecr.send(
      new PutImageCommand({ repositoryName: 'images', imageManifest: image.manifest, imageTag: 'prod' }),
    );
    const listed = await ecr.send(new ListImagesCommand({ repositoryName: 'images' }));
    expect(listed.imageIds?.map((id) => id.imageTag).sort()).toEqual(['prod', 'v1']);
    await expect(
      ecr.send(
        new PutImageCommand({ repositoryName: 'images', imageManifest: image.manifest, imageTag: 'prod' }),
      ),
    ).rejects.toMatchObject({ name: 'ImageAlreadyExistsException' });
    await expect(
      ecr.send(new DescribeImagesCommand({ repositoryName: 'images', imageIds: [{ imageTag: 'nope' }] })),
    ).rejects.toMatchObject({
      name: 'ImageNotFoundException',
      message: expect.stringContaining("imageTag:'nope'"),
    });

    const untagged = await putImage('images', 'untagged');
    const onlyUntagged = await ecr.send(
      new DescribeImagesCommand({ repositoryName: 'images', filter: { tagStatus: 'UNTAGGED' } }),
    );
    expect(onlyUntagged.imageDetails?.map((d) => d.imageDigest)).toEqual([untagged.digest]);

    const removedTag = await ecr.send(
      new BatchDeleteImageCommand({ repositoryName: 'images', imageIds: [{ imageTag: 'prod' }] }),
    );
    expect(removedTag.imageIds).toEqual([{ imageDigest: image.digest, imageTag: 'prod' }]);
    const afterUntag = await ecr.send(
      new DescribeImagesCommand({ repositoryName: 'images', filter: { tagStatus: 'TAGGED' } }),
    );
    expect(afterUntag.imageDetails?.map((d) => d.imageTags)).toEqual([['v1']]);
    const removed = await ecr.send(
      new BatchDeleteImageCommand({
        repositoryName: 'images',
        imageIds: [{ imageDigest: untagged.digest }, { imageTag: 'gone' }],
      }),
    );
    expect(removed.imageIds).toEqual([{ imageDigest: untagged.digest }]);
    expect(removed.failures?.[0]?.failureCode).toBe('ImageNotFound');
    const left = await ecr.send(new DescribeImagesCommand({ repositoryName: 'images' }));
    expect(left.imageDetails?.map((d) => d.imageDigest)).toEqual([image.digest]);
  });

  it('refuses to move an immutable tag, but lets a mutable one move', async () => {
    const { ecr } = context();
    await create('locked', { imageTagMutability: 'IMMUTABLE' });
    const first = await putImage('locked', 'first', 'v1');
    const second = await putImage('locked', 'second');
    await expect(
      ecr.send(
        new PutImageCommand({ repositoryName: 'locked', imageManifest: second.manifest, imageTag: 'v1' }),
      ),
    ).rejects.toMatchObject({
      name: 'ImageTagAlreadyExistsException',
      message: expect.stringContaining("'v1'"),
    });
    await ecr.send(
      new PutImageTagMutabilityCommand({ repositoryName: 'locked', imageTagMutability: 'MUTABLE' }),
    );
    await ecr.send(
      new PutImageCommand({ repositoryName: 'locked', imageManifest: second.manifest, imageTag: 'v1' }),
    );
    const v1 = await ecr.send(
      new DescribeImagesCommand({ repositoryName: 'locked', imageIds: [{ imageTag: 'v1' }] }),
    );
    expect(v1.imageDetails?.[0]?.imageDigest).toBe(second.digest);
    expect(v1.imageDetails?.[0]?.imageDigest).not.toBe(first.digest);
  });

  it('deletes an empty repository, and a full one only with force', async () => {
    const { ecr } = context();
    await create('empty');
    const deleted = await ecr.send(new DeleteRepositoryCommand({ repositoryName: 'empty' }));
    expect(deleted.repository?.repositoryName).toBe('empty');
    await create('full');
    await putImage('full', 'full', 'v1');
    await expect(ecr.send(new DeleteRepositoryCommand({ repositoryName: 'full' }))).rejects.toMatchObject({
      name: 'RepositoryNotEmptyException',
    });
    await ecr.send(new DeleteRepositoryCommand({ repositoryName: 'full', force: true }));
    await expect(
      ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['full'] })),
    ).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
    });
    // A repository created again under the same name starts empty.
    await create('full');
    const images = await ecr.send(new DescribeImagesCommand({ repositoryName: 'full' }));
    expect(images.imageDetails).toEqual([]);
  });

  it('gives a 12-hour AWS:<password> token', async () => {
    const { ecr, emulator } = context();
    const before = Date.now();
    const auth = await ecr.send(new GetAuthorizationTokenCommand({}));
    const data = auth.authorizationData?.[0];
    const decoded = Buffer.from(data?.authorizationToken as string, 'base64').toString();
    expect(decoded).toMatch(/^AWS:.{20,}$/);
    const lifetime = (data?.expiresAt as Date).getTime() - before;
    expect(lifetime).toBeGreaterThan(11.9 * 3600_000);
    expect(lifetime).toBeLessThan(12.1 * 3600_000);
    expect(data?.proxyEndpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(data?.proxyEndpoint === emulator.url).toBe(!context().registry);
  });
}

function sharedSetup(registryBinary: string | undefined) {
  const state = {} as { emulator: RunningEmulator; ecr: ECRClient; registry: boolean };
  beforeAll(async () => {
    const previous = process.env.MODELSHIP_ECR_REGISTRY_BINARY;
    if (registryBinary) process.env.MODELSHIP_ECR_REGISTRY_BINARY = registryBinary;
    try {
      state.emulator = await startEmulator();
    } finally {
      if (previous === undefined) delete process.env.MODELSHIP_ECR_REGISTRY_BINARY;
      else process.env.MODELSHIP_ECR_REGISTRY_BINARY = previous;
    }
    state.ecr = new ECRClient(sdkClientConfig(state.emulator));
    state.registry = registryBinary === undefined;
  });
  afterAll(async () => {
    state.ecr?.destroy();
    await state.emulator?.stop();
  });
  beforeEach(async () => {
    await state.emulator.reset();
  });
  return () => state;
}

describeWithRegistry('ECR backed by docker-registry', () => {
  const context = sharedSetup(undefined);
  ecrBehaviour(context);

  it('points GetAuthorizationToken at a registry that answers GET /v2/', async () => {
    const auth = await context().ecr.send(new GetAuthorizationTokenCommand({}));
    const endpoint = auth.authorizationData?.[0]?.proxyEndpoint as string;
    const response = await fetch(`${endpoint}/v2/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
    const own = await fetch(`${context().emulator.url}/v2/`);
    expect(own.status).toBe(503);
    expect(await own.text()).toContain(endpoint);
  });
});

describe('ECR without a registry binary', () => {
  const context = sharedSetup('/nonexistent/docker-registry');
  ecrBehaviour(context);

  it("answers the proxyEndpoint's /v2/ with a 503 saying to install docker-registry", async () => {
    const auth = await context().ecr.send(new GetAuthorizationTokenCommand({}));
    const endpoint = auth.authorizationData?.[0]?.proxyEndpoint as string;
    const response = await fetch(`${endpoint}/v2/`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { errors: Array<{ code: string; message: string }> };
    expect(body.errors[0]).toEqual({ code: 'UNAVAILABLE', message: NO_REGISTRY_MESSAGE });
    const push = await fetch(`${endpoint}/v2/some/repo/blobs/uploads/`, { method: 'POST' });
    expect(push.status).toBe(503);
  });
});
