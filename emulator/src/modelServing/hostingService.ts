import type { EmulatorEnvironment } from '../environment';
import { startProcessFleet, type ProcessFleet } from './fleet';
import type { ModelProcess } from './modelProcess';
import { pickRoute, type RouteChoice } from './trafficRouter';
import type { Fleet, FleetSpec, Hosting, VariantRoute } from './types';

/** Hosting as the Runtime API uses it: the control plane's contract, plus choosing a fleet per call. */
export interface RoutingHosting extends Hosting {
  /** Where one request goes; undefined when the endpoint has no routes (unknown, or not in service). */
  route(endpointName: string, targetVariant: string | undefined): RouteChoice | undefined;
}

export interface HostingOptions {
  /** Drives the weighted choice of variant and fleet; tests pass a seeded one. */
  random?: () => number;
}

/**
 * Real model processes behind the Runtime API. Keeps the routing table the control plane sets, and
 * stops every process it started on reset and shutdown (and, through ModelProcess, on exit).
 */
export function createHosting(env: EmulatorEnvironment, options: HostingOptions = {}): RoutingHosting {
  const random = options.random ?? Math.random;
  const routes = new Map<string, VariantRoute[]>();
  const processes = new Set<ModelProcess>();
  const fleets = new Set<ProcessFleet>();

  const stopAll = async () => {
    routes.clear();
    // Fleets also remove their model directories; the processes left are those of fleets still starting.
    await Promise.all([...fleets].map((f) => f.stop()));
    fleets.clear();
    await Promise.all([...processes].map((p) => p.stop(500)));
    processes.clear();
  };
  env.onShutdown(stopAll);
  env.onReset(stopAll);

  return {
    async startFleet(spec: FleetSpec): Promise<Fleet> {
      validateSpec(spec);
      const fleet = await startProcessFleet(env, spec, (p) => {
        processes.add(p);
        void p.exited.then(() => processes.delete(p));
      });
      for (const f of fleets) if (f.stopped) fleets.delete(f);
      fleets.add(fleet);
      return fleet;
    },
    setRoutes(endpointName, table) {
      if (table) routes.set(endpointName, table);
      else routes.delete(endpointName);
    },
    routesOf: (endpointName) => routes.get(endpointName),
    route(endpointName, targetVariant) {
      const table = routes.get(endpointName);
      return table && pickRoute(endpointName, table, targetVariant, random);
    },
  };
}

function validateSpec(spec: FleetSpec): void {
  if (!Number.isInteger(spec.instanceCount) || spec.instanceCount < 1) {
    throw new Error(`A fleet needs at least one instance, got InstanceCount ${spec.instanceCount}.`);
  }
}
