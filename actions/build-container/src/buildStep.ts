import { provenanceFromEnvironment, provenanceTags, type ActionContext } from '@modelship/shared';
import { buildContainer } from './buildContainer';
import { buildPaths } from './buildInputProblems';
import type { BuildRequest, BuildResult } from './buildRequest';
import { buildSummaryMarkdown } from './buildSummary';
import { contextTag, requestedTags } from './imageTags';
import type { inputs, outputs } from './inputs';
import type { BuildContainerPorts } from './ports';

export type BuildContext = ActionContext<typeof inputs, typeof outputs>;

/** The step's edges beyond the core's: the job summary, and the workspace relative paths start from. */
export interface BuildStepPorts extends Omit<
  BuildContainerPorts,
  'setOutput' | 'clock' | 'logger' | 'signal'
> {
  workspace: string;
  writeSummary(markdown: string): Promise<unknown>;
}

/** Resolve: the build definition, tags and provenance from the inputs and the run. */
export function buildRequestOf(context: BuildContext, workspace: string): BuildRequest {
  const { inputs, env } = context;
  const paths = buildPaths(inputs, workspace);
  return {
    inputs,
    workspace,
    definition: {
      ...paths,
      buildArgs: inputs['build-args'] ?? {},
      target: inputs.target,
      platform: inputs.platform,
    },
    tags: requestedTags(inputs.tags, env),
    sourceVersion: env.GITHUB_SHA,
    resourceTags: provenanceTags(provenanceFromEnvironment(env, 'build-container')),
  };
}

function reportOutputs(context: BuildContext, result: BuildResult): void {
  const { setOutput } = context;
  setOutput('image-tag', result.tags[0] ?? contextTag(result.contextHash));
  setOutput('skipped', String(result.skipped));
  if (result.imageUri) setOutput('image-uri', result.imageUri);
  if (result.digest) setOutput('image-digest', result.digest);
}

/** The whole step: resolve, build (or skip), then outputs and the job summary. */
export async function buildStep(context: BuildContext, ports: BuildStepPorts): Promise<void> {
  const request = buildRequestOf(context, ports.workspace);
  const { setOutput, clock, logger, signal } = context;
  const result = await buildContainer({ ...ports, setOutput, clock, logger, signal }, request);
  reportOutputs(context, result);
  logger.info(
    result.skipped
      ? `Skipped the build: ${result.imageUri} has this context already; tagged ${result.tags.join(', ')}.`
      : `${result.pushed ? 'Pushed' : 'Built'} ${result.imageUri ?? result.repository} in ${result.durationSeconds} s.`,
  );
  await ports.writeSummary(buildSummaryMarkdown(result));
}
