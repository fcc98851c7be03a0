/**
 * Each action declares its inputs once, as a schema; action.yml, the README and the parser are checked
 * against it (test/actionConsistency.test.ts), and `readInputs` turns the raw strings into typed values.
 */
interface InputBase {
  description: string;
  required?: boolean;
  /** As written in action.yml; applied here too, because only the runner applies action.yml defaults. */
  default?: string;
}

export type InputSpec =
  | (InputBase & {
      kind: 'string';
      /** The form a value must have, and how to say it to a person. */
      pattern?: RegExp;
      allowed?: string;
      /** Extra rules: return what is allowed when the value breaks them. */
      validate?: (value: string) => string | undefined;
    })
  | (InputBase & { kind: 'enum'; values: readonly string[] })
  | (InputBase & { kind: 'integer'; min?: number; max?: number })
  | (InputBase & { kind: 'number'; min?: number; max?: number })
  | (InputBase & { kind: 'boolean' })
  /** Comma- or newline-separated. */
  | (InputBase & { kind: 'list' })
  /** A YAML or JSON mapping of strings. */
  | (InputBase & { kind: 'map' })
  /** A YAML or JSON list of mappings (e.g. several containers). */
  | (InputBase & { kind: 'records' })
  | (InputBase & { kind: 'arn'; service: string; resource: string });

export type InputSchema = Record<string, InputSpec>;
export type OutputSchema = Record<string, { description: string }>;

type ValueOf<S extends InputSpec> = S extends { kind: 'integer' | 'number' }
  ? number
  : S extends { kind: 'boolean' }
    ? boolean
    : S extends { kind: 'list' }
      ? string[]
      : S extends { kind: 'map' }
        ? Record<string, string>
        : S extends { kind: 'records' }
          ? Array<Record<string, unknown>>
          : S extends { kind: 'enum'; values: readonly (infer V)[] }
            ? V
            : string;

/** Inputs that are required or have a default are always present; the others may be undefined. */
export type InputValues<T extends InputSchema> = {
  -readonly [K in keyof T]: T[K] extends { required: true } | { default: string }
    ? ValueOf<T[K]>
    : ValueOf<T[K]> | undefined;
};

export const defineInputs = <const T extends InputSchema>(schema: T): T => schema;
export const defineOutputs = <const T extends OutputSchema>(schema: T): T => schema;
