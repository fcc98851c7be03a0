import { defineInputs, defineOutputs } from '@modelship/shared';
import { validateImageTags } from './imageTags';

/** The action's public interface, declared once; action.yml and the README are checked against it. */
export const inputs = defineInputs({
  repository: {
    kind: 'string',
    pattern: /^(?=.{2,256}$)[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/,
    allowed:
      'it must be an ECR repository name: 2 to 256 lower-case letters, digits and . _ - /, each part starting and ending with a letter or digit',
    description: 'ECR repository name.',
    required: true,
  },
  region: { kind: 'string', description: 'AWS region; defaults to AWS_REGION.' },
  context: {
    kind: 'string',
    description: 'Build context directory, relative to the workspace.',
    default: '.',
  },
  dockerfile: { kind: 'string', description: 'Dockerfile, relative to the context.', default: 'Dockerfile' },
  builder: {
    kind: 'enum',
    values: ['docker', 'buildah', 'codebuild'],
    description: 'docker (buildah when no docker daemon answers), buildah or codebuild.',
    default: 'docker',
  },
  tags: {
    kind: 'list',
    validate: validateImageTags,
    description: 'Image tags (comma separated); the short commit SHA when empty; a release tag is added.',
  },
  'build-args': { kind: 'map', description: 'Build arguments, as a YAML or JSON mapping.' },
  target: {
    kind: 'string',
    // The Dockerfile frontend's rule for a stage name (AS <name>): checked here, not after the ECR calls.
    pattern: /^[a-zA-Z][a-zA-Z0-9_.-]*$/,
    allowed: 'it must be a stage name from the Dockerfile (AS <name>): a letter, then letters, digits, _ . -',
    description: 'Build stage to build (docker build --target).',
  },
  platform: {
    kind: 'string',
    pattern: /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?(,[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?)*$/,
    allowed:
      'it must be os/arch[/variant], or several separated by commas, e.g. linux/amd64 or linux/arm64/v8',
    description: 'Target platform.',
    default: 'linux/amd64',
  },
  push: { kind: 'boolean', description: 'Push the image.', default: 'true' },
  'skip-unchanged': {
    kind: 'boolean',
    description: 'Skip the build when an image built from the same context hash is in the repository.',
    default: 'true',
  },
  'create-repository': {
    kind: 'boolean',
    description: 'Create the repository when it does not exist.',
    default: 'true',
  },
  'scan-on-push': {
    kind: 'boolean',
    description: 'Turn on image scanning when creating the repository.',
    default: 'true',
  },
  'immutable-tags': {
    kind: 'boolean',
    description: 'Make tags immutable when creating the repository.',
    default: 'false',
  },
  'keep-images': {
    kind: 'integer',
    min: 0,
    max: 10000,
    description:
      'When creating the repository, a lifecycle rule keeps the newest this many images; 0 for no rule.',
    default: '50',
  },
  'sagemaker-check': {
    kind: 'boolean',
    description: 'Check the image serves SageMaker: exec-form ENTRYPOINT, and GET /ping on 8080 after serve.',
    default: 'true',
  },
  'codebuild-project': { kind: 'string', description: 'CodeBuild project for builder codebuild.' },
});

export const outputs = defineOutputs({
  'image-uri': { description: 'Pushed image URI with its digest (<registry>/<repository>@sha256:...).' },
  'image-digest': { description: 'Image digest (sha256:...).' },
  'image-tag': { description: 'First tag of the image.' },
  skipped: { description: 'true when the build was skipped because nothing changed.' },
  'context-hash': { description: 'Hash of what the build sees; the image carries it as tag ctx-<hash>.' },
  'codebuild-build-id': { description: 'The CodeBuild build id, with builder codebuild.' },
});
