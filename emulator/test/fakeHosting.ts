import type { AlarmStateReader, AlarmStateValue } from '../src/environment';
import type {
  Fleet,
  FleetSpec,
  Hosting,
  InvocationRequest,
  InvocationResult,
  VariantRoute,
} from '../src/modelServing/types';

/** A fleet that runs nothing: it answers every call with its own identity and remembers being stopped. */
export class FakeFleet implements Fleet {
  stopped = false;
  constructor(
    readonly id: string,
    readonly spec: FleetSpec,
  ) {}

  async invoke(_request: InvocationRequest): Promise<InvocationResult> {
    return { status: 200, body: Buffer.from(JSON.stringify({ fleet: this.id })) };
  }

  async stop(): Promise<void> {
    this.stopped = true;
  }
}

/** One routing table the control plane set, simplified to what tests compare. */
export interface RouteChange {
  at: number;
  endpointName: string;
  routes?: Array<{
    variantName: string;
    weight: number;
    fleets: Array<{ id: string; endpointConfigName: string; share: number }>;
  }>;
}

/**
 * Hosting for control-plane tests: fleets start after `startDelayMs` without processes, starts can be
 * told to fail, and every routing table set is recorded with its time.
 */
export class FakeHosting implements Hosting {
  readonly fleets: FakeFleet[] = [];
  readonly routeChanges: RouteChange[] = [];
  startDelayMs = 20;
  private readonly routes = new Map<string, VariantRoute[]>();
  private readonly failures: Array<{ matches: (spec: FleetSpec) => boolean; reason: string }> = [];

  /** Makes every later start of a fleet that `matches` reject with `reason`. */
  failStartsOf(matches: (spec: FleetSpec) => boolean, reason: string): void {
    this.failures.push({ matches, reason });
  }

  async startFleet(spec: FleetSpec): Promise<Fleet> {
    await new Promise((resolve) => setTimeout(resolve, this.startDelayMs));
    const failure = this.failures.find((f) => f.matches(spec));
    if (failure) throw new Error(failure.reason);
    const fleet = new FakeFleet(`fleet-${this.fleets.length + 1}`, spec);
    this.fleets.push(fleet);
    return fleet;
  }

  setRoutes(endpointName: string, routes: VariantRoute[] | undefined): void {
    if (routes) this.routes.set(endpointName, routes);
    else this.routes.delete(endpointName);
    this.routeChanges.push({
      at: Date.now(),
      endpointName,
      routes: routes?.map((r) => ({
        variantName: r.variantName,
        weight: r.weight,
        fleets: r.fleets.map((f) => ({
          id: f.fleet.id,
          endpointConfigName: f.fleet.spec.endpointConfigName,
          share: Math.round(f.share * 1000) / 1000,
        })),
      })),
    });
  }

  routesOf(endpointName: string): VariantRoute[] | undefined {
    return this.routes.get(endpointName);
  }

  fleetsOf(endpointName: string, endpointConfigName?: string): FakeFleet[] {
    return this.fleets.filter(
      (f) =>
        f.spec.endpointName === endpointName &&
        (endpointConfigName === undefined || f.spec.endpointConfigName === endpointConfigName),
    );
  }

  /** The share of each config's fleets in every routing table set for the endpoint, in order. */
  configSharesOf(endpointName: string): Array<Record<string, number>> {
    return this.routeChanges
      .filter((c) => c.endpointName === endpointName && c.routes)
      .map((c) => {
        const shares: Record<string, number> = {};
        for (const route of c.routes ?? [])
          for (const f of route.fleets)
            shares[f.endpointConfigName] =
              Math.round(((shares[f.endpointConfigName] ?? 0) + f.share) * 1000) / 1000;
        return shares;
      });
  }
}

/** Alarm states a test sets by hand. */
export class FakeAlarms implements AlarmStateReader {
  private readonly states = new Map<string, AlarmStateValue>();

  set(name: string, value: AlarmStateValue): void {
    this.states.set(name, value);
  }

  stateOf(name: string) {
    const value = this.states.get(name);
    return value && { value, reason: `set by the test to ${value}` };
  }
}
