import { defineInputs, defineOutputs } from '@modelship/shared';
import { validateImageTags } from './buildInputProblems';

/** The action's public interface, declared once; action.yml and the README are checked against it. */
export const inputs = defineInputs({
  repository: {
    kind: 'string',
    pattern: /^[a-z0-9]+(?:[._/-][a-z0-9]+)*$/,
    allowed: 'it must be an ECR repository name: lower-case letters, digits and . _ - /',
    description: 'ECR repository name.',
    required: true,
  },
  region: { kind: 'string', description: 'AWS region; defaults to AWS_REGION.' },
  context: { kind: 'string', description: 'Build context directory.', default: '.' },
  dockerfile: { kind: 'string', description: 'Dockerfile, relative to the context.', default: 'Dockerfile' },
  builder: {
    kind: 'enum',
    values: ['docker', 'buildah', 'codebuild'],
    description: 'docker, buildah or codebuild.',
    default: 'docker',
  },
  tags: {
    kind: 'list',
    validate: validateImageTags,
    description: 'Image tags (comma separated); the commit SHA when empty.',
  },
  'build-args': { kind: 'map', description: 'Build arguments, as a YAML or JSON mapping.' },
  platform: { kind: 'string', description: 'Target platform.', default: 'linux/amd64' },
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
  'codebuild-project': { kind: 'string', description: 'CodeBuild project for builder codebuild.' },
});

export const outputs = defineOutputs({
  'image-uri': { description: 'Pushed image URI with its digest.' },
  'image-digest': { description: 'Image digest (sha256:...).' },
  'image-tag': { description: 'First tag of the image.' },
  skipped: { description: 'true when the build was skipped because nothing changed.' },
});
