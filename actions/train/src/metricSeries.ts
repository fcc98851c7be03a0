/**
 * Every value the metric regexes capture in the log, in order, as SageMaker reads them: group 1 of
 * each match, on each line. The last value of a metric is its final value; a metric seen more than once
 * (e.g. per epoch) is a series worth a chart.
 */
export class MetricSeries {
  private readonly patterns: Array<[string, RegExp]>;
  readonly values: Record<string, number[]> = {};

  constructor(definitions: Record<string, string>) {
    this.patterns = Object.entries(definitions).map(([name, regex]) => [name, new RegExp(regex)]);
  }

  read(line: string): void {
    for (const [name, pattern] of this.patterns) {
      const match = pattern.exec(line);
      const value = match?.[1] === undefined ? NaN : Number(match[1]);
      if (Number.isFinite(value)) (this.values[name] ??= []).push(value);
    }
  }

  /** Metrics captured more than once. */
  repeated(): Record<string, number[]> {
    return Object.fromEntries(Object.entries(this.values).filter(([, values]) => values.length > 1));
  }
}
