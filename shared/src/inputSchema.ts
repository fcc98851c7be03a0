/**
 * Each action declares its inputs once, as a schema; action.yml, the README and the parser are checked
 * against it (test/actionConsistency.test.ts), and `readInputs` turns the raw strings into typed values.
 */
interface InputBase<V> {
  description: string;
  required?: boolean;
  /** As written in action.yml; applied here too, because only the runner applies action.yml defaults. */
  default?: string;
  /**
   * Rules the kind alone cannot express, run on the parsed value: return what is allowed when the value
   * breaks them (it becomes the "allowed" part of the error), undefined when it is fine.
   */
  validate?: (value: V, parseYaml: YamlParse) => string | undefined;
}

export type StringInput = InputBase<string> & {
  kind: 'string';
  /** The form a value must have, and how to say it to a person. */
  pattern?: RegExp;
  allowed?: string;
  /**
   * The value is YAML that `validate` reads with the parser it is handed (a mapping whose values are
   * not all strings, say): yaml is then loaded only when the input is set.
   */
  readsYaml?: boolean;
};
export type EnumInput = InputBase<string> & { kind: 'enum'; values: readonly string[] };
export type IntegerInput = InputBase<number> & { kind: 'integer'; min?: number; max?: number };
export type NumberInput = InputBase<number> & { kind: 'number'; min?: number; max?: number };
export type BooleanInput = InputBase<boolean> & { kind: 'boolean' };
/** Comma- or newline-separated. */
export type ListInput = InputBase<string[]> & { kind: 'list' };
/** A YAML or JSON mapping of strings. */
export type MapInput = InputBase<Record<string, string>> & { kind: 'map' };
/** A YAML or JSON list of mappings (e.g. several containers). */
export type RecordsInput = InputBase<Array<Record<string, unknown>>> & { kind: 'records' };
/** An ARN of one service and resource type, e.g. sagemaker model-package or iam role. */
export type ArnInput = InputBase<string> & { kind: 'arn'; service: string; resource: string };
/** `90`, `90s`, `5m`, `1h30m`: read as whole seconds; min and max are in seconds too. */
export type DurationInput = InputBase<number> & { kind: 'duration'; min?: number; max?: number };

export type InputSpec =
  | StringInput
  | EnumInput
  | IntegerInput
  | NumberInput
  | BooleanInput
  | ListInput
  | MapInput
  | RecordsInput
  | ArnInput
  | DurationInput;

export type InputSchema = Record<string, InputSpec>;
export type OutputSchema = Record<string, { description: string }>;

export type InputValue<S extends InputSpec> = S extends { kind: 'integer' | 'number' | 'duration' }
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
    ? InputValue<T[K]>
    : InputValue<T[K]> | undefined;
};

/** `const` keeps enum values and required flags literal, so `readInputs` can type what it returns. */
export const defineInputs = <const T extends InputSchema>(schema: T): T => schema;
export const defineOutputs = <const T extends OutputSchema>(schema: T): T => schema;

/** yaml's `parse`; handed in because loading yaml costs a step's start more than bare node does. */
export type YamlParse = (text: string) => unknown;
