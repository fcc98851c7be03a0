import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { installChurnModel, pollUntil, sdkClientConfig } from '@modelship/emulator/testing';
import type { ActionRun } from '../../scripts/actionRunner.js';
import { awsEnvironment, secretsOf } from '../awsEnvironment';
import { deployInputs, endpointState } from './endpointFixture';
import { runScenario, ScenarioRuns } from './scenario';
import { ScenarioResults } from './scenarioResults';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let modelData: string;
const results = new ScenarioResults('in-flight');

beforeAll(async () => {
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50, weightUpdateMs: 50 } });
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  modelData = await installChurnModel(emulator);
}, 60_000);

afterAll(async () => {
  sagemaker.destroy();
  await emulator.stop();
  await results.write();
});

const newRuns = () => new ScenarioRuns(awsEnvironment(emulator), secretsOf());
/** The line deploy-endpoint prints once it has asked SageMaker for a guardrails update. */
const UPDATE_STARTED = /^Updating \S+ from \S+ to \S+ with .* under SageMaker guardrails/m;
/** A ten-minute canary bake lasts ten seconds at time scale 60: room to act while it runs. */
const canary = (release: string) => ({
  environment: `RELEASE: "${release}"`,
  'deployment-config': 'Canary50Percent10Minutes',
  'alarm-thresholds': '5xx-rate=5%',
});
const updateCalls = () => emulator.log.list({ operation: 'UpdateEndpoint' }).length;

describe('runner death and concurrent deployments', () => {
  it('SIGKILL mid-guardrails deployment: a re-run follows the update in flight instead of starting another', async () => {
    await runScenario(
      results,
      {
        category: 'runner-death',
        action: 'deploy-endpoint',
        scenario: 'SIGKILL during a guardrails canary, then a re-run',
      },
      newRuns(),
      async (runs) => {
        expect(
          (await runs.run('deploy-endpoint', { inputs: deployInputs('death', modelData) })).exitCode,
        ).toBe(0);
        const before = await endpointState(sagemaker, 'death');
        const inputs = deployInputs('death', modelData, canary('2'));
        const killed = await runs.run('deploy-endpoint', {
          inputs,
          killWhen: (out) => UPDATE_STARTED.test(out),
        });
        expect(killed.exitCode).toBeNull();
        expect((await endpointState(sagemaker, 'death')).status).toBe('Updating');

        emulator.log.clear();
        const rerun = await runs.run('deploy-endpoint', { inputs, timeoutMs: 150_000 });
        expect(rerun.errors).toEqual([]);
        expect(rerun.exitCode).toBe(0);
        expect(rerun.stdout).toContain('following that update instead of starting another');
        expect(updateCalls()).toBe(0);
        expect(rerun.outputs).toMatchObject({
          status: 'deployed',
          'previous-endpoint-config-name': before.config,
        });
        const after = await endpointState(sagemaker, 'death');
        expect(after).toMatchObject({ status: 'InService', config: rerun.outputs['endpoint-config-name'] });
        expect(after.models).toEqual([rerun.outputs['model-name']]);
        return { note: 're-run made no UpdateEndpoint call and reported the deployment' };
      },
    );
  }, 200_000);

  it('a second deployment while the first updates the endpoint fails clearly; the first completes', async () => {
    await runScenario(
      results,
      {
        category: 'concurrency',
        action: 'deploy-endpoint',
        scenario: 'second deployment starts during the first',
      },
      newRuns(),
      async (runs) => {
        expect(
          (await runs.run('deploy-endpoint', { inputs: deployInputs('race', modelData) })).exitCode,
        ).toBe(0);
        let second: Promise<ActionRun> | undefined;
        const first = await runs.run('deploy-endpoint', {
          inputs: deployInputs('race', modelData, canary('2')),
          timeoutMs: 150_000,
          cancelWhen: (out) => {
            if (!second && UPDATE_STARTED.test(out)) {
              second = runs.run('deploy-endpoint', { inputs: deployInputs('race', modelData, canary('3')) });
            }
            return false;
          },
        });
        const late = await (second as Promise<ActionRun>);
        expect(late.exitCode).toBe(1);
        expect(late.errors.join('\n')).toMatch(
          /Endpoint race is Updating; it must be InService to be updated/,
        );
        expect(first.errors).toEqual([]);
        expect(first.outputs.status).toBe('deployed');
        const state = await endpointState(sagemaker, 'race');
        expect(state).toMatchObject({ status: 'InService', config: first.outputs['endpoint-config-name'] });
        expect(state.models).toEqual([first.outputs['model-name']]);
        return { note: late.errors[0]?.split('%0A')[0]?.slice(0, 160) };
      },
    );
  }, 200_000);

  it('two deployments started at the same moment: one deploys, the other fails clearly, the endpoint is whole', async () => {
    await runScenario(
      results,
      { category: 'concurrency', action: 'deploy-endpoint', scenario: 'two deployments started at once' },
      newRuns(),
      async (runs) => {
        expect((await runs.run('deploy-endpoint', { inputs: deployInputs('tie', modelData) })).exitCode).toBe(
          0,
        );
        const both = await Promise.all(
          ['2', '3'].map((release) =>
            runs.run('deploy-endpoint', {
              inputs: deployInputs('tie', modelData, canary(release)),
              timeoutMs: 150_000,
            }),
          ),
        );
        const deployed = both.filter((r) => r.outputs.status === 'deployed');
        const refused = both.filter((r) => r.exitCode === 1);
        expect(deployed).toHaveLength(1);
        expect(refused).toHaveLength(1);
        expect(refused[0]?.errors.join('\n')).toMatch(/Updating|in progress|in-progress/i);
        const winner = deployed[0] as ActionRun;
        const state = await pollUntil(async () => {
          const s = await endpointState(sagemaker, 'tie');
          return s.status === 'InService' ? s : undefined;
        });
        expect(state).toMatchObject({ config: winner.outputs['endpoint-config-name'] });
        expect(state.models).toEqual([winner.outputs['model-name']]);
        return { note: refused[0]?.errors[0]?.split('%0A')[0]?.slice(0, 160) };
      },
    );
  }, 200_000);
});
