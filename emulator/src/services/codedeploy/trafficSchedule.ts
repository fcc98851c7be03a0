/** A deployment config's traffic routing, as CodeDeploy's API writes it. */
export interface TrafficRoutingConfig {
  type: 'TimeBasedCanary' | 'TimeBasedLinear' | 'AllAtOnce';
  timeBasedCanary?: { canaryPercentage: number; canaryInterval: number };
  timeBasedLinear?: { linearPercentage: number; linearInterval: number };
}

/** One traffic shift: at `atMs` after the shifting starts, the target version gets `weight` (0..1). */
export interface TrafficStep {
  atMs: number;
  weight: number;
}

const MINUTE_MS = 60_000;

/**
 * The shifts a config makes, in emulator time (`timeScale` divides AWS minutes): a canary moves its
 * percentage, then the rest after its interval; a linear config adds its percentage every interval
 * until all traffic has moved; all-at-once moves everything at once. The last step always reaches 1.
 */
export function trafficSchedule(config: TrafficRoutingConfig, timeScale: number): TrafficStep[] {
  const intervalMs = (minutes: number) => (minutes * MINUTE_MS) / timeScale;
  if (config.type === 'TimeBasedCanary' && config.timeBasedCanary) {
    const { canaryPercentage, canaryInterval } = config.timeBasedCanary;
    return [
      { atMs: 0, weight: canaryPercentage / 100 },
      { atMs: intervalMs(canaryInterval), weight: 1 },
    ];
  }
  if (config.type === 'TimeBasedLinear' && config.timeBasedLinear) {
    const { linearPercentage, linearInterval } = config.timeBasedLinear;
    const steps: TrafficStep[] = [];
    // Integer percentages, divided once, so that weights are 0.3 and not 0.30000000000000004.
    for (let i = 1; ; i++) {
      const percent = Math.min(100, linearPercentage * i);
      steps.push({ atMs: intervalMs(linearInterval * (i - 1)), weight: percent / 100 });
      if (percent >= 100) return steps;
    }
  }
  return [{ atMs: 0, weight: 1 }];
}

/**
 * Why a traffic routing config is not valid, or undefined. Percentages are whole numbers from 1 to 99
 * and intervals whole minutes of at least 1, as CodeDeploy requires.
 */
export function trafficRoutingProblem(config: TrafficRoutingConfig): string | undefined {
  if (config.type === 'TimeBasedCanary') {
    const canary = config.timeBasedCanary;
    if (!canary) return 'A TimeBasedCanary config needs timeBasedCanary{canaryPercentage, canaryInterval}.';
    return stepProblem('canary', canary.canaryPercentage, canary.canaryInterval);
  }
  if (config.type === 'TimeBasedLinear') {
    const linear = config.timeBasedLinear;
    if (!linear) return 'A TimeBasedLinear config needs timeBasedLinear{linearPercentage, linearInterval}.';
    return stepProblem('linear', linear.linearPercentage, linear.linearInterval);
  }
  if (config.type === 'AllAtOnce') return undefined;
  return `trafficRoutingConfig.type must be TimeBasedCanary, TimeBasedLinear or AllAtOnce, not ${String(config.type)}.`;
}

/** A canary's or a linear step's percentage (1 to 99) and interval (1 to 2880 whole minutes). */
function stepProblem(kind: 'canary' | 'linear', percentage: unknown, interval: unknown): string | undefined {
  const wholeIn = (value: unknown, min: number, max: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
  if (!wholeIn(percentage, 1, 99))
    return `${kind}Percentage must be a whole number from 1 to 99, not ${String(percentage)}.`;
  if (!wholeIn(interval, 1, 2880))
    return `${kind}Interval must be a whole number of minutes from 1 to 2880, not ${String(interval)}.`;
  return undefined;
}
