import YAML from 'yaml';
import { didYouMean } from './didYouMean';
import { InputError, type InputProblem } from './errors';
import type { InputSchema, InputSpec, InputValues } from './inputSchema';

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

type Parsed = { ok: true; value: unknown } | { ok: false; allowed: string; didYouMean?: string };

function parseValue(spec: InputSpec, raw: string): Parsed {
  switch (spec.kind) {
    case 'string': {
      if (spec.pattern && !spec.pattern.test(raw))
        return { ok: false, allowed: spec.allowed ?? `it must match ${spec.pattern}` };
      const broken = spec.validate?.(raw);
      return broken ? { ok: false, allowed: broken } : { ok: true, value: raw };
    }
    case 'enum':
      return spec.values.includes(raw)
        ? { ok: true, value: raw }
        : {
            ok: false,
            allowed: `allowed: ${spec.values.join(', ')}`,
            didYouMean: didYouMean(raw, spec.values),
          };
    case 'integer':
    case 'number': {
      const value = Number(raw);
      const whole = spec.kind === 'integer';
      const range = `${whole ? 'a whole number' : 'a number'}${spec.min !== undefined ? ` ≥ ${spec.min}` : ''}${spec.max !== undefined ? ` and ≤ ${spec.max}` : ''}`;
      if (raw.trim() === '' || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
        return { ok: false, allowed: `it must be ${range}` };
      }
      if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
        return { ok: false, allowed: `it must be ${range}` };
      }
      return { ok: true, value };
    }
    case 'boolean':
      if (TRUE.includes(raw)) return { ok: true, value: true };
      if (FALSE.includes(raw)) return { ok: true, value: false };
      return { ok: false, allowed: 'allowed: true, false', didYouMean: didYouMean(raw, ['true', 'false']) };
    case 'list':
      return {
        ok: true,
        value: raw
          .split(/[\n,]/)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'map': {
      const parsed = parseStructured(raw);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return {
          ok: false,
          allowed: 'it must be a YAML or JSON mapping, e.g. {"KEY": "value"} or KEY: value lines',
        };
      }
      return { ok: true, value: Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)])) };
    }
    case 'records': {
      const parsed = parseStructured(raw);
      if (!Array.isArray(parsed) || parsed.some((r) => !r || typeof r !== 'object' || Array.isArray(r))) {
        return { ok: false, allowed: 'it must be a YAML or JSON list of mappings' };
      }
      return { ok: true, value: parsed };
    }
    case 'arn': {
      const match = /^arn:aws[a-z-]*:([a-z0-9-]+):[a-z0-9-]*:\d{12}:([a-z-]+)\/.+$/.exec(raw);
      if (!match || match[1] !== spec.service || match[2] !== spec.resource) {
        return {
          ok: false,
          allowed: `it must be an ARN like arn:aws:${spec.service}:<region>:<account>:${spec.resource}/...`,
        };
      }
      return { ok: true, value: raw };
    }
  }
}

function parseStructured(raw: string): unknown {
  try {
    return YAML.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * Reads and checks every input before anything touches AWS. All problems are reported together, each
 * naming the input, the value, what is allowed and, for a near miss, the value probably meant.
 */
export function readInputs<T extends InputSchema>(
  schema: T,
  getInput: (name: string) => string,
): InputValues<T> {
  const values: Record<string, unknown> = {};
  const problems: InputProblem[] = [];
  for (const [name, spec] of Object.entries(schema)) {
    const raw = getInput(name).trim() || spec.default || '';
    if (raw === '') {
      if (spec.required)
        problems.push({ input: name, value: '', allowed: `it is required: ${spec.description}` });
      continue;
    }
    const parsed = parseValue(spec, raw);
    if (parsed.ok) values[name] = parsed.value;
    else problems.push({ input: name, value: raw, allowed: parsed.allowed, didYouMean: parsed.didYouMean });
  }
  if (problems.length) throw new InputError(problems);
  return values as InputValues<T>;
}
