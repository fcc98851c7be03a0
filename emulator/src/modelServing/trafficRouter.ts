import type { Fleet, VariantRoute } from './types';

export type RouteChoice =
  | { kind: 'routed'; variantName: string; fleet: Fleet }
  /** The endpoint is routable, but not this request (unknown TargetVariant, no traffic, no fleet). */
  | { kind: 'rejected'; message: string };

/**
 * Picks a variant by weight (or the TargetVariant asked for), then one of its fleets by share, as
 * SageMaker splits traffic between variants and, during a blue/green deployment, between fleets.
 */
export function pickRoute(
  endpointName: string,
  routes: readonly VariantRoute[],
  targetVariant: string | undefined,
  random: () => number,
): RouteChoice {
  let variant: VariantRoute | undefined;
  if (targetVariant !== undefined) {
    variant = routes.find((r) => r.variantName === targetVariant);
    if (!variant) {
      return {
        kind: 'rejected',
        message: `Variant ${targetVariant} not found for endpoint ${endpointName}.`,
      };
    }
  } else {
    let total = 0;
    for (const r of routes) total += r.weight > 0 ? r.weight : 0;
    if (total <= 0) {
      return {
        kind: 'rejected',
        message: `Endpoint ${endpointName} has no production variant with a weight above 0.`,
      };
    }
    let roll = random() * total;
    for (const r of routes) {
      if (r.weight <= 0) continue;
      variant = r;
      roll -= r.weight;
      if (roll < 0) break;
    }
  }
  const fleet = pickFleet((variant as VariantRoute).fleets, random);
  if (!fleet) {
    return {
      kind: 'rejected',
      message: `Variant ${(variant as VariantRoute).variantName} of endpoint ${endpointName} has no instances in service.`,
    };
  }
  return { kind: 'routed', variantName: (variant as VariantRoute).variantName, fleet };
}

function pickFleet(fleets: VariantRoute['fleets'], random: () => number): Fleet | undefined {
  if (fleets.length === 1) return fleets[0]?.fleet;
  let total = 0;
  for (const f of fleets) total += f.share > 0 ? f.share : 0;
  if (total <= 0) return undefined;
  let roll = random() * total;
  let chosen: Fleet | undefined;
  for (const f of fleets) {
    if (f.share <= 0) continue;
    chosen = f.fleet;
    roll -= f.share;
    if (roll < 0) break;
  }
  return chosen;
}

/** A small deterministic generator (mulberry32), so tests can check weighted splits exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
