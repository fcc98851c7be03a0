import { beforeEach, describe, expect, it } from '@jest/globals';
import { UpdateEndpointCommand } from '@aws-sdk/client-sagemaker';
import { deployEndpoint } from '../src/deployEndpoint';
import { FakeSageMaker, harness, requestOf, sagemaker, type Harness } from './fakeEndpoint';

let fake: FakeSageMaker;
let h: Harness;

beforeEach(() => {
  fake = new FakeSageMaker();
  h = harness();
});

const deploy = (raw: Record<string, string> = {}) => deployEndpoint(h.ports, requestOf(raw, h.clock));

describe('deployEndpoint (fake SageMaker and CloudWatch, fake clock)', () => {
  it('creates a new endpoint and reports it deployed once InService on the new config', async () => {
    const result = await deploy();
    expect(result).toMatchObject({ status: 'deployed', previousEndpointConfigName: undefined });
    expect(fake.changes()).toEqual(['CreateModel', 'CreateEndpointConfig', 'CreateEndpoint']);
    expect(fake.endpoint?.EndpointConfigName).toBe(result.endpointConfigName);
    expect(h.outputs).toMatchObject({
      'endpoint-config-name': result.endpointConfigName,
      'model-name': result.modelName,
    });
  });

  it('updates under guardrails with the guarding alarms and succeeds on the requested config', async () => {
    fake.serving('churn-v1');
    fake.alarms = { 'churn-5xx': 'OK' };
    const result = await deploy({ 'deployment-config': 'Canary50Percent5Minutes', alarms: 'churn-5xx' });
    expect(result).toMatchObject({ status: 'deployed', previousEndpointConfigName: 'churn-v1' });
    const update = sagemaker.commandCalls(UpdateEndpointCommand)[0]?.args[0].input;
    expect(update?.DeploymentConfig?.AutoRollbackConfiguration?.Alarms).toEqual([{ AlarmName: 'churn-5xx' }]);
    expect(update?.DeploymentConfig?.BlueGreenUpdatePolicy?.TrafficRoutingConfiguration?.Type).toBe('CANARY');
  });

  it('follows an update already running to its own config (a re-run after the runner died) without starting another', async () => {
    fake.serving('churn-v1');
    const inputs = { 'deployment-config': 'Canary50Percent5Minutes' };
    const first = await deploy(inputs);
    const target = first.endpointConfigName;
    // The endpoint as the dead run left it: still on churn-v1, updating to the config this run deploys.
    fake.serving('churn-v1');
    fake.endpoint = {
      ...fake.endpoint,
      EndpointStatus: 'Updating',
      PendingDeploymentSummary: { EndpointConfigName: target, StartTime: new Date(1) },
    };
    fake.script = [
      { EndpointStatus: 'InService', EndpointConfigName: target, PendingDeploymentSummary: undefined },
    ];
    sagemaker.resetHistory();
    const rerun = await deploy(inputs);
    expect(rerun).toMatchObject({ status: 'deployed', endpointConfigName: target });
    expect(sagemaker.commandCalls(UpdateEndpointCommand)).toEqual([]);
    expect(h.logger.text('info')).toContain('following that update instead of starting another');
  });

  it('refuses an endpoint updating to another config, before any change', async () => {
    fake.serving('churn-v1');
    fake.endpoint = {
      ...fake.endpoint,
      EndpointStatus: 'Updating',
      PendingDeploymentSummary: { EndpointConfigName: 'churn-someone-else', StartTime: new Date(1) },
    };
    await expect(deploy({ 'deployment-config': 'Canary50Percent5Minutes' })).rejects.toThrow(
      'Endpoint churn is Updating; it must be InService to be updated.',
    );
    expect(fake.changes()).toEqual([]);
  });

  it('reports rolled-back, naming the alarm, when SageMaker returns the endpoint to the old config', async () => {
    fake.serving('churn-v1');
    fake.alarms = { 'churn-5xx': 'OK' };
    fake.rollBackWith = 'Alarm churn-5xx went into ALARM while baking.';
    const result = await deploy({ 'deployment-config': 'Canary50Percent5Minutes', alarms: 'churn-5xx' });
    expect(result).toMatchObject({
      status: 'rolled-back',
      reason: 'Alarm churn-5xx went into ALARM while baking.',
      firedAlarms: ['churn-5xx'],
    });
    expect(fake.endpoint?.EndpointConfigName).toBe('churn-v1');
  });

  it('stops before any change when a guarding alarm is already in ALARM', async () => {
    fake.serving('churn-v1');
    fake.alarms = { 'churn-5xx': 'ALARM' };
    await expect(deploy({ alarms: 'churn-5xx' })).rejects.toThrow(
      'Alarm churn-5xx is in ALARM now, so a deployment guarded by it would roll back at once',
    );
    expect(fake.changes()).toEqual([]);
  });

  it('stops before any change when a guarding alarm does not exist', async () => {
    fake.serving('churn-v1');
    await expect(deploy({ alarms: 'churn-gone' })).rejects.toThrow('Alarm churn-gone does not exist');
    expect(fake.changes()).toEqual([]);
  });

  it('refuses an endpoint in the middle of an update, changing nothing', async () => {
    fake.serving('churn-v1');
    fake.endpoint = { ...fake.endpoint, EndpointStatus: 'Updating' };
    await expect(deploy()).rejects.toThrow('Endpoint churn is Updating; it must be InService to be updated.');
    expect(fake.changes()).toEqual([]);
  });

  it('plans without changing anything, even with an alarm in ALARM, and warns about it', async () => {
    fake.serving('churn-v1');
    fake.alarms = { 'churn-5xx': 'ALARM' };
    const result = await deploy({
      mode: 'plan',
      alarms: 'churn-5xx',
      'deployment-config': 'Linear50PercentEvery1Minute',
    });
    expect(result.status).toBe('planned');
    expect(result.plan).toMatchObject({
      action: 'update',
      shifting: 'guardrails',
      previousEndpointConfigName: 'churn-v1',
    });
    expect(result.plan.steps.map((s) => s.newFleetPercent)).toEqual([50, 100]);
    expect(result.plan.warnings.join('\n')).toContain('churn-5xx');
    expect(fake.changes()).toEqual([]);
  });

  it('changes nothing when the endpoint already serves the same config', async () => {
    const first = await deploy();
    const changed = fake.changes().length;
    const again = await deploy();
    expect(again).toMatchObject({ status: 'deployed', endpointConfigName: first.endpointConfigName });
    expect(fake.changes()).toHaveLength(changed);
    expect(h.logger.text('info')).toContain('nothing to deploy');
  });

  it('rolls back within the rollback window when an alarm fires after all traffic moved', async () => {
    fake.serving('churn-v1');
    fake.alarms = { 'churn-5xx': 'OK' };
    const request = requestOf({ alarms: 'churn-5xx', 'rollback-window-seconds': '60' }, h.clock);
    // The alarm fires once the update has settled, during the window.
    sagemaker.on(UpdateEndpointCommand).callsFake((input) => {
      fake.endpoint = {
        ...fake.endpoint,
        EndpointStatus: 'InService',
        EndpointConfigName: input.EndpointConfigName,
      };
      if (input.EndpointConfigName !== 'churn-v1') fake.alarms['churn-5xx'] = 'ALARM';
      return {};
    });
    const result = await deployEndpoint(h.ports, request);
    expect(result.status).toBe('rolled-back');
    expect(result.reason).toContain('within the rollback window');
    expect(fake.endpoint?.EndpointConfigName).toBe('churn-v1');
  });

  it('tells the progress with the time since the deployment started', async () => {
    fake.serving('churn-v1');
    await deploy({ 'deployment-config': 'Canary50Percent5Minutes' });
    const lines = h.logger
      .text('info')
      .split('\n')
      .filter((l) => l.startsWith('['));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatch(/^\[\d+s\] InService on .*new fleet ≈100% of traffic$/);
  });
});
