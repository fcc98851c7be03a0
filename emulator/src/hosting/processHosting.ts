import type { EmulatorEnvironment } from '../environment';
import { startProcessFleet } from './fleet';
import type { ModelProcess } from './modelProcess';
import type { Fleet, FleetSpec, Hosting, VariantRoute } from './types';

export interface RoutedFleet {
  variantName: string;
  fleet: Fleet;
}

/**
 * Real model processes behind the Runtime API. Keeps the routing table the control plane sets, and
 * makes sure no model process outlives the emulator (reset, shutdown, or the process exiting).
 */
export class ProcessHosting implements Hosting {
  private readonly routes = new Map<string, VariantRoute[]>();
  private readonly processes = new Set<ModelProcess>();

  constructor(
    private readonly env: EmulatorEnvironment,
    private readonly random: () => number = Math.random,
  ) {
    const killAll = () => {
      for (const p of this.processes) p.killNow();
    };
    process.once('exit', killAll);
    env.onShutdown(() => this.stopAll());
    env.onReset(() => this.stopAll());
  }

  async startFleet(spec: FleetSpec): Promise<Fleet> {
    const fleet = await startProcessFleet(this.env, spec, (p) => {
      this.processes.add(p);
      p.child.once('exit', () => this.processes.delete(p));
    });
    return fleet;
  }

  setRoutes(endpointName: string, routes: VariantRoute[] | undefined): void {
    if (routes) this.routes.set(endpointName, routes);
    else this.routes.delete(endpointName);
  }

  routesOf(endpointName: string): VariantRoute[] | undefined {
    return this.routes.get(endpointName);
  }

  /** A variant by weight (or the one asked for), then a fleet of it by share. */
  pick(endpointName: string, targetVariant?: string): RoutedFleet | { error: string } | undefined {
    const routes = this.routes.get(endpointName);
    if (!routes) return undefined;
    let variant: VariantRoute | undefined;
    if (targetVariant) {
      variant = routes.find((r) => r.variantName === targetVariant);
      if (!variant) return { error: `Variant ${targetVariant} not found for endpoint ${endpointName}.` };
    } else {
      const total = routes.reduce((sum, r) => sum + r.weight, 0);
      let roll = this.random() * total;
      variant = routes.find((r) => (roll -= r.weight) < 0) ?? routes.find((r) => r.weight > 0);
      if (!variant)
        return { error: `Endpoint ${endpointName} has no variant with traffic (all weights are 0).` };
    }
    let roll = this.random();
    const chosen =
      variant.fleets.find((f) => (roll -= f.share) < 0) ?? variant.fleets[variant.fleets.length - 1];
    if (!chosen) return { error: `Variant ${variant.variantName} has no running instances.` };
    return { variantName: variant.variantName, fleet: chosen.fleet };
  }

  private async stopAll(): Promise<void> {
    this.routes.clear();
    await Promise.all([...this.processes].map((p) => p.stop(500)));
    this.processes.clear();
  }
}
