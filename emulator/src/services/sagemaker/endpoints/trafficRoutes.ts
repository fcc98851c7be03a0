import type { Fleet, VariantRoute } from '../../../modelServing/types';
import type { DeployedVariant } from './endpointState';

/** A variant's fleets, each weighted by its instances, scaled to `share` of the variant's traffic. */
function fleetShares(fleets: Fleet[], share: number): VariantRoute['fleets'] {
  const instances = fleets.reduce((sum, f) => sum + f.spec.instanceCount, 0);
  return fleets.map((fleet) => ({ fleet, share: (share * fleet.spec.instanceCount) / instances }));
}

/** The routing table of an endpoint at rest: each variant by its weight, over all of its fleets. */
export function steadyRoutes(variants: DeployedVariant[]): VariantRoute[] {
  return variants
    .filter((v) => v.fleets.length > 0)
    .map((v) => ({ variantName: v.name, weight: v.currentWeight, fleets: fleetShares(v.fleets, 1) }));
}

/**
 * The routing table during a deployment: each variant's traffic split between its old (blue) and new
 * (green) fleets, the new ones taking `greenShare` of it. Variants only the old config has keep serving
 * until the new fleets take everything.
 */
export function splitRoutes(
  blue: DeployedVariant[],
  green: DeployedVariant[],
  greenShare: number,
): VariantRoute[] {
  const share = Math.min(1, Math.max(0, greenShare));
  const routes: VariantRoute[] = green.map((g) => {
    const b = blue.find((v) => v.name === g.name);
    const blueFleets = b?.fleets ?? [];
    if (blueFleets.length === 0 || share >= 1) {
      return { variantName: g.name, weight: g.currentWeight, fleets: fleetShares(g.fleets, 1) };
    }
    const fleets = [
      ...fleetShares(blueFleets, 1 - share),
      ...(share > 0 && g.fleets.length ? fleetShares(g.fleets, share) : []),
    ];
    return { variantName: g.name, weight: b?.currentWeight ?? g.currentWeight, fleets };
  });
  if (share < 1) {
    for (const b of blue) {
      if (!green.some((g) => g.name === b.name) && b.fleets.length) {
        routes.push({ variantName: b.name, weight: b.currentWeight, fleets: fleetShares(b.fleets, 1) });
      }
    }
  }
  return routes;
}
