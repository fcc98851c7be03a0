import { describe, expect, it } from '@jest/globals';
import { forcedAlarmReason, guardingAlarmsOf, inFlightUpdateOf, isInFlight } from '../src/inFlightUpdate';

const updating = {
  EndpointName: 'churn',
  EndpointArn: 'arn:aws:sagemaker:us-east-1:1:endpoint/churn',
  EndpointStatus: 'Updating' as const,
  EndpointConfigName: 'churn-old',
  CreationTime: new Date(0),
  LastModifiedTime: new Date(0),
  PendingDeploymentSummary: { EndpointConfigName: 'churn-new', StartTime: new Date(5_000) },
  LastDeploymentConfig: {
    AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'churn-5xx' }, { AlarmName: 'churn-p99' }] },
  },
};

describe('inFlightUpdateOf', () => {
  it('reads the pending config, the config before the update and its guarding alarms', () => {
    expect(inFlightUpdateOf(updating)).toEqual({
      status: 'Updating',
      pendingConfig: 'churn-new',
      configBeforeUpdate: 'churn-old',
      alarms: ['churn-5xx', 'churn-p99'],
      startedAt: new Date(5_000),
    });
  });

  it('leaves the config before the update unknown when DescribeEndpoint already shows the pending one', () => {
    expect(
      inFlightUpdateOf({ ...updating, EndpointConfigName: 'churn-new' }).configBeforeUpdate,
    ).toBeUndefined();
  });

  it('finds no alarms to force for a weights change, which guardrails do not watch', () => {
    expect(inFlightUpdateOf({ ...updating, EndpointStatus: 'RollingBack' }).alarms).toEqual([]);
  });
});

describe('guardingAlarmsOf and isInFlight', () => {
  it('reads nothing from an update without AutoRollbackConfiguration', () => {
    expect(guardingAlarmsOf(undefined)).toEqual([]);
    expect(guardingAlarmsOf({ BlueGreenUpdatePolicy: undefined })).toEqual([]);
  });

  it('calls Updating, SystemUpdating and RollingBack in flight', () => {
    expect(['Updating', 'SystemUpdating', 'RollingBack', 'InService', 'Failed'].map(isInFlight)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('forcedAlarmReason', () => {
  it('names modelship rollback, the update and the reason, within CloudWatch’s limit', () => {
    const reason = forcedAlarmReason('churn', inFlightUpdateOf(updating), 'p99 doubled');
    expect(reason).toBe(
      'modelship rollback forced the guardrails rollback of endpoint churn (update to churn-new): p99 doubled',
    );
    expect(forcedAlarmReason('churn', inFlightUpdateOf(updating), 'x'.repeat(2000))).toHaveLength(1023);
  });
});
