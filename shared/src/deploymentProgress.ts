import type { EndpointSnapshot } from './endpointOutcome';

/** One point of the traffic chart: when, the share of traffic on the new fleet, the alarm picture. */
export interface TrafficSample {
  atMs: number;
  newFleetPercent: number;
  status: string;
  alarmsInAlarm: string[];
}

/** Heartbeat so a long bake still shows the step is alive, without flooding the log. */
const HEARTBEAT_MS = 15_000;

/**
 * Turns successive DescribeEndpoint answers into the lines a person watching the step wants: one per
 * state change (endpoint status, each variant's status), and a heartbeat at most every 15 s otherwise.
 * SageMaker does not report the traffic share itself, so it is inferred from the plan: each new
 * ActivatingTraffic phase moves to the plan's next step.
 */
export class DeploymentProgress {
  private lastKey = '';
  private lastLineAt = Number.NEGATIVE_INFINITY;
  private activations = 0;
  private wasActivating = false;
  readonly samples: TrafficSample[] = [];

  /**
   * @param plannedShares the new fleet's share after each traffic step, e.g. [10, 100] for a canary
   * @param startedAtMs when the update was requested
   */
  constructor(
    private readonly plannedShares: number[],
    private readonly startedAtMs: number,
  ) {}

  get newFleetPercent(): number {
    if (this.activations === 0) return 0;
    return this.plannedShares[Math.min(this.activations, this.plannedShares.length) - 1] ?? 100;
  }

  observe(snapshot: EndpointSnapshot, nowMs: number, alarmsInAlarm: string[] = []): string[] {
    const phases = (snapshot.ProductionVariants ?? []).flatMap((v) =>
      (v.VariantStatus ?? []).map((s) => ({
        variant: v.VariantName ?? '?',
        status: s.Status ?? '?',
        message: s.StatusMessage,
        startedAtMs: s.StartTime?.getTime(),
      })),
    );
    const activating = phases.some((p) => p.status === 'ActivatingTraffic');
    if (activating && !this.wasActivating) this.activations += 1;
    this.wasActivating = activating;
    if (snapshot.EndpointStatus === 'InService' && this.activations > 0)
      this.activations = this.plannedShares.length;

    const baking = phases.find((p) => p.status === 'Baking');
    const key = JSON.stringify([
      snapshot.EndpointStatus,
      snapshot.EndpointConfigName,
      phases.map((p) => [p.variant, p.status]),
      alarmsInAlarm,
    ]);
    const elapsed = formatSeconds(nowMs - this.startedAtMs);
    this.samples.push({
      atMs: nowMs - this.startedAtMs,
      newFleetPercent: this.newFleetPercent,
      status: snapshot.EndpointStatus ?? 'Unknown',
      alarmsInAlarm,
    });

    const lines: string[] = [];
    if (key !== this.lastKey) {
      const variantText = phases.length
        ? phases.map((p) => `${p.variant}: ${p.status}${p.message ? ` (${p.message})` : ''}`).join('; ')
        : 'no variant activity';
      const alarmText = alarmsInAlarm.length ? `; alarms in ALARM: ${alarmsInAlarm.join(', ')}` : '';
      lines.push(
        `[${elapsed}] ${snapshot.EndpointStatus} on ${snapshot.EndpointConfigName ?? '-'}; ${variantText}; new fleet ≈${this.newFleetPercent}% of traffic${alarmText}`,
      );
    } else if (nowMs - this.lastLineAt >= HEARTBEAT_MS) {
      lines.push(
        `[${elapsed}] still ${snapshot.EndpointStatus}${baking?.startedAtMs ? `, baking for ${formatSeconds(nowMs - baking.startedAtMs)}` : ''}; new fleet ≈${this.newFleetPercent}% of traffic`,
      );
    }
    if (lines.length) {
      this.lastKey = key;
      this.lastLineAt = nowMs;
    }
    return lines;
  }
}

export function formatSeconds(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds >= 60
    ? `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`
    : `${seconds}s`;
}
