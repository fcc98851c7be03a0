import { describe, expect, it } from '@jest/globals';
import { DeploymentProgress } from '../src/deploymentProgress';

const snapshot = (status: string, variantStatus?: string) => ({
  EndpointStatus: status as 'Updating',
  EndpointConfigName: 'old',
  ProductionVariants: [
    {
      VariantName: 'AllTraffic',
      VariantStatus: variantStatus ? [{ Status: variantStatus as 'Baking' }] : [],
    },
  ],
});

describe('DeploymentProgress', () => {
  it('prints one line per state change, and a heartbeat at most every 15 s otherwise', () => {
    const progress = new DeploymentProgress([10, 100], 0);
    expect(progress.observe(snapshot('Updating', 'Creating'), 0)).toHaveLength(1);
    expect(progress.observe(snapshot('Updating', 'Creating'), 2_000)).toEqual([]);
    expect(progress.observe(snapshot('Updating', 'Creating'), 15_000)).toEqual([
      expect.stringContaining('still Updating'),
    ]);
    expect(progress.observe(snapshot('Updating', 'ActivatingTraffic'), 17_000)).toEqual([
      expect.stringContaining('AllTraffic: ActivatingTraffic; new fleet ≈10% of traffic'),
    ]);
  });

  it('moves to the next planned share at each new ActivatingTraffic phase', () => {
    const progress = new DeploymentProgress([10, 100], 0);
    progress.observe(snapshot('Updating', 'ActivatingTraffic'), 1_000);
    progress.observe(snapshot('Updating', 'Baking'), 2_000);
    expect(progress.newFleetPercent).toBe(10);
    progress.observe(snapshot('Updating', 'ActivatingTraffic'), 3_000);
    expect(progress.newFleetPercent).toBe(100);
    expect(progress.samples.map((s) => s.newFleetPercent)).toEqual([10, 10, 100]);
  });

  it('names the alarms in ALARM', () => {
    const progress = new DeploymentProgress([100], 0);
    expect(progress.observe(snapshot('Updating', 'Baking'), 0, ['p99'])[0]).toContain('alarms in ALARM: p99');
  });
});
