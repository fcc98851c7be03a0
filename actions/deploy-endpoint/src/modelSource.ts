import type { ContainerDefinition } from '@aws-sdk/client-sagemaker';
import { InputError, type InputProblem } from '@modelship/shared';

/** Where the model to deploy comes from: exactly one of these inputs. */
export type ModelSource =
  | { kind: 'package'; arn: string }
  | { kind: 'image'; container: ContainerDefinition }
  | { kind: 'model'; name: string }
  | { kind: 'containers'; containers: ContainerDefinition[]; mode: 'Serial' | 'Direct' };

export interface ModelSourceInputs {
  'model-package-arn'?: string;
  image?: string;
  'model-data-url'?: string;
  environment?: Record<string, string>;
  'model-name'?: string;
  containers?: Array<Record<string, unknown>>;
  'inference-execution-mode': 'Serial' | 'Direct';
  'multi-model': boolean;
}

const SOURCES = ['model-package-arn', 'image', 'model-name', 'containers'] as const;

export function modelSourceOf(inputs: ModelSourceInputs): ModelSource {
  const given = SOURCES.filter((name) => inputs[name] !== undefined);
  if (given.length !== 1) {
    throw InputError.single({
      input: given.length ? given.join(' + ') : 'model-package-arn',
      value: given.map((name) => String(inputs[name])).join(' + '),
      allowed: `give exactly one model source: ${SOURCES.join(', ')}`,
    });
  }
  if (inputs['model-package-arn']) return { kind: 'package', arn: inputs['model-package-arn'] };
  if (inputs['model-name']) return { kind: 'model', name: inputs['model-name'] };
  if (inputs.image) {
    return {
      kind: 'image',
      container: {
        Image: inputs.image,
        ModelDataUrl: inputs['model-data-url'],
        Environment: inputs.environment,
        Mode: inputs['multi-model'] ? 'MultiModel' : 'SingleModel',
      },
    };
  }
  return {
    kind: 'containers',
    containers: containersOf(inputs.containers ?? []),
    mode: inputs['inference-execution-mode'],
  };
}

function containersOf(records: Array<Record<string, unknown>>): ContainerDefinition[] {
  const problems: InputProblem[] = [];
  const containers = records.map((record, index) => {
    const image = record.image;
    if (typeof image !== 'string' || !image) {
      problems.push({
        input: 'containers',
        value: JSON.stringify(record),
        allowed: `entry ${index + 1} needs "image"; each entry has image, model-data-url, environment and hostname`,
      });
    }
    return {
      Image: String(image),
      ModelDataUrl: record['model-data-url'] as string | undefined,
      Environment: record.environment as Record<string, string> | undefined,
      ContainerHostname: record.hostname as string | undefined,
    };
  });
  if (containers.length === 0 || containers.length > 15) {
    problems.push({
      input: 'containers',
      value: String(containers.length),
      allowed: 'give 1 to 15 containers',
    });
  }
  if (problems.length) throw new InputError(problems);
  return containers;
}
