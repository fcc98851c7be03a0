/**
 * Tags on every resource the actions create, so that anyone looking at a model, an endpoint config or
 * an alarm can find the commit and run behind it, and so that rollback can find the previous config.
 */
export const PROVENANCE_KEYS = {
  gitSha: 'modelship:git-sha',
  ref: 'modelship:ref',
  repository: 'modelship:repository',
  runUrl: 'modelship:run-url',
  action: 'modelship:action',
  modelPackageArn: 'modelship:model-package-arn',
  previousEndpointConfig: 'modelship:previous-endpoint-config',
} as const;

/** SageMaker's (and most services') tag limits. */
export const TAG_KEY_MAX = 128;
export const TAG_VALUE_MAX = 256;

export interface Tag {
  Key: string;
  Value: string;
}

export interface Provenance {
  gitSha?: string;
  ref?: string;
  repository?: string;
  runUrl?: string;
  action?: string;
  modelPackageArn?: string;
  previousEndpointConfig?: string;
}

/** The link to this workflow run, from the variables the runner sets for every step. */
export function workflowRunUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!server || !repository || !runId) return undefined;
  // A re-run keeps the run id; the attempt tells which of its logs produced the resource.
  const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? env.GITHUB_RUN_ATTEMPT : '';
  return `${server}/${repository}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`;
}

/** What the GitHub runner tells every step about the run. */
export function provenanceFromEnvironment(env: NodeJS.ProcessEnv, action: string): Provenance {
  return {
    gitSha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    repository: env.GITHUB_REPOSITORY,
    runUrl: workflowRunUrl(env),
    action,
  };
}

// SageMaker tag keys and values allow letters, digits, spaces and _.:/=+-@; anything else would make
// the whole Create call fail, so it is replaced rather than sent.
const sanitize = (value: string, max: number) =>
  value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').slice(0, max);

export function provenanceTags(provenance: Provenance, extra: Record<string, string> = {}): Tag[] {
  const tags: Tag[] = [];
  for (const [field, key] of Object.entries(PROVENANCE_KEYS)) {
    const value = provenance[field as keyof Provenance];
    if (value) tags.push({ Key: key, Value: sanitize(value, TAG_VALUE_MAX) });
  }
  for (const [key, value] of Object.entries(extra)) {
    const tagKey = sanitize(key, TAG_KEY_MAX);
    // An extra tag never overrides provenance: rollback depends on those being what the action wrote.
    if (tags.some((t) => t.Key === tagKey)) continue;
    tags.push({ Key: tagKey, Value: sanitize(value, TAG_VALUE_MAX) });
  }
  return tags;
}

/** Provenance back from a resource's tags (ListTags / DescribeX output); unknown tags are ignored. */
export function readProvenance(
  tags: ReadonlyArray<{ Key?: string; Value?: string }> | undefined,
): Provenance {
  const byKey = new Map((tags ?? []).map((t) => [t.Key, t.Value]));
  const out: Provenance = {};
  for (const [field, key] of Object.entries(PROVENANCE_KEYS)) {
    const value = byKey.get(key);
    if (value) out[field as keyof Provenance] = value;
  }
  return out;
}
