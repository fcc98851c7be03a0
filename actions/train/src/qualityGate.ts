/** One condition of `gate`, e.g. `validation:accuracy>=0.8`. */
export interface GateCondition {
  metric: string;
  operator: '>=' | '<=' | '>' | '<' | '==';
  threshold: number;
}

export const GATE_FORM =
  'it must be conditions such as validation:accuracy>=0.8, separated by commas; operators: >= <= > < ==';

const CONDITION = /^\s*([^<>=!,\s][^<>=!,]*?)\s*(>=|<=|==|>|<)\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s*$/i;

/** The conditions of a gate, or undefined when any part of it is not a condition. */
export function parseQualityGate(text: string): GateCondition[] | undefined {
  const parts = text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  const conditions: GateCondition[] = [];
  for (const part of parts) {
    const match = CONDITION.exec(part);
    if (!match) return undefined;
    const [, metric, operator, threshold] = match;
    conditions.push({
      metric: metric!,
      operator: operator as GateCondition['operator'],
      threshold: Number(threshold),
    });
  }
  return conditions.length ? conditions : undefined;
}

/** For the input schema: what is allowed when the gate does not parse. */
export function validateQualityGate(text: string): string | undefined {
  return parseQualityGate(text) ? undefined : GATE_FORM;
}

const HOLDS: Record<GateCondition['operator'], (value: number, threshold: number) => boolean> = {
  '>=': (v, t) => v >= t,
  '<=': (v, t) => v <= t,
  '>': (v, t) => v > t,
  '<': (v, t) => v < t,
  '==': (v, t) => v === t,
};

/**
 * Why the gate fails, one line per condition that does not hold; empty when it passes. A metric the job
 * never reported fails its condition: a gate that cannot be checked must not let a model through.
 */
export function qualityGateFailures(conditions: GateCondition[], metrics: Record<string, number>): string[] {
  return conditions.flatMap(({ metric, operator, threshold }) => {
    const value = metrics[metric];
    if (value === undefined) {
      const reported = Object.keys(metrics);
      return [
        `${metric} was not reported by the job (reported: ${reported.length ? reported.join(', ') : 'none'})`,
      ];
    }
    return HOLDS[operator](value, threshold)
      ? []
      : [`${metric} is ${value}, and the gate needs ${operator} ${threshold}`];
  });
}
