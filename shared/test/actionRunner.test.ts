import { describe, expect, it } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { defineInputs, defineOutputs, ModelshipError, runAction, type ActionIo } from '../src';
import { FakeClock, RecordingLogger } from '../src/testing';

const inputs = defineInputs({
  'endpoint-name': { kind: 'string', description: 'Endpoint', required: true },
  'instance-count': { kind: 'integer', description: 'Instances', min: 1, default: '1' },
  mode: { kind: 'enum', description: 'Mode', values: ['deploy', 'plan'], default: 'deploy' },
});
const outputs = defineOutputs({ status: { description: 'Status' } });

function harness(given: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const recorded = {
    outputs: {} as Record<string, string>,
    failed: [] as string[],
    secrets: [] as string[],
    prepared: 0,
  };
  const io: ActionIo = {
    getInput: (name) => given[name] ?? '',
    setOutput: (name, value) => {
      recorded.outputs[name] = value;
    },
    setFailed: (message) => recorded.failed.push(message),
    setSecret: (value) => recorded.secrets.push(value),
    prepare: async () => {
      recorded.prepared += 1;
    },
  };
  const signals = new EventEmitter();
  const logger = new RecordingLogger();
  const clock = new FakeClock(5000);
  return { recorded, environment: { io, logger, clock, env, signals }, signals, logger, clock };
}

describe('runAction', () => {
  it('hands the core typed inputs, the logger and the clock, and writes its outputs', async () => {
    const { recorded, environment, logger, clock } = harness(
      { 'endpoint-name': 'churn', 'instance-count': '3' },
      { AWS_SECRET_ACCESS_KEY: 'secret' },
    );
    const ok = await runAction(
      {
        inputs,
        outputs,
        run: async (context) => {
          const count: number = context.inputs['instance-count'];
          expect(context.inputs).toEqual({ 'endpoint-name': 'churn', 'instance-count': 3, mode: 'deploy' });
          expect(count).toBe(3);
          expect(context.logger).toBe(logger);
          expect(context.clock).toBe(clock);
          context.setOutput('status', 'deployed');
        },
      },
      environment,
    );
    expect(ok).toBe(true);
    expect(recorded).toEqual({
      outputs: { status: 'deployed' },
      failed: [],
      secrets: ['secret'],
      prepared: 1,
    });
  });

  it('fails before running the core when an input is bad, naming every bad input', async () => {
    const { recorded, environment } = harness({ 'instance-count': '0', mode: 'plna' });
    let ran = false;
    const ok = await runAction(
      {
        inputs,
        outputs,
        run: async () => {
          ran = true;
        },
      },
      environment,
    );
    expect([ok, ran]).toEqual([false, false]);
    // The runner's io loads @actions/core in prepare: a bad input must fail without it.
    expect(recorded.prepared).toBe(0);
    expect(recorded.failed).toHaveLength(1);
    expect(recorded.failed[0]).toContain('Input "endpoint-name" is missing; it is required');
    expect(recorded.failed[0]).toContain('Input "instance-count" is "0"');
    expect(recorded.failed[0]).toContain('Did you mean "plan"?');
  });

  it('reads an input written as YAML (yaml loaded for it)', async () => {
    const { environment } = harness({ 'endpoint-name': 'churn', tags: 'team: ml\ncost: 7' });
    let tags: Record<string, string> | undefined;
    const ok = await runAction(
      {
        inputs: { ...inputs, tags: { kind: 'map', description: 'Tags' } },
        outputs,
        run: async (context) => {
          tags = context.inputs.tags;
        },
      },
      environment,
    );
    expect([ok, tags]).toEqual([true, { team: 'ml', cost: '7' }]);
  });

  it('runs the cross-input rules before the core', async () => {
    const { recorded, environment } = harness({ 'endpoint-name': 'churn', mode: 'plan' });
    await runAction(
      {
        inputs,
        outputs,
        crossCheck: (values) =>
          values.mode === 'plan' ? [{ input: 'mode', value: 'plan', allowed: 'not with this endpoint' }] : [],
        run: async () => {
          throw new Error('must not run');
        },
      },
      environment,
    );
    expect(recorded.failed).toEqual([
      expect.stringContaining('Input "mode" is "plan"; not with this endpoint.'),
    ]);
  });

  it('turns an error of the core into a failed step with its hint, keeping outputs set before it', async () => {
    const { recorded, environment } = harness({ 'endpoint-name': 'churn' });
    await runAction(
      {
        inputs,
        outputs,
        run: async ({ setOutput }) => {
          setOutput('status', 'rolled-back');
          throw new ModelshipError('The deployment was rolled back.', 'Look at alarm churn-5xx.');
        },
      },
      environment,
    );
    expect(recorded.outputs).toEqual({ status: 'rolled-back' });
    expect(recorded.failed).toEqual([
      'The deployment was rolled back.\nWhat to do: Look at alarm churn-5xx.',
    ]);
  });

  it('refuses an output the schema does not declare', async () => {
    const { recorded, environment } = harness({ 'endpoint-name': 'churn' });
    await runAction(
      {
        inputs,
        outputs,
        run: async ({ setOutput }) => setOutput('statsu' as 'status', 'x'),
      },
      environment,
    );
    expect(recorded.failed).toEqual(["Output statsu is not declared in the action's schema."]);
  });

  it('aborts the signal on SIGTERM, and lets go of the signal handlers when done', async () => {
    const { recorded, environment, signals, logger } = harness({ 'endpoint-name': 'churn' });
    const ok = await runAction(
      {
        inputs,
        outputs,
        run: async ({ signal }) => {
          signals.emit('SIGTERM', 'SIGTERM');
          expect(signal.aborted).toBe(true);
          signal.throwIfAborted();
        },
      },
      environment,
    );
    expect(ok).toBe(false);
    expect(recorded.failed).toEqual(['cancelled by SIGTERM']);
    expect(logger.text('warning')).toBe('Received SIGTERM: stopping.');
    expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
  });
});
