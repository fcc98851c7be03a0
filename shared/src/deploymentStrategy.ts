import { didYouMean } from './didYouMean';
import { InputError } from './errors';

/**
 * A traffic-shifting strategy named the CodeDeploy way (`Canary10Percent5Minutes`,
 * `Linear10PercentEvery1Minute`, `AllAtOnce`), plus the `Rolling…` names for SageMaker rolling updates and
 * second-based variants for short bakes.
 */
export type DeploymentStrategy =
  | { kind: 'all-at-once'; bakeSeconds: number }
  | { kind: 'canary'; percent: number; bakeSeconds: number }
  | { kind: 'linear'; percent: number; bakeSeconds: number }
  | { kind: 'rolling'; percent: number; bakeSeconds: number };

export interface DeploymentTimeouts {
  /** How long the old fleet stays up after the new one takes all traffic (SageMaker: 0–3600 s). */
  terminationWaitSeconds?: number;
  /** SageMaker gives up and rolls back after this long (600–28800 s). */
  maxExecutionSeconds?: number;
}

const INPUT = 'deployment-config';
const EXAMPLES = [
  'AllAtOnce',
  'Canary10Percent5Minutes',
  'Canary10Percent30Seconds',
  'Linear10PercentEvery1Minute',
  'Linear20PercentEvery30Seconds',
  'Rolling20PercentEvery1Minute',
];
const GRAMMAR =
  'allowed: AllAtOnce, Canary<P>Percent<N>Minutes|Seconds, Linear<P>PercentEvery<N>Minute(s)|Second(s), Rolling<P>PercentEvery<N>Minute(s)|Second(s)';

const PATTERNS: Array<{ kind: 'canary' | 'linear' | 'rolling'; regex: RegExp }> = [
  { kind: 'canary', regex: /^Canary(\d+)Percent(\d+)(Minutes?|Seconds?)$/ },
  { kind: 'linear', regex: /^Linear(\d+)PercentEvery(\d+)(Minutes?|Seconds?)$/ },
  { kind: 'rolling', regex: /^Rolling(\d+)PercentEvery(\d+)(Minutes?|Seconds?)$/ },
];

/** The share each kind may move at once: SageMaker's limits for canary size, linear step and rolling batch. */
export const PERCENT_LIMITS = { canary: [1, 50], linear: [10, 50], rolling: [5, 50] } as const;
const MAX_BAKE_SECONDS = 3600;

function fail(value: string, allowed: string, suggestion?: string): never {
  throw InputError.single({ input: INPUT, value, allowed, didYouMean: suggestion });
}

export function parseDeploymentStrategy(raw: string): DeploymentStrategy {
  // CodeDeploy's own names (CodeDeployDefault.LambdaCanary10Percent5Minutes) mean the same thing.
  const value = raw.trim().replace(/^CodeDeployDefault\.(Lambda|ECS)?/, '');
  if (value === 'AllAtOnce') return { kind: 'all-at-once', bakeSeconds: 0 };
  for (const { kind, regex } of PATTERNS) {
    const match = regex.exec(value);
    if (!match) continue;
    const percent = Number(match[1]);
    const bakeSeconds = Number(match[2]) * ((match[3] as string).startsWith('Minute') ? 60 : 1);
    const [min, max] = PERCENT_LIMITS[kind];
    if (percent < min || percent > max) {
      fail(
        raw,
        `a ${kind} step must move ${min}% to ${max}% of the fleet (SageMaker's limit), not ${percent}%`,
      );
    }
    if (bakeSeconds > MAX_BAKE_SECONDS) {
      fail(raw, `a bake is at most 3600 seconds (60 minutes) in SageMaker, not ${bakeSeconds} s`);
    }
    return { kind, percent, bakeSeconds };
  }
  fail(raw, GRAMMAR, didYouMean(value, EXAMPLES));
}

/** How many traffic steps the strategy takes, and the new fleet's share after each. */
export function trafficShares(strategy: DeploymentStrategy): number[] {
  switch (strategy.kind) {
    case 'all-at-once':
      return [100];
    case 'canary':
      return [strategy.percent, 100];
    case 'linear':
    case 'rolling': {
      const shares: number[] = [];
      for (let share = strategy.percent; share < 100; share += strategy.percent) shares.push(share);
      return [...shares, 100];
    }
  }
}

/** Total bake time: canary bakes the canary and then the full fleet; linear and rolling bake each step. */
export function totalBakeSeconds(strategy: DeploymentStrategy): number {
  return trafficShares(strategy).length * strategy.bakeSeconds;
}

export function validateTimeouts(strategy: DeploymentStrategy, timeouts: DeploymentTimeouts): void {
  const { terminationWaitSeconds: wait, maxExecutionSeconds: max } = timeouts;
  if (wait !== undefined && (wait < 0 || wait > 3600)) {
    throw InputError.single({
      input: 'termination-wait-seconds',
      value: String(wait),
      allowed: 'it must be 0 to 3600',
    });
  }
  if (max !== undefined) {
    if (max < 600 || max > 28800) {
      throw InputError.single({
        input: 'max-execution-seconds',
        value: String(max),
        allowed: 'it must be 600 to 28800',
      });
    }
    const needed = totalBakeSeconds(strategy) + (wait ?? 0);
    if (max <= needed) {
      throw InputError.single({
        input: 'max-execution-seconds',
        value: String(max),
        allowed: `it must be larger than the deployment's bakes and termination wait (${needed} s), or SageMaker rolls back every time`,
      });
    }
  }
}
