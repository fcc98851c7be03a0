import { formatElapsed } from './duration';
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

/** Where the new fleet's share of traffic comes from. */
export interface ShareSource {
  /**
   * Guardrails: the new fleet's share after each traffic step, e.g. [10, 100] for a canary. SageMaker
   * does not report the share, so each traffic step it starts (ActivatingTraffic, or a new bake whose
   * activation fell between two polls) moves to the plan's next share.
   */
  plannedShares: number[];
  /** The config whose InService means the update ended: its fleet then has all of its planned share. */
  requestedConfig?: string;
  /**
   * Weights mode: the new model's variant; its share is its CurrentWeight over all variants' weights.
   * Where the endpoint has no such variant, the planned shares apply.
   */
  newVariantName?: string;
}

interface Phase {
  variant: string;
  status: string;
  message?: string;
  startedAtMs?: number;
}

function phasesOf(snapshot: EndpointSnapshot): Phase[] {
  return (snapshot.ProductionVariants ?? []).flatMap((v) =>
    (v.VariantStatus ?? []).map((s) => ({
      variant: v.VariantName ?? '?',
      status: s.Status ?? '?',
      message: s.StatusMessage,
      startedAtMs: s.StartTime?.getTime(),
    })),
  );
}

/** The variant's CurrentWeight over all variants' weights, in percent; undefined when it is not there. */
export function variantSharePercent(snapshot: EndpointSnapshot, variantName: string): number | undefined {
  const variants = snapshot.ProductionVariants ?? [];
  const variant = variants.find((v) => v.VariantName === variantName);
  if (!variant) return undefined;
  const total = variants.reduce((sum, v) => sum + (v.CurrentWeight ?? 0), 0);
  return total > 0 ? Math.round((100 * (variant.CurrentWeight ?? 0)) / total) : 0;
}

/** Counts the traffic steps SageMaker started, from the variants' phases and their start times. */
class TrafficSteps {
  count = 0;
  private readonly seen = new Set<string>();
  private lastStatuses = new Set<string>();
  private activatedSinceBake = false;

  observe(phases: Phase[]): void {
    const statuses = new Set(phases.map((p) => p.status));
    for (const phase of phases) {
      const id = `${phase.status}@${phase.startedAtMs ?? ''}`;
      const isNew =
        phase.startedAtMs === undefined ? !this.lastStatuses.has(phase.status) : !this.seen.has(id);
      this.seen.add(id);
      if (!isNew) continue;
      // Both fleets report the same phase: count it once.
      this.lastStatuses.add(phase.status);
      if (phase.status === 'ActivatingTraffic') {
        this.count += 1;
        this.activatedSinceBake = true;
      } else if (phase.status === 'Baking') {
        if (!this.activatedSinceBake) this.count += 1;
        this.activatedSinceBake = false;
      }
    }
    this.lastStatuses = statuses;
  }
}

/**
 * Turns successive DescribeEndpoint answers into the lines a person watching the step wants: one per
 * state change (endpoint status, each variant's status), and a heartbeat at most every 15 s otherwise.
 * Each line gives the time since the deployment started and the share of traffic the endpoint gives the
 * new fleet (see ShareSource).
 */
export class DeploymentProgress {
  private lastKey = '';
  private lastLineAt = Number.NEGATIVE_INFINITY;
  private readonly steps = new TrafficSteps();
  private percent = 0;
  readonly samples: TrafficSample[] = [];
  private readonly source: ShareSource;

  /**
   * @param plannedShares the new fleet's share after each traffic step, e.g. [10, 100] for a canary
   * @param startedAtMs when the deployment started: every line's elapsed time counts from here
   */
  constructor(
    plannedShares: number[],
    private readonly startedAtMs: number,
    source: Omit<ShareSource, 'plannedShares'> = {},
  ) {
    this.source = { ...source, plannedShares };
  }

  get newFleetPercent(): number {
    return this.percent;
  }

  observe(snapshot: EndpointSnapshot, nowMs: number, alarmsInAlarm: string[] = []): string[] {
    const phases = phasesOf(snapshot);
    this.steps.observe(phases);
    this.percent = this.shareOf(snapshot);
    this.samples.push({
      atMs: nowMs - this.startedAtMs,
      newFleetPercent: this.percent,
      status: snapshot.EndpointStatus ?? 'Unknown',
      alarmsInAlarm,
    });
    const key = JSON.stringify([
      snapshot.EndpointStatus,
      snapshot.EndpointConfigName,
      phases.map((p) => [p.variant, p.status]),
      alarmsInAlarm,
      this.percent,
    ]);
    const line = this.lineFor(key, snapshot, phases, nowMs, alarmsInAlarm);
    if (line) {
      this.lastKey = key;
      this.lastLineAt = nowMs;
    }
    return line ? [line] : [];
  }

  private shareOf(snapshot: EndpointSnapshot): number {
    const { plannedShares, requestedConfig, newVariantName } = this.source;
    const weighted = newVariantName ? variantSharePercent(snapshot, newVariantName) : undefined;
    if (weighted !== undefined) return weighted;
    const last = plannedShares[plannedShares.length - 1] ?? 100;
    if (snapshot.EndpointStatus === 'InService') {
      if (requestedConfig !== undefined) return snapshot.EndpointConfigName === requestedConfig ? last : 0;
      return this.steps.count > 0 ? last : this.percent;
    }
    if (this.steps.count === 0) return 0;
    return plannedShares[Math.min(this.steps.count, plannedShares.length) - 1] ?? last;
  }

  private lineFor(
    key: string,
    snapshot: EndpointSnapshot,
    phases: Phase[],
    nowMs: number,
    alarmsInAlarm: string[],
  ): string | undefined {
    const elapsed = formatElapsed(nowMs - this.startedAtMs);
    const share = `new fleet ≈${this.percent}% of traffic`;
    if (key !== this.lastKey) {
      const variantText = phases.length
        ? phases.map((p) => `${p.variant}: ${p.status}${p.message ? ` (${p.message})` : ''}`).join('; ')
        : 'no variant activity';
      const alarmText = alarmsInAlarm.length ? `; alarms in ALARM: ${alarmsInAlarm.join(', ')}` : '';
      return `[${elapsed}] ${snapshot.EndpointStatus} on ${snapshot.EndpointConfigName ?? '-'}; ${variantText}; ${share}${alarmText}`;
    }
    if (nowMs - this.lastLineAt < HEARTBEAT_MS) return undefined;
    const baking = phases.find((p) => p.status === 'Baking');
    const bakingText = baking?.startedAtMs ? `, baking for ${formatElapsed(nowMs - baking.startedAtMs)}` : '';
    return `[${elapsed}] still ${snapshot.EndpointStatus}${bakingText}; ${share}`;
  }
}
