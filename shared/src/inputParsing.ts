import { didYouMean } from './didYouMean';
import { parseDurationSeconds } from './duration';
import { InputError, type InputProblem } from './errors';
import type { InputSchema, InputSpec, InputValues, YamlParse } from './inputSchema';

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

type Parsed = { ok: true; value: unknown } | { ok: false; allowed: string; didYouMean?: string };

type SpecOf<K extends InputSpec['kind']> = Extract<InputSpec, { kind: K }>;

export type { YamlParse };

/** Kinds written as YAML or JSON. */
const YAML_KINDS: ReadonlySet<InputSpec['kind']> = new Set(['map', 'records']);

/** Whether an input written as YAML has a value (its default included): only then is yaml needed. */
export function holdsYaml(schema: InputSchema, getInput: (name: string) => string): boolean {
  return Object.entries(schema).some(
    ([name, spec]) =>
      (YAML_KINDS.has(spec.kind) || (spec.kind === 'string' && spec.readsYaml === true)) &&
      Boolean(getInput(name).trim() || spec.default),
  );
}

/** Loads yaml's parser, for `parseInputs` when `holdsYaml`. */
export const loadYamlParse = async (): Promise<YamlParse> => (await import('yaml')).parse;

function parseString(spec: SpecOf<'string'>, raw: string): Parsed {
  if (spec.pattern && !spec.pattern.test(raw))
    return { ok: false, allowed: spec.allowed ?? `it must match ${spec.pattern}` };
  return { ok: true, value: raw };
}

function parseEnum(spec: SpecOf<'enum'>, raw: string): Parsed {
  return spec.values.includes(raw)
    ? { ok: true, value: raw }
    : { ok: false, allowed: `allowed: ${spec.values.join(', ')}`, didYouMean: didYouMean(raw, spec.values) };
}

function parseNumber(spec: SpecOf<'integer' | 'number'>, raw: string): Parsed {
  const value = Number(raw);
  const whole = spec.kind === 'integer';
  const range = `it must be ${whole ? 'a whole number' : 'a number'}${rangeText(spec.min, spec.max)}`;
  if (raw.trim() === '' || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
    return { ok: false, allowed: range };
  }
  return inRange(value, spec.min, spec.max) ? { ok: true, value } : { ok: false, allowed: range };
}

function parseDuration(spec: SpecOf<'duration'>, raw: string): Parsed {
  const seconds = parseDurationSeconds(raw);
  const range = `it must be a duration such as 90, 90s, 5m or 1h30m${rangeText(spec.min, spec.max, 's')}`;
  return seconds !== undefined && inRange(seconds, spec.min, spec.max)
    ? { ok: true, value: seconds }
    : { ok: false, allowed: range };
}

function parseBoolean(raw: string): Parsed {
  if (TRUE.includes(raw)) return { ok: true, value: true };
  if (FALSE.includes(raw)) return { ok: true, value: false };
  return { ok: false, allowed: 'allowed: true, false', didYouMean: didYouMean(raw, ['true', 'false']) };
}

function parseList(raw: string): Parsed {
  const value = raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { ok: true, value };
}

function parseMap(raw: string, parseYaml: YamlParse): Parsed {
  const parsed = parseStructured(raw, parseYaml);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return {
      ok: false,
      allowed: 'it must be a YAML or JSON mapping, e.g. {"KEY": "value"} or KEY: value lines',
    };
  }
  return { ok: true, value: Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)])) };
}

function parseRecords(raw: string, parseYaml: YamlParse): Parsed {
  const parsed = parseStructured(raw, parseYaml);
  if (!Array.isArray(parsed) || parsed.some((r) => !r || typeof r !== 'object' || Array.isArray(r))) {
    return { ok: false, allowed: 'it must be a YAML or JSON list of mappings' };
  }
  return { ok: true, value: parsed };
}

function parseArn(spec: SpecOf<'arn'>, raw: string): Parsed {
  const match = /^arn:aws[a-z-]*:([a-z0-9-]+):[a-z0-9-]*:\d{12}:([a-z-]+)\/.+$/.exec(raw);
  if (!match || match[1] !== spec.service || match[2] !== spec.resource) {
    return {
      ok: false,
      allowed: `it must be an ARN like arn:aws:${spec.service}:<region>:<account>:${spec.resource}/...`,
    };
  }
  return { ok: true, value: raw };
}

/** Each kind's own check, by kind. */
function parseValue(spec: InputSpec, raw: string, parseYaml: YamlParse): Parsed {
  switch (spec.kind) {
    case 'string':
      return parseString(spec, raw);
    case 'enum':
      return parseEnum(spec, raw);
    case 'integer':
    case 'number':
      return parseNumber(spec, raw);
    case 'duration':
      return parseDuration(spec, raw);
    case 'boolean':
      return parseBoolean(raw);
    case 'list':
      return parseList(raw);
    case 'map':
      return parseMap(raw, parseYaml);
    case 'records':
      return parseRecords(raw, parseYaml);
    case 'arn':
      return parseArn(spec, raw);
  }
}

function rangeText(min: number | undefined, max: number | undefined, unit = ''): string {
  if (min !== undefined && max !== undefined) return ` from ${min}${unit} to ${max}${unit}`;
  if (min !== undefined) return ` ≥ ${min}${unit}`;
  if (max !== undefined) return ` ≤ ${max}${unit}`;
  return '';
}

const inRange = (value: number, min?: number, max?: number) =>
  (min === undefined || value >= min) && (max === undefined || value <= max);

/** The kind's own check first, then the schema's extra rule on the typed value. */
function parseAndValidate(spec: InputSpec, raw: string, parseYaml: YamlParse): Parsed {
  const parsed = parseValue(spec, raw, parseYaml);
  if (!parsed.ok || !spec.validate) return parsed;
  // The union of validators cannot be called directly; parseValue produced the type this one expects.
  const broken = (spec.validate as (value: unknown, yaml: YamlParse) => string | undefined)(
    parsed.value,
    parseYaml,
  );
  return broken ? { ok: false, allowed: broken } : parsed;
}

function parseStructured(raw: string, parseYaml: YamlParse): unknown {
  try {
    return parseYaml(raw);
  } catch {
    return undefined;
  }
}

/**
 * Reads and checks every input before anything touches AWS. All problems are reported together, each
 * naming the input, the value, what is allowed and, for a near miss, the value probably meant.
 */
export function parseInputs<T extends InputSchema>(
  schema: T,
  getInput: (name: string) => string,
  options: { parseYaml?: YamlParse } = {},
): InputValues<T> {
  // A caller that reads YAML inputs without the parser has skipped `holdsYaml`: a bug, not a bad input.
  if (!options.parseYaml && holdsYaml(schema, getInput))
    throw new Error('An input holds YAML but parseInputs was not handed a YAML parser (see holdsYaml).');
  const parseYaml = options.parseYaml ?? (() => undefined);
  const values: Record<string, unknown> = {};
  const problems: InputProblem[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const raw = getInput(name).trim() || spec.default || '';
    if (raw === '') {
      if (spec.required)
        problems.push({ input: name, value: '', allowed: `it is required: ${spec.description}` });
      continue;
    }
    const parsed = parseAndValidate(spec, raw, parseYaml);
    if (parsed.ok) values[name] = parsed.value;
    else problems.push({ input: name, value: raw, allowed: parsed.allowed, didYouMean: parsed.didYouMean });
  }
  if (problems.length) throw new InputError(problems);
  return values as InputValues<T>;
}
