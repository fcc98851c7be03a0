/** What a condition compares with: a number, or the champion's value of the same metric plus an offset. */
export type GateTarget = { kind: 'number'; value: number } | { kind: 'champion'; offset: number };

/** One condition of `gate`, e.g. `validation:accuracy>=0.8` or `validation:auc>=champion-0.01`. */
export interface GateCondition {
  metric: string;
  operator: '>=' | '<=' | '>' | '<' | '==';
  target: GateTarget;
  text: string;
}

export const GATE_FORM =
  'it must be conditions such as validation:accuracy>=0.8 or validation:loss<=champion+0.01, separated by commas; operators: >= <= > < ==';

const NUMBER = '-?\\d+(?:\\.\\d+)?(?:e-?\\d+)?';
const CONDITION = new RegExp(
  `^\\s*([^<>=!,\\s][^<>=!,]*?)\\s*(>=|<=|==|>|<)\\s*(?:(${NUMBER})|champion\\s*(?:([+-])\\s*(\\d+(?:\\.\\d+)?(?:e-?\\d+)?))?)\\s*$`,
  'i',
);

function parseCondition(part: string): GateCondition | undefined {
  const match = CONDITION.exec(part);
  if (!match) return undefined;
  const [, metric, operator, number, sign, offset] = match;
  const target: GateTarget =
    number !== undefined
      ? { kind: 'number', value: Number(number) }
      : { kind: 'champion', offset: offset === undefined ? 0 : Number(`${sign}${offset}`) };
  return { metric: metric!, operator: operator as GateCondition['operator'], target, text: part };
}

/** The conditions of a gate, or undefined when any part of it is not a condition. */
export function parseQualityGate(text: string): GateCondition[] | undefined {
  const parts = text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  const conditions = parts.map(parseCondition);
  if (!conditions.length || conditions.some((c) => !c)) return undefined;
  return conditions as GateCondition[];
}

/** For the input schema: what is allowed when the gate does not parse. */
export function validateQualityGate(text: string): string | undefined {
  return parseQualityGate(text) ? undefined : GATE_FORM;
}

export const usesChampion = (conditions: GateCondition[]) =>
  conditions.some((c) => c.target.kind === 'champion');

const HOLDS: Record<GateCondition['operator'], (value: number, threshold: number) => boolean> = {
  '>=': (v, t) => v >= t,
  '<=': (v, t) => v <= t,
  '>': (v, t) => v > t,
  '<': (v, t) => v < t,
  '==': (v, t) => v === t,
};

/** How one condition came out, with both values, for the log, the summary and the failure message. */
export interface GateVerdict {
  condition: GateCondition;
  value?: number;
  threshold?: number;
  passed: boolean;
  reason: string;
}

/** The champion's metrics, or undefined when the group has no Approved version yet. */
export type ChampionMetrics = Record<string, number> | undefined;

const round = (n: number) => Number(n.toPrecision(12));

function thresholdOf(target: GateTarget, metric: string, champion: ChampionMetrics) {
  if (target.kind === 'number') return { threshold: target.value };
  if (!champion) return { skip: 'there is no Approved champion yet, so it passes' };
  const base = champion[metric];
  if (base === undefined) return { missing: `the champion has no ${metric} metric` };
  return { threshold: round(base + target.offset) };
}

/**
 * Every condition judged on the final metrics. A metric the job never reported fails its condition: a
 * gate that cannot be checked must not let a model through. A champion condition with no champion passes.
 */
export function judgeQualityGate(
  conditions: GateCondition[],
  metrics: Record<string, number>,
  champion: ChampionMetrics,
): GateVerdict[] {
  return conditions.map((condition) => {
    const { metric, operator } = condition;
    const value = metrics[metric];
    const target = thresholdOf(condition.target, metric, champion);
    if ('skip' in target) return { condition, value, passed: true, reason: target.skip! };
    if ('missing' in target) return { condition, value, passed: false, reason: target.missing! };
    const threshold = target.threshold!;
    if (value === undefined) {
      const reported = Object.keys(metrics);
      const list = reported.length ? reported.join(', ') : 'none';
      return {
        condition,
        threshold,
        passed: false,
        reason: `${metric} was not reported by the job (reported: ${list})`,
      };
    }
    const passed = HOLDS[operator](value, threshold);
    return {
      condition,
      value,
      threshold,
      passed,
      reason: `${metric} is ${value}, and the gate needs ${operator} ${threshold}`,
    };
  });
}

/** Why the gate fails, one line per condition that does not hold; empty when it passes. */
export function qualityGateFailures(verdicts: GateVerdict[]): string[] {
  return verdicts.filter((v) => !v.passed).map((v) => `${v.condition.text}: ${v.reason}`);
}
