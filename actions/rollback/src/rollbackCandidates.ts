/** An endpoint config someone could roll back to, as listed when nothing is recorded to choose for them. */
export interface RollbackCandidate {
  name: string;
  modelName?: string;
  createdAt?: Date;
}

/**
 * The prefix deploy-endpoint's config names start with: `deterministicName` keeps at most the first
 * 48 characters of the endpoint name (63 minus the `-<sha>-<hash>` suffix), without trailing hyphens.
 */
export function candidateNamePrefix(endpointName: string): string {
  return endpointName.slice(0, 48).replace(/-+$/, '');
}

/** Newest first, the serving config left out (rolling back to it changes nothing), at most `limit`. */
export function rankCandidates(
  candidates: RollbackCandidate[],
  servingConfig: string | undefined,
  limit = 5,
): RollbackCandidate[] {
  return candidates
    .filter((c) => c.name !== servingConfig)
    .sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0))
    .slice(0, limit);
}

/** One line per candidate, for an error message: name, model, creation time. */
export function candidatesText(candidates: RollbackCandidate[]): string {
  if (candidates.length === 0) return 'No other endpoint config of this endpoint was found.';
  return [
    'Recent endpoint configs of this endpoint, newest first:',
    ...candidates.map(
      (c) =>
        `  - ${c.name} (model ${c.modelName ?? 'unknown'}, created ${c.createdAt ? c.createdAt.toISOString() : 'at an unknown time'})`,
    ),
  ].join('\n');
}
