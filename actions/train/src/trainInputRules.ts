import type { YamlParse } from '@modelship/shared';
import { parseNameValueMap } from './nameValueMap';

/** `metric-definitions`: at most 40, each a regex with one capture group (SageMaker reads group 1). */
export function validateMetricDefinitions(definitions: Record<string, string>): string | undefined {
  const entries = Object.entries(definitions);
  if (entries.length > 40) return 'SageMaker allows at most 40 metric definitions';
  for (const [name, regex] of entries) {
    let groups: number;
    try {
      groups = new RegExp(`${regex}|`).exec('')!.length - 1;
    } catch {
      return `metric "${name}": ${JSON.stringify(regex)} is not a regular expression`;
    }
    if (groups < 1)
      return `metric "${name}": the regex needs a capture group around the value, e.g. acc=([0-9.]+)`;
  }
  return undefined;
}

/** `hyperparameters`: a mapping of at most 100, keys up to 256 and values up to 2500 characters. */
export function validateHyperparameters(text: string, parseYaml: YamlParse): string | undefined {
  const parsed = parseNameValueMap(text, parseYaml);
  if ('problem' in parsed) return parsed.problem;
  const entries = Object.entries(parsed.values);
  if (entries.length > 100) return 'SageMaker allows at most 100 hyperparameters';
  const tooLong = entries.find(([key, value]) => key.length > 256 || value.length > 2500);
  return tooLong ? `"${tooLong[0]}": keys are up to 256 and values up to 2500 characters` : undefined;
}

/** `pipeline-parameters`: a mapping of parameter name to value. */
export function validatePipelineParameters(text: string, parseYaml: YamlParse): string | undefined {
  const parsed = parseNameValueMap(text, parseYaml);
  return 'problem' in parsed ? parsed.problem : undefined;
}
