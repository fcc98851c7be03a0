import { createHash } from 'node:crypto';
import { SAGEMAKER_NAME } from './awsNames';

const MAX_NAME = 63;
const CONFIG_HASH_LENGTH = 6;
const SHA_LENGTH = 7;

/**
 * JSON with object keys sorted at every level, so that the same config always hashes the same however
 * it was assembled. Undefined members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Cannot hash a non-finite number (${value}).`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object') {
    const withToJson = value as { toJSON?: () => unknown };
    if (typeof withToJson.toJSON === 'function') return canonicalJson(withToJson.toJSON());
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`Cannot hash a ${typeof value}.`);
}

/** The first 6 hex digits of the SHA-256 of the config's canonical JSON. */
export function configHash(config: unknown): string {
  return createHash('sha256').update(canonicalJson(config)).digest('hex').slice(0, CONFIG_HASH_LENGTH);
}

/**
 * `<base>-<short sha>-<config hash>`: a re-run of the same commit with the same config finds the model
 * or endpoint config it made before, and any change to the config gets a new name. Hash only what
 * defines the resource, not its tags: the run URL in provenance tags changes on every re-run.
 * Over 63 characters the base is shortened, never the suffix, which is what makes the name unique.
 */
export function deterministicName(base: string, gitSha: string, config: unknown): string {
  if (!SAGEMAKER_NAME.test(base))
    throw new RangeError(`Name base "${base}" is not a SageMaker name (letters, digits, hyphens).`);
  if (!new RegExp(`^[0-9a-fA-F]{${SHA_LENGTH},}$`).test(gitSha))
    throw new RangeError(`"${gitSha}" is not a git commit sha (at least ${SHA_LENGTH} hex digits).`);
  const suffix = `-${gitSha.slice(0, SHA_LENGTH).toLowerCase()}-${configHash(config)}`;
  // Trailing hyphens of a cut base would run into the suffix's own.
  const head = base.slice(0, MAX_NAME - suffix.length).replace(/-+$/, '');
  return `${head}${suffix}`;
}
