import type { YamlParse } from '@modelship/shared';

const FORM = 'it must be a YAML or JSON mapping of name to value, e.g. epochs: 10';

/**
 * A mapping of names to scalar values (hyperparameters, pipeline parameters), every value as a string,
 * as SageMaker takes them. A nested mapping or list is refused rather than sent as "[object Object]".
 */
export function parseNameValueMap(
  text: string,
  parseYaml: YamlParse,
): { values: Record<string, string> } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch {
    return { problem: FORM };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { problem: FORM };
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (value === null || typeof value === 'object')
      return { problem: `"${name}" must have a single value (a string, number or boolean); ${FORM}` };
    values[name] = String(value);
  }
  return { values };
}

/** The values of an input already checked by its schema's validate; empty when the input was not set. */
export function nameValues(text: string | undefined, parseYaml: YamlParse): Record<string, string> {
  if (!text) return {};
  const parsed = parseNameValueMap(text, parseYaml);
  return 'values' in parsed ? parsed.values : {};
}
