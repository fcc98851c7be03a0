import { ModelshipError } from '@modelship/shared';
import type { BuildRequest, BuildResult } from './buildRequest';
import { buildInCodeBuild } from './codeBuildRun';
import { addImageTags, findImageByTag, type StoredImage } from './ecrImages';
import { contextTag } from './imageTags';
import { buildLocally } from './localBuild';
import type { BuildContainerPorts } from './ports';
import { prepareRegistry, pushRef, type RegistryTarget } from './registryTarget';
import type { SagemakerCheck } from './sagemakerContract';
import { uncheckedImage } from './sagemakerContract';

/** A build that ran and pushed: how, and what the check found. */
interface BuildOutcome {
  builder: string;
  check?: SagemakerCheck;
  codeBuildBuildId?: string;
}

const CODEBUILD_UNCHECKED =
  'the image was built in CodeBuild, so the runner could neither inspect its ENTRYPOINT nor start it to call GET /ping.';

/** Phase: the content hash, published at once; the image's ctx tag is made from it. */
async function hashPhase(ports: BuildContainerPorts, request: BuildRequest): Promise<string> {
  const hash = await ports.logger.group('Hash the build context', () => ports.hashBuild(request.definition));
  ports.logger.info(`Context hash ${hash} (tag ${contextTag(hash)}).`);
  ports.setOutput('context-hash', hash);
  return hash;
}

/** Phase: an image of the same content already in the repository, when skip-unchanged allows it. */
async function unchangedPhase(
  ports: BuildContainerPorts,
  request: BuildRequest,
  ctxTag: string,
): Promise<StoredImage | undefined> {
  if (!request.inputs['skip-unchanged']) return undefined;
  const found = await findImageByTag(ports.ecr, request.inputs.repository, ctxTag);
  if (found)
    ports.logger.info(
      `Skipping the build: ${found.digest} already carries ${ctxTag}, built from this very context.`,
    );
  else ports.logger.info(`No image carries ${ctxTag} yet: building.`);
  return found;
}

/** Phase: build and push with the chosen builder. */
async function buildPhase(
  ports: BuildContainerPorts,
  request: BuildRequest,
  target: RegistryTarget,
  ctxTag: string,
): Promise<BuildOutcome> {
  const { inputs } = request;
  const imageRef = pushRef(target, ctxTag);
  if (inputs.builder === 'codebuild') {
    const codeBuildBuildId = await ports.logger.group(
      `Build in CodeBuild (${inputs['codebuild-project']})`,
      () =>
        buildInCodeBuild(
          { ...ports, onStarted: (id) => ports.setOutput('codebuild-build-id', id) },
          {
            project: inputs['codebuild-project'] as string,
            sourceVersion: request.sourceVersion,
            definition: request.definition,
            workspace: request.workspace,
            image: { registry: target.login.registry, imageRef, plainHttp: target.login.plainHttp },
          },
        ),
    );
    return {
      builder: 'codebuild',
      codeBuildBuildId,
      check: inputs['sagemaker-check'] ? uncheckedImage(CODEBUILD_UNCHECKED) : undefined,
    };
  }
  const engine = await ports.localEngine(inputs.builder);
  const check = await buildLocally(
    engine,
    {
      definition: request.definition,
      imageRef,
      login: target.login,
      sagemakerCheck: inputs['sagemaker-check'],
    },
    ports,
  );
  return { builder: engine.name, check };
}

/** Phase: the pushed image as ECR has it (found by its ctx tag), with the requested tags added. */
async function tagPhase(
  ports: BuildContainerPorts,
  request: BuildRequest,
  ctxTag: string,
  existing?: StoredImage,
): Promise<StoredImage> {
  const repository = request.inputs.repository;
  const image = existing ?? (await findImageByTag(ports.ecr, repository, ctxTag));
  if (!image) {
    throw new ModelshipError(
      `The build pushed ${ctxTag}, but ECR repository ${repository} has no image with that tag.`,
      'Check that the build pushed to this repository and region, then run the step again.',
    );
  }
  return ports.logger.group(`Tag ${image.digest}`, () =>
    addImageTags(ports.ecr, repository, image, request.tags),
  );
}

/** A build with push: false: built and checked on the runner, nothing sent to ECR. */
async function buildWithoutPush(ports: BuildContainerPorts, request: BuildRequest, ctxTag: string) {
  const { inputs } = request;
  const engine = await ports.localEngine(inputs.builder as 'docker' | 'buildah');
  const imageRef = `${inputs.repository}:${ctxTag}`;
  const check = await buildLocally(
    engine,
    { definition: request.definition, imageRef, sagemakerCheck: inputs['sagemaker-check'] },
    ports,
  );
  return { builder: engine.name, check };
}

/**
 * The step's story: hash what the build sees; with push, log in and find or create the repository;
 * when an image of the same content is there, tag it and stop; otherwise build (docker, buildah or
 * CodeBuild), check and push, then tag. Outputs are set as soon as each is known.
 */
export async function buildContainer(
  ports: BuildContainerPorts,
  request: BuildRequest,
): Promise<BuildResult> {
  const startedAtMs = ports.clock.now();
  const elapsed = () => Math.round((ports.clock.now() - startedAtMs) / 1000);
  const { inputs } = request;
  const contextHash = await hashPhase(ports, request);
  const ctxTag = contextTag(contextHash);
  const base = { repository: inputs.repository, contextHash, tags: [...request.tags, ctxTag] };
  if (!inputs.push) {
    const outcome = await buildWithoutPush(ports, request, ctxTag);
    return { ...base, ...outcome, skipped: false, pushed: false, durationSeconds: elapsed() };
  }
  const target = await ports.logger.group('Log in to ECR', () => prepareRegistry(ports, request));
  const existing = await unchangedPhase(ports, request, ctxTag);
  const outcome = existing ? { builder: inputs.builder } : await buildPhase(ports, request, target, ctxTag);
  const image = await tagPhase(ports, request, ctxTag, existing);
  return {
    ...base,
    ...outcome,
    skipped: Boolean(existing),
    pushed: true,
    imageUri: `${target.repositoryUri}@${image.digest}`,
    digest: image.digest,
    sizeInBytes: image.sizeInBytes,
    repositoryCreated: target.created,
    durationSeconds: elapsed(),
  };
}
