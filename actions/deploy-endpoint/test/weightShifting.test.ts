import { beforeEach, describe, expect, it } from '@jest/globals';
import { UpdateEndpointCommand, UpdateEndpointWeightsAndCapacitiesCommand } from '@aws-sdk/client-sagemaker';
import { deployEndpoint } from '../src/deployEndpoint';
import { FakeSageMaker, harness, requestOf, sagemaker, type Harness } from './fakeEndpoint';

let fake: FakeSageMaker;
let h: Harness;

const SERVERLESS = {
  'endpoint-type': 'serverless',
  'instance-count': '',
  'serverless-memory-mb': '1024',
  'serverless-max-concurrency': '5',
  'deployment-config': 'Linear50PercentEvery1Minute',
  alarms: 'churn-5xx',
};

beforeEach(() => {
  fake = new FakeSageMaker();
  h = harness();
  fake.serving('churn-v1', 'churn-model-v1', {
    InstanceType: undefined,
    InitialInstanceCount: undefined,
    ServerlessConfig: { MemorySizeInMB: 1024, MaxConcurrency: 5 },
  });
  fake.alarms = { 'churn-5xx': 'OK' };
});

const deploy = () => deployEndpoint(h.ports, requestOf(SERVERLESS, h.clock));
/** The new variant's weight in each UpdateEndpointWeightsAndCapacities, in order. */
const newWeights = () =>
  sagemaker
    .commandCalls(UpdateEndpointWeightsAndCapacitiesCommand)
    .map(
      (c) =>
        c.args[0].input.DesiredWeightsAndCapacities?.find((w) => w.VariantName !== 'AllTraffic')
          ?.DesiredWeight,
    );
const progressLines = () =>
  h.logger
    .text('info')
    .split('\n')
    .filter((l) => /^\[\d/.test(l));

describe('weights mode (serverless endpoint, fake SageMaker, fake clock)', () => {
  it('moves the weights step by step, bakes each, and settles on the new config', async () => {
    const result = await deploy();
    expect(result.status).toBe('deployed');
    expect(result.plan.shifting).toBe('weights');
    expect(newWeights()).toEqual([50, 100]);
    expect(fake.endpoint?.EndpointConfigName).toBe(result.endpointConfigName);
    expect(fake.endpoint?.ProductionVariants?.map((v) => v.VariantName)).toEqual(['AllTraffic']);
  });

  it('tells the share the endpoint really gives the new variant, with the time since the start', async () => {
    await deploy();
    const text = h.logger.text('info');
    // Each line after a weight step reads the endpoint's weights: 50% then 100%, never back to 0%.
    const afterFirstStep = text.slice(text.indexOf('Weights: 50%'), text.indexOf('Weights: 100%'));
    expect(afterFirstStep.split('\n').find((l) => l.startsWith('['))).toContain('new fleet ≈50% of traffic');
    const afterLastStep = text
      .slice(text.indexOf('Weights: 100%'))
      .split('\n')
      .filter((l) => l.startsWith('['));
    expect(afterLastStep.length).toBeGreaterThan(0);
    for (const line of afterLastStep) expect(line).toContain('new fleet ≈100% of traffic');
    // The elapsed time goes on across steps: two one-minute bakes have passed by the last line.
    const seconds = progressLines()
      .map((l) => /^\[(?:(\d+)m)?(\d+)s\]/.exec(l))
      .map((m) => Number(m?.[1] ?? 0) * 60 + Number(m?.[2]));
    expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
    expect(seconds.at(-1)).toBeGreaterThanOrEqual(120);
  });

  it('restores the old weights and config when an alarm fires during a bake', async () => {
    fake.afterWeights = (weight) => {
      if (weight === 50) fake.alarms['churn-5xx'] = 'ALARM';
    };
    const result = await deploy();
    expect(result).toMatchObject({ status: 'rolled-back', firedAlarms: ['churn-5xx'] });
    expect(result.reason).toBe('Alarm churn-5xx went into ALARM at 50% of traffic.');
    expect(newWeights()).toEqual([50, 0]);
    expect(fake.endpoint?.EndpointConfigName).toBe('churn-v1');
    expect(h.logger.text('info')).toContain('All traffic is back on AllTraffic.');
  });

  it('leaves the endpoint untouched when the job is cancelled before the new variant is added', async () => {
    h.cancel.abort(new Error('cancelled by SIGINT'));
    const result = await deploy();
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(
      /^The job was cancelled before any traffic moved; the endpoint was not changed and serves churn-v1\. Left unused in SageMaker: endpoint config \S+ and the new model\.$/,
    );
    expect(sagemaker.commandCalls(UpdateEndpointCommand)).toEqual([]);
    expect(fake.endpoint?.EndpointConfigName).toBe('churn-v1');
  });

  it('restores the old weights and config when the job is cancelled mid-shift', async () => {
    fake.afterWeights = (weight) => {
      if (weight === 50) h.cancel.abort(new Error('cancelled by SIGINT'));
    };
    const result = await deploy();
    expect(result).toMatchObject({
      status: 'failed',
      reason: 'The job was cancelled during the traffic shift.',
    });
    expect(newWeights()).toEqual([50, 0]);
    expect(fake.endpoint?.EndpointConfigName).toBe('churn-v1');
  });
});
