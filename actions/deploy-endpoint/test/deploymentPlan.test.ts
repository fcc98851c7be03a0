import { describe, expect, it } from '@jest/globals';
import { parseDeploymentConfig } from '@modelship/shared';
import { planDeployment, type PlanFacts } from '../src/deploymentPlan';

const facts = (overrides: Partial<PlanFacts> = {}): PlanFacts => ({
  endpointName: 'churn',
  modelName: 'churn-abc1234-aaaaaa',
  containers: [{ Image: 'repo/churn:2', ModelDataUrl: 's3://b/m2.tar.gz' }],
  endpointConfigName: 'churn-abc1234-bbbbbb',
  newConfig: {
    ProductionVariants: [
      {
        VariantName: 'AllTraffic',
        ModelName: 'churn-abc1234-aaaaaa',
        InstanceType: 'ml.m5.xlarge',
        InitialInstanceCount: 4,
      },
    ],
  },
  previousConfig: {
    EndpointConfigName: 'churn-0000000-cccccc',
    EndpointConfigArn: 'arn',
    CreationTime: new Date(0),
    ProductionVariants: [
      {
        VariantName: 'AllTraffic',
        ModelName: 'churn-old',
        InstanceType: 'ml.m5.large',
        InitialInstanceCount: 4,
      },
    ],
    $metadata: {},
  },
  previousContainers: [{ Image: 'repo/churn:1', ModelDataUrl: 's3://b/m1.tar.gz' }],
  strategy: parseDeploymentConfig('Canary25Percent5Minutes', { instanceCount: 4 }),
  shifting: 'guardrails',
  alarms: [],
  rollbackWindowSeconds: 0,
  ...overrides,
});

describe('planDeployment', () => {
  it('lists what changes, the traffic steps and how long both fleets run', () => {
    const plan = planDeployment(facts());
    expect(plan.action).toBe('update');
    expect(plan.changes).toEqual([
      { what: 'model', from: 'churn-old', to: 'churn-abc1234-aaaaaa' },
      { what: 'image', from: 'repo/churn:1', to: 'repo/churn:2' },
      { what: 'model data', from: 's3://b/m1.tar.gz', to: 's3://b/m2.tar.gz' },
      { what: 'instance type', from: 'ml.m5.large', to: 'ml.m5.xlarge' },
    ]);
    expect(plan.steps.map((s) => [s.newFleetPercent, s.bakeSeconds])).toEqual([
      [25, 300],
      [100, 300],
    ]);
    expect(plan.expectedDurationSeconds).toBe(600);
    expect(plan.doubleFleetSeconds).toBeGreaterThanOrEqual(600);
  });

  it('warns that guardrails would silently run all at once on a serverless endpoint', () => {
    const plan = planDeployment(
      facts({
        newConfig: {
          ProductionVariants: [
            {
              VariantName: 'AllTraffic',
              ModelName: 'm',
              ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 },
            },
          ],
        },
        strategy: parseDeploymentConfig('Canary10Percent5Minutes'),
      }),
    );
    expect(plan.warnings.join('\n')).toMatch(/silently run all at once/);
  });

  it('warns about an alarm already in ALARM and one too slow to stop a bake', () => {
    const plan = planDeployment(
      facts({
        strategy: parseDeploymentConfig('Linear25PercentEvery1Minute', { instanceCount: 4 }),
        alarms: [
          { name: 'p99', state: 'ALARM', periodSeconds: 60, evaluationPeriods: 1 },
          { name: 'slow', state: 'OK', periodSeconds: 60, evaluationPeriods: 5 },
        ],
      }),
    );
    expect(plan.warnings.join('\n')).toContain('Already in ALARM before the update: p99');
    expect(plan.warnings.join('\n')).toMatch(/Alarm slow needs 300 s/);
  });

  it('plans a new endpoint as a create with no traffic steps', () => {
    const plan = planDeployment(
      facts({ previousConfig: undefined, previousContainers: undefined, shifting: 'create' }),
    );
    expect(plan).toMatchObject({ action: 'create', steps: [], changes: [], expectedDurationSeconds: 0 });
  });
});
