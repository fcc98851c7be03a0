import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { installChurnModel, sdkClientConfig } from '@modelship/emulator/testing';
import type { RunActionOptions } from '../../scripts/actionRunner.js';
import { awsEnvironment, secretsOf } from '../awsEnvironment';
import { deployInputs, endpointState, trafficTo } from './endpointFixture';
import { runScenario, ScenarioRuns } from './scenario';
import { ScenarioResults } from './scenarioResults';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let cloudwatch: CloudWatchClient;
let modelData: string;
const results = new ScenarioResults('faults');

beforeAll(async () => {
  // At time scale 60 a one-minute bake or alarm period lasts one second, and a model hang 1 s.
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50, weightUpdateMs: 50 } });
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  cloudwatch = new CloudWatchClient(sdkClientConfig(emulator));
  modelData = await installChurnModel(emulator);
}, 60_000);

afterAll(async () => {
  sagemaker.destroy();
  cloudwatch.destroy();
  await emulator.stop();
  await results.write();
});

const newRuns = () => new ScenarioRuns(awsEnvironment(emulator), secretsOf());
const deploy = (
  runs: ScenarioRuns,
  endpoint: string,
  extra: Record<string, string>,
  options: RunActionOptions = {},
) =>
  runs.run('deploy-endpoint', {
    inputs: deployInputs(endpoint, modelData, extra),
    timeoutMs: 150_000,
    ...options,
  });

/** Runs `inject` once, the first time the step's log shows `marker`: a fault in the middle of a phase. */
function injectWhen(marker: RegExp, inject: () => void): Pick<RunActionOptions, 'onStdout'> {
  let done = false;
  let seen = '';
  return {
    onStdout: (chunk) => {
      seen += chunk;
      if (!done && marker.test(seen)) {
        done = true;
        inject();
      }
    },
  };
}

const faultAnswers = (code: string) => emulator.log.list().filter((r) => r.errorCode === code).length;

describe('control plane faults during deployments', () => {
  it('a burst of 503s and connection resets mid-canary: the deployment ends deployed on the new config', async () => {
    await runScenario(
      results,
      {
        category: 'control-plane-faults',
        action: 'deploy-endpoint',
        scenario: '5xx burst and connection resets mid-canary',
      },
      newRuns(),
      async (runs) => {
        expect((await deploy(runs, 'burst', {})).exitCode).toBe(0);
        const before = (await endpointState(sagemaker, 'burst')).config;
        emulator.log.clear();
        const run = await deploy(
          runs,
          'burst',
          { environment: 'RELEASE: "2"', 'deployment-config': 'Canary50Percent1Minute' },
          injectWhen(/Updating|Baking|Shifting|update/i, () => {
            emulator.faults.add({ kind: 'server-error', service: 'sagemaker', status: 503, count: 4 });
            emulator.faults.add({ kind: 'connection-reset', service: 'sagemaker', count: 3 });
          }),
        );
        emulator.faults.clear();
        expect(run.errors).toEqual([]);
        expect(run.exitCode).toBe(0);
        expect(run.outputs).toMatchObject({ status: 'deployed', 'previous-endpoint-config-name': before });
        const state = await endpointState(sagemaker, 'burst');
        expect(state).toMatchObject({ status: 'InService', config: run.outputs['endpoint-config-name'] });
        expect(state.models).toEqual([run.outputs['model-name']]);
        const injected = faultAnswers('InternalFailure') + faultAnswers('ConnectionReset');
        expect(injected).toBe(7);
        return { faultsInjected: injected };
      },
    );
  }, 200_000);

  it('an endpoint creation that fails: the step fails naming the reason, and the endpoint is Failed', async () => {
    await runScenario(
      results,
      { category: 'model-faults', action: 'deploy-endpoint', scenario: 'endpoint creation fails' },
      newRuns(),
      async (runs) => {
        emulator.faults.add({
          kind: 'fail-endpoint-creation',
          endpoint: 'doomed',
          reason: 'No capacity for ml.m5.large',
          count: 1,
        });
        const run = await deploy(runs, 'doomed', {});
        expect(run.exitCode).toBe(1);
        expect(run.outputs.status).toBe('failed');
        expect(run.errors.join('\n')).toContain('No capacity for ml.m5.large');
        expect(await endpointState(sagemaker, 'doomed')).toMatchObject({
          status: 'Failed',
          failureReason: 'No capacity for ml.m5.large',
        });
        return { faultsInjected: 1 };
      },
    );
  }, 200_000);

  it('an update that fails: the endpoint stays InService on the config it had', async () => {
    await runScenario(
      results,
      { category: 'model-faults', action: 'deploy-endpoint', scenario: 'endpoint update fails' },
      newRuns(),
      async (runs) => {
        expect((await deploy(runs, 'upd-fail', {})).exitCode).toBe(0);
        const before = await endpointState(sagemaker, 'upd-fail');
        emulator.faults.add({
          kind: 'fail-endpoint-creation',
          endpoint: 'upd-fail',
          reason: 'Image pull failed',
          count: 1,
        });
        const run = await deploy(runs, 'upd-fail', { environment: 'RELEASE: "2"' });
        expect(run.exitCode).toBe(1);
        expect(run.errors.join('\n')).toContain('Image pull failed');
        expect(await endpointState(sagemaker, 'upd-fail')).toMatchObject({
          status: 'InService',
          config: before.config,
          models: before.models,
        });
        return { faultsInjected: 1 };
      },
    );
  }, 200_000);

  it('a model that hangs past 60 s during a canary: the alarm fires and the endpoint is back on its config', async () => {
    await runScenario(
      results,
      {
        category: 'model-faults',
        action: 'deploy-endpoint',
        scenario: 'model hangs past 60 s during a canary',
      },
      newRuns(),
      async (runs) => {
        expect((await deploy(runs, 'hang', {})).exitCode).toBe(0);
        const before = await endpointState(sagemaker, 'hang');
        const traffic = trafficTo(emulator, 'hang', 4);
        const run = await deploy(
          runs,
          'hang',
          {
            environment: 'RELEASE: "2"',
            'deployment-config': 'Canary50Percent5Minutes',
            'alarm-thresholds': '5xx-rate=1%',
          },
          injectWhen(/Baking|Shifting|canary/i, () =>
            emulator.faults.add({ kind: 'model-hang', endpoint: 'hang' }),
          ),
        );
        emulator.faults.clear();
        await traffic.stop();
        expect(run.exitCode).toBe(1);
        expect(run.outputs).toMatchObject({ status: 'rolled-back', 'rolled-back': 'true' });
        expect(run.errors.join('\n')).toContain('5xx-rate');
        expect(await endpointState(sagemaker, 'hang')).toMatchObject({
          status: 'InService',
          config: before.config,
          models: before.models,
        });
        return {};
      },
    );
  }, 200_000);

  it('an alarm that flaps between OK and ALARM during a canary: rolled back, never half-deployed', async () => {
    await runScenario(
      results,
      { category: 'model-faults', action: 'deploy-endpoint', scenario: 'alarm flaps between OK and ALARM' },
      newRuns(),
      async (runs) => {
        expect((await deploy(runs, 'flap', {})).exitCode).toBe(0);
        const before = await endpointState(sagemaker, 'flap');
        await cloudwatch.send(
          new PutMetricAlarmCommand({
            AlarmName: 'flappy',
            Namespace: 'Custom',
            MetricName: 'Flaps',
            Statistic: 'Sum',
            Period: 60,
            EvaluationPeriods: 1,
            Threshold: 1,
            ComparisonOperator: 'GreaterThanOrEqualToThreshold',
            TreatMissingData: 'ignore',
          }),
        );
        let flapping = true;
        let flips = 0;
        const flapper = (async () => {
          while (flapping) {
            const state = flips % 2 === 0 ? 'OK' : 'ALARM';
            await cloudwatch.send(
              new SetAlarmStateCommand({ AlarmName: 'flappy', StateValue: state, StateReason: 'flap' }),
            );
            flips += 1;
            await new Promise((resolve) => setTimeout(resolve, 150));
          }
        })();
        const run = await deploy(runs, 'flap', {
          environment: 'RELEASE: "2"',
          'deployment-config': 'Canary50Percent1Minute',
          alarms: 'flappy',
        });
        flapping = false;
        await flapper;
        expect(run.outputs.status).toMatch(/^(rolled-back|failed)$/);
        expect(run.exitCode).toBe(1);
        expect(run.errors.join('\n')).toContain('flappy');
        const state = await endpointState(sagemaker, 'flap');
        expect(state).toMatchObject({ status: 'InService', config: before.config, models: before.models });
        return { faultsInjected: flips, note: `alarm state set ${flips} times` };
      },
    );
  }, 200_000);
});
