/**
 * The default training job name: the repository, the short SHA and a UTC timestamp with milliseconds,
 * so that re-runs and two train steps in one run never collide. SageMaker allows 63 characters of
 * letters, digits and inner hyphens.
 */
export function defaultTrainingJobName(env: NodeJS.ProcessEnv, now: number): string {
  const repository = (env.GITHUB_REPOSITORY ?? 'model').split('/').pop() ?? 'model';
  const sha = (env.GITHUB_SHA ?? '').slice(0, 7);
  const stamp = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace('.', '-')
    .replace('Z', '');
  const suffix = [sha, stamp].filter(Boolean).join('-');
  const base = repository.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'model';
  return `${base.slice(0, 62 - suffix.length)}-${suffix}`.replace(/^-+/, '');
}
