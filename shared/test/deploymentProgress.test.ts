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

const phase = (status: string, startSeconds: number, message?: string) => ({
  EndpointStatus: 'Updating' as const,
  EndpointConfigName: 'old',
  ProductionVariants: [
    {
      VariantName: 'AllTraffic',
      VariantStatus: [
        { Status: status as 'Baking', StatusMessage: message, StartTime: new Date(startSeconds * 1000) },
      ],
    },
  ],
});

describe('DeploymentProgress: the share the endpoint really gives the new fleet', () => {
  it('counts a step whose ActivatingTraffic fell between two polls by its new bake, so a final bake shows 100%', () => {
    const progress = new DeploymentProgress([10, 100], 0, { requestedConfig: 'new' });
    progress.observe(phase('ActivatingTraffic', 1), 1_000);
    progress.observe(phase('Baking', 2, 'canary'), 2_000);
    expect(progress.newFleetPercent).toBe(10);
    progress.observe(phase('Baking', 2, 'canary'), 4_000);
    expect(progress.newFleetPercent).toBe(10);
    // The second shift's ActivatingTraffic lasted less than a poll: only the final bake is seen.
    const [line] = progress.observe(phase('Baking', 300, 'final bake'), 302_000);
    expect(progress.newFleetPercent).toBe(100);
    expect(line).toMatch(
      /^\[5m02s\] Updating on old; AllTraffic: Baking \(final bake\); new fleet ≈100% of traffic$/,
    );
  });

  it('says 0% when the endpoint comes back InService on another config (rolled back)', () => {
    const progress = new DeploymentProgress([50, 100], 0, { requestedConfig: 'new' });
    progress.observe(phase('ActivatingTraffic', 1), 1_000);
    expect(progress.newFleetPercent).toBe(50);
    progress.observe(
      { EndpointStatus: 'InService', EndpointConfigName: 'old', ProductionVariants: [] },
      3_000,
    );
    expect(progress.newFleetPercent).toBe(0);
  });

  it('reads a weights-mode share from the variants’ current weights', () => {
    const progress = new DeploymentProgress([0], 0, { newVariantName: 'AllTraffic-new' });
    const weights = (oldWeight: number, newWeight: number) => ({
      EndpointStatus: 'InService' as const,
      EndpointConfigName: 'transition',
      ProductionVariants: [
        { VariantName: 'AllTraffic', CurrentWeight: oldWeight },
        { VariantName: 'AllTraffic-new', CurrentWeight: newWeight },
      ],
    });
    expect(progress.observe(weights(0.75, 0.25), 64_000)[0]).toMatch(
      /^\[1m04s\] .*new fleet ≈25% of traffic$/,
    );
    progress.observe(weights(0, 1), 130_000);
    expect(progress.newFleetPercent).toBe(100);
  });

  it('counts elapsed time from the deployment start it is given, not from its own creation', () => {
    const progress = new DeploymentProgress([100], 1_000);
    expect(progress.observe(phase('Creating', 90), 91_000)[0]).toMatch(/^\[1m30s\]/);
    expect(progress.samples[0]?.atMs).toBe(90_000);
  });
});
