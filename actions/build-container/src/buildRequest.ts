import type { Tag } from '@modelship/shared';
import type { BuildInputs } from './buildInputProblems';
import type { BuildDefinition } from './contextHash';
import type { SagemakerCheck } from './sagemakerContract';

/** What to build and where to put it, resolved from the inputs and the run before any work. */
export interface BuildRequest {
  inputs: BuildInputs;
  definition: BuildDefinition;
  workspace: string;
  /** Tags the image gets besides its ctx tag; the first is the `image-tag` output. */
  tags: string[];
  /** The commit CodeBuild checks out (GITHUB_SHA). */
  sourceVersion?: string;
  /** Provenance tags for the repository when the action creates it. */
  resourceTags: Tag[];
}

/** What happened, for the outputs and the job summary. */
export interface BuildResult {
  repository: string;
  contextHash: string;
  /** docker, docker buildx, buildah or codebuild. */
  builder: string;
  skipped: boolean;
  pushed: boolean;
  tags: string[];
  imageUri?: string;
  digest?: string;
  sizeInBytes?: number;
  repositoryCreated?: boolean;
  check?: SagemakerCheck;
  codeBuildBuildId?: string;
  durationSeconds: number;
}
