import { distance } from 'fastest-levenshtein';

/** The allowed value closest to what was typed, if it is close enough to be a typo. */
export function didYouMean(value: string, allowed: readonly string[]): string | undefined {
  const typed = value.toLowerCase();
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of allowed) {
    const score = distance(typed, candidate.toLowerCase());
    if (!best || score < best.score) best = { candidate, score };
  }
  // A third of the word may differ: catches `canery` and `Linear10PercentEvery1Minutes`, not unrelated words.
  // A value that differs only in case (`Serverless`) is suggested too: enum values are matched exactly.
  return best && best.candidate !== value && best.score <= Math.max(2, Math.ceil(best.candidate.length / 3))
    ? best.candidate
    : undefined;
}
