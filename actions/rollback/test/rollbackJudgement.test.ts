import { describe, expect, it } from '@jest/globals';
import { type WatchResult } from '@modelship/shared';
import type { CheckedEndpoint } from '../src/checkEndpoint';
import { judgeSettlement } from '../src/inFlightSettlement';
import type { InFlightUpdate } from '../src/inFlightUpdate';
import { RollbackJournal } from '../src/rollbackJournal';
import { judgeUpdate } from '../src/targetUpdate';
import { RecordingLogger } from '@modelship/shared/testing';

const finished = (
  snapshot: Extract<WatchResult, { kind: 'finished' }>['snapshot'],
  outcome: Extract<WatchResult, { kind: 'finished' }>['outcome'],
): WatchResult => ({ kind: 'finished', outcome, snapshot, firedAlarms: [], samples: [] });

const plan = { endpointName: 'churn', target: { configName: 'churn-v1', why: 'to: previous' } };

describe('judgeUpdate: success is InService on the target, read back', () => {
  const judge = (watched?: WatchResult) => {
    const outputs: Record<string, string> = {};
    const journal = new RollbackJournal(new RecordingLogger());
    const outcome = judgeUpdate(
      { setOutput: (name, value) => (outputs[name] = value) },
      plan,
      { servingBefore: 'churn-v2', rejection: { rejectedArn: 'arn:pkg/2' }, watched },
      journal,
    );
    return { outcome, outputs, steps: journal.steps };
  };

  it('rolled-back, with the target as output, when the endpoint is InService on it', () => {
    const { outcome, outputs, steps } = judge(
      finished({ EndpointStatus: 'InService', EndpointConfigName: 'churn-v1' }, { kind: 'deployed' }),
    );
    expect(outcome).toEqual({
      status: 'rolled-back',
      servingConfig: 'churn-v1',
      rejection: { rejectedArn: 'arn:pkg/2' },
    });
    expect(outputs).toEqual({ 'endpoint-config-name': 'churn-v1' });
    expect(steps).toEqual(['churn is InService on churn-v1.']);
  });

  it('in-progress, still on the config before, when not waited for', () => {
    const { outcome, steps } = judge(undefined);
    expect(outcome).toMatchObject({ status: 'in-progress', servingConfig: 'churn-v2' });
    expect(steps[0]).toMatch(/^wait: false/);
  });

  it('failed, saying where the endpoint is, when SageMaker rolled the rollback back', () => {
    const { outcome, outputs } = judge(
      finished(
        { EndpointStatus: 'InService', EndpointConfigName: 'churn-v2' },
        { kind: 'rolled-back', reason: 'alarm churn-5xx fired' },
      ),
    );
    expect(outcome).toMatchObject({
      status: 'failed',
      servingConfig: 'churn-v2',
      failure: 'The rollback to churn-v1 was itself rolled back: alarm churn-5xx fired',
    });
    expect(outputs).toEqual({});
  });

  it('failed, saying SageMaker goes on, when time runs out', () => {
    const { outcome } = judge({ kind: 'timed-out', snapshot: { EndpointStatus: 'Updating' }, samples: [] });
    expect(outcome.status).toBe('failed');
    expect(outcome.failure).toMatch(/still Updating when timeout-minutes ran out/);
  });
});

describe('judgeSettlement: where the update in flight left the endpoint', () => {
  const inFlight: InFlightUpdate = {
    status: 'Updating',
    pendingConfig: 'churn-v3',
    configBeforeUpdate: 'churn-v2',
    alarms: ['churn-v3-5xx'],
  };
  const before: CheckedEndpoint & { inFlight: InFlightUpdate; forced: boolean } = {
    endpointName: 'churn',
    endpoint: {
      EndpointName: 'churn',
      EndpointArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn',
      EndpointStatus: 'Updating',
      EndpointConfigName: 'churn-v2',
      CreationTime: new Date(0),
      LastModifiedTime: new Date(0),
      $metadata: {},
    },
    inFlight,
    forcing: true,
    forced: true,
  };
  const judge = (watched: WatchResult, forced = true) => {
    const journal = new RollbackJournal(new RecordingLogger());
    return { settlement: judgeSettlement(watched, { ...before, forced }, journal), steps: journal.steps };
  };

  it('settled on the config before, saying SageMaker rolled the forced update back', () => {
    const { settlement, steps } = judge(
      finished(
        { EndpointStatus: 'InService', EndpointConfigName: 'churn-v2' },
        { kind: 'rolled-back', reason: 'x' },
      ),
    );
    expect(settlement).toMatchObject({ kind: 'settled', forced: true, wasInFlight: true });
    expect(steps).toEqual(['SageMaker rolled the update back: churn is InService on churn-v2 again.']);
  });

  it('settled on the new config when the update finished first', () => {
    const { settlement, steps } = judge(
      finished({ EndpointStatus: 'InService', EndpointConfigName: 'churn-v3' }, { kind: 'deployed' }),
      false,
    );
    expect(settlement.kind === 'settled' && settlement.endpoint.EndpointConfigName).toBe('churn-v3');
    expect(steps[0]).toMatch(/finished before it could be stopped: churn is InService on churn-v3/);
  });

  it('failed when the endpoint ended anything but InService', () => {
    const { settlement } = judge(
      finished(
        { EndpointStatus: 'Failed', EndpointConfigName: 'churn-v3', FailureReason: 'no capacity' },
        { kind: 'failed', reason: 'no capacity' },
      ),
    );
    expect(settlement).toEqual({
      kind: 'failed',
      outcome: {
        status: 'failed',
        servingConfig: 'churn-v3',
        failure: 'The in-flight update ended with the endpoint Failed (no capacity).',
        rejection: undefined,
      },
    });
  });

  it('failed, on the config found, when the job was cancelled while waiting', () => {
    const { settlement } = judge({ kind: 'cancelled', snapshot: undefined, samples: [] });
    expect(settlement).toMatchObject({
      kind: 'failed',
      outcome: { servingConfig: 'churn-v2', failure: expect.stringMatching(/cancelled while waiting/) },
    });
  });
});
