/**
 * `<base>-<short sha>-<UTC time to the millisecond>`: a re-run of the same commit starts a new job
 * rather than colliding with the old one (job names are unique in an account and region for good).
 * SageMaker allows 63 letters, digits and inner hyphens; the base is shortened, never the suffix.
 */
export function transformJobName(
  base: string,
  gitSha: string | undefined,
  nowMs: number,
  attempt = 0,
): string {
  const stamp = new Date(nowMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace('.', '-')
    .replace('Z', '');
  const suffix = [gitSha?.slice(0, 7).toLowerCase(), stamp, attempt ? String(attempt + 1) : '']
    .filter(Boolean)
    .join('-');
  const head = base.slice(0, 62 - suffix.length).replace(/-+$/, '');
  return `${head}-${suffix}`;
}

/** The base of the model and job names: endpoint-name, else the repository's name as SageMaker spells names. */
export function batchNameBase(endpointName: string | undefined, env: NodeJS.ProcessEnv): string {
  if (endpointName) return endpointName;
  const repository = (env.GITHUB_REPOSITORY ?? '').split('/').pop() ?? '';
  return repository.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'batch';
}
