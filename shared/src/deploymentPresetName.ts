import { distance } from 'fastest-levenshtein';

export type DeploymentKind = 'all-at-once' | 'canary' | 'linear' | 'rolling';

/** What a preset name says, before any range is checked. */
export interface PresetName {
  kind: DeploymentKind;
  percent: number;
  intervalSeconds: number;
}

export const PRESET_GRAMMAR =
  'allowed: AllAtOnce, Canary<P>Percent<N>Minutes|Minute|Seconds|Second, Linear<P>PercentEvery<N>Minute(s)|Second(s), Rolling<P>PercentEvery<N>Minute(s)|Second(s), optionally prefixed CodeDeployDefault.[Lambda|ECS]';

// CodeDeploy's own names (CodeDeployDefault.LambdaCanary10Percent5Minutes) mean the same thing, so a
// workflow that already uses them keeps working.
const CODEDEPLOY_PREFIX = /^CodeDeployDefault\.(Lambda|ECS)?/;

const SHAPES: Array<{ kind: Exclude<DeploymentKind, 'all-at-once'>; regex: RegExp }> = [
  { kind: 'canary', regex: /^Canary(\d+)Percent(\d+)(Minutes?|Seconds?)$/ },
  { kind: 'linear', regex: /^Linear(\d+)PercentEvery(\d+)(Minutes?|Seconds?)$/ },
  { kind: 'rolling', regex: /^Rolling(\d+)PercentEvery(\d+)(Minutes?|Seconds?)$/ },
];

export const stripCodeDeployPrefix = (raw: string): string => raw.trim().replace(CODEDEPLOY_PREFIX, '');

/** Reads the grammar only; undefined when the text is not a preset name at all. */
export function readPresetName(raw: string): PresetName | undefined {
  const value = stripCodeDeployPrefix(raw);
  if (value === 'AllAtOnce') return { kind: 'all-at-once', percent: 100, intervalSeconds: 0 };
  for (const { kind, regex } of SHAPES) {
    const match = regex.exec(value);
    if (!match) continue;
    const amount = Number(match[2]);
    const unitSeconds = (match[3] as string).startsWith('Minute') ? 60 : 1;
    return { kind, percent: Number(match[1]), intervalSeconds: amount * unitSeconds };
  }
  return undefined;
}

function formatInterval(seconds: number): string {
  // Whole minutes read the way CodeDeploy writes them; anything else stays in seconds.
  if (seconds >= 60 && seconds % 60 === 0) {
    const minutes = seconds / 60;
    return `${minutes}${minutes === 1 ? 'Minute' : 'Minutes'}`;
  }
  return `${seconds}${seconds === 1 ? 'Second' : 'Seconds'}`;
}

/** The canonical spelling, used in summaries and as the key for CodeDeploy's predefined configs. */
export function formatPresetName(preset: PresetName): string {
  switch (preset.kind) {
    case 'all-at-once':
      return 'AllAtOnce';
    case 'canary':
      return `Canary${preset.percent}Percent${formatInterval(preset.intervalSeconds)}`;
    case 'linear':
      return `Linear${preset.percent}PercentEvery${formatInterval(preset.intervalSeconds)}`;
    case 'rolling':
      return `Rolling${preset.percent}PercentEvery${formatInterval(preset.intervalSeconds)}`;
  }
}

const DEFAULT_INTERVAL = { canary: 300, linear: 60, rolling: 60 } as const;
const EXAMPLES = [
  'AllAtOnce',
  'Canary10Percent5Minutes',
  'Canary10Percent30Seconds',
  'Linear10PercentEvery1Minute',
  'Linear20PercentEvery30Seconds',
  'Rolling20PercentEvery1Minute',
];

/**
 * The preset the user most likely meant. Candidates reuse the numbers they typed, so a typo or a
 * missing unit (`Canary10Percent`, `Canary10Percent5`) is answered with their own percent and time
 * rather than with an unrelated example.
 */
export function suggestPresetName(raw: string): string | undefined {
  const value = stripCodeDeployPrefix(raw);
  if (value === '') return undefined;
  const [first, second] = (value.match(/\d+/g) ?? []).map(Number);
  const typed = value.toLowerCase();
  // A name that starts like a kind (even misspelt) is answered with that kind only: the word order or
  // units may be wrong, but the kind is what the user chose.
  const chosen = SHAPES.filter(({ kind }) => distance(typed.slice(0, kind.length), kind) <= 1);
  const candidates = new Set(chosen.length ? [] : EXAMPLES);
  for (const { kind } of chosen.length ? chosen : SHAPES) {
    const percent = first ?? 10;
    // The number typed is read as minutes first, the way CodeDeploy's own names count.
    const amounts = second !== undefined ? [second * 60, second] : [DEFAULT_INTERVAL[kind]];
    for (const intervalSeconds of amounts)
      candidates.add(formatPresetName({ kind, percent, intervalSeconds }));
  }
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(typed, candidate.toLowerCase());
    if (!best || score < best.score) best = { candidate, score };
  }
  if (!best || best.candidate === value) return undefined;
  // Half the name may differ: enough for a missing unit, not for an unrelated word like `blue-green`.
  return best.score <= Math.max(3, Math.floor(best.candidate.length / 2)) ? best.candidate : undefined;
}
