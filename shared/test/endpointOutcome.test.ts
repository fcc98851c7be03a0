import { describe, expect, it } from '@jest/globals';
import { endpointOutcome } from '../src/endpointOutcome';

describe('endpointOutcome', () => {
  it('calls InService on the requested config a deployment', () => {
    expect(endpointOutcome({ EndpointStatus: 'InService', EndpointConfigName: 'new' }, 'new')).toEqual({
      kind: 'deployed',
    });
  });

  it('calls InService on another config a rollback, even when SageMaker gives no reason', () => {
    expect(endpointOutcome({ EndpointStatus: 'InService', EndpointConfigName: 'old' }, 'new')).toEqual({
      kind: 'rolled-back',
      reason: expect.stringContaining('back InService on old instead of new'),
    });
    expect(
      endpointOutcome(
        { EndpointStatus: 'InService', EndpointConfigName: 'old', FailureReason: 'alarm x fired' },
        'new',
      ),
    ).toEqual({ kind: 'rolled-back', reason: 'alarm x fired' });
  });

  it.each(['Creating', 'Updating', 'RollingBack', 'SystemUpdating'] as const)(
    'keeps waiting while %s',
    (status) => {
      expect(endpointOutcome({ EndpointStatus: status, EndpointConfigName: 'old' }, 'new')).toEqual({
        kind: 'in-progress',
      });
    },
  );

  it('reports Failed and UpdateRollbackFailed as failures with their reason', () => {
    expect(endpointOutcome({ EndpointStatus: 'Failed', FailureReason: 'ping failed' }, 'new')).toEqual({
      kind: 'failed',
      reason: 'ping failed',
    });
    expect(endpointOutcome({ EndpointStatus: 'UpdateRollbackFailed' }, 'new')).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/mix of old and new/),
    });
  });
});
