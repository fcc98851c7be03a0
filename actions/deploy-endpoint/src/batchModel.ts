import { CreateModelCommand, type Tag } from '@aws-sdk/client-sagemaker';
import { deterministicName, modelExists, provenanceTags } from '@modelship/shared';
import type { BatchPorts } from './batchPorts';
import type { BatchRequest } from './batchRequest';
import { modelSettingsOf, type ModelSettings } from './resolveDeployment';
import { resolveContainers } from './sagemakerLookups';

/** The model a transform job runs: its name, its images, and what creating it takes. */
export interface BatchModel {
  name: string;
  images: string[];
  /** Undefined when the job runs an existing model (model-name). */
  settings?: ModelSettings;
}

/**
 * Resolve: the model's containers (a registry version must be Approved) and its deterministic name,
 * `<base>-<commit>-<settings hash>`, so that a re-run of the same commit finds the model it made.
 */
export async function resolveBatchModel(
  ports: Pick<BatchPorts, 'sagemaker'>,
  request: BatchRequest,
): Promise<BatchModel> {
  const containers = await resolveContainers(ports, request.source);
  const images = containers.map((c) => c.Image ?? '?');
  if (request.source.kind === 'model') return { name: request.source.name, images };
  const settings = modelSettingsOf(request, containers);
  // Without a commit (a run outside GitHub) the settings hash alone tells models apart.
  const name = deterministicName(request.nameBase, request.provenance.gitSha ?? '0000000', settings);
  return { name, images, settings };
}

/** The tags of everything the batch path creates: where it came from, and the user's own. */
export function batchTags(request: BatchRequest): Tag[] {
  return provenanceTags(
    {
      ...request.provenance,
      modelPackageArn: request.source.kind === 'package' ? request.source.arn : undefined,
    },
    request.inputs.tags ?? {},
  );
}

/** Provision: create the model unless an earlier run of this commit did. Says which it was. */
export async function provisionBatchModel(
  ports: Pick<BatchPorts, 'sagemaker' | 'logger' | 'setOutput'>,
  model: BatchModel,
  tags: Tag[],
): Promise<void> {
  ports.setOutput('model-name', model.name);
  if (!model.settings) {
    ports.logger.info(`The job runs the existing model ${model.name}.`);
    return;
  }
  if (await modelExists(ports, model.name)) {
    ports.logger.info(`Model ${model.name} exists (an earlier run of this commit made it): reusing it.`);
    return;
  }
  await ports.sagemaker.send(
    new CreateModelCommand({ ModelName: model.name, ...model.settings, Tags: tags }),
  );
  ports.logger.info(`Created model ${model.name}.`);
}
