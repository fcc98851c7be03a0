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

/** What the GitHub runner tells every step about the run. */
export function provenanceFromEnvironment(env: NodeJS.ProcessEnv, action: string): Provenance {
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return { gitSha: env.GITHUB_SHA, ref: env.GITHUB_REF, repository: env.GITHUB_REPOSITORY, runUrl, action };
}

// SageMaker tag values allow letters, digits, spaces and _.:/=+-@ up to 256 characters.
const sanitize = (value: string) => value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').slice(0, 256);

export function provenanceTags(provenance: Provenance, extra: Record<string, string> = {}): Tag[] {
  const tags: Tag[] = [];
  for (const [field, key] of Object.entries(PROVENANCE_KEYS)) {
    const value = provenance[field as keyof Provenance];
    if (value) tags.push({ Key: key, Value: sanitize(value) });
  }
  for (const [key, value] of Object.entries(extra))
    tags.push({ Key: key.slice(0, 128), Value: sanitize(value) });
  return tags;
}

export function readProvenance(tags: Tag[] | undefined): Provenance {
  const byKey = new Map((tags ?? []).map((t) => [t.Key, t.Value]));
  const out: Provenance = {};
  for (const [field, key] of Object.entries(PROVENANCE_KEYS)) {
    const value = byKey.get(key);
    if (value) out[field as keyof Provenance] = value;
  }
  return out;
}
