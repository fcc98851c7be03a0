import { createHash } from 'node:crypto';

/** JSON with sorted keys, so that the same settings always hash the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * `<endpoint>-<short sha>-<settings hash>`, within SageMaker's 63 characters: a re-run of the same commit
 * with the same settings finds the model and config it created before instead of making duplicates.
 * The endpoint part is cut when too long, never the suffix that makes the name unique.
 */
export function deploymentResourceName(
  endpointName: string,
  gitSha: string | undefined,
  settings: unknown,
): string {
  const hash = createHash('sha256').update(canonicalJson(settings)).digest('hex').slice(0, 6);
  const sha = (gitSha ?? 'local').replace(/[^a-zA-Z0-9]/g, '').slice(0, 7) || 'local';
  const suffix = `-${sha}-${hash}`;
  const head = endpointName.slice(0, 63 - suffix.length).replace(/-+$/, '');
  return `${head}${suffix}`;
}
