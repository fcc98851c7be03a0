import YAML from 'yaml';
import type { InputSchema, InputValues } from './inputSchema';
import { parseInputs } from './inputParsing';

/**
 * `parseInputs` with yaml loaded up front, for tests and scripts. A bundled step reads its inputs
 * through runAction instead, which loads yaml only when an input holds YAML.
 */
export const readInputs = <T extends InputSchema>(
  schema: T,
  getInput: (name: string) => string,
): InputValues<T> => parseInputs(schema, getInput, { parseYaml: YAML.parse });
