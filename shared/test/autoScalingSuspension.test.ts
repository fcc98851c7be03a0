import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  ApplicationAutoScalingClient,
  DeleteScalingPolicyCommand,
  DeregisterScalableTargetCommand,
  DescribeScalableTargetsCommand,
  DescribeScalingPoliciesCommand,
  DescribeScheduledActionsCommand,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
} from '@aws-sdk/client-application-auto-scaling';
import { mockClient } from 'aws-sdk-client-mock';
import { withAutoScalingSuspended } from '../src/autoScalingSuspension';
import { RecordingLogger } from '../src/testing';

const autoscaling = mockClient(ApplicationAutoScalingClient);
const ports = () => ({
  autoscaling: new ApplicationAutoScalingClient({ region: 'us-east-1' }),
  logger: new RecordingLogger(),
});
const target = { endpointName: 'churn', variantName: 'AllTraffic', instanceTypeChanges: true };
const policy = {
  PolicyName: 'churn-invocations',
  PolicyType: 'TargetTrackingScaling' as const,
  TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 },
};

beforeEach(() => {
  autoscaling.reset();
  autoscaling.on(DescribeScalableTargetsCommand).resolves({
    ScalableTargets: [
      {
        ServiceNamespace: 'sagemaker',
        ResourceId: 'endpoint/churn/variant/AllTraffic',
        ScalableDimension: 'sagemaker:variant:DesiredInstanceCount',
        MinCapacity: 2,
        MaxCapacity: 8,
        RoleARN: 'arn:aws:iam::1:role/x',
        CreationTime: new Date(0),
      },
    ],
  });
  autoscaling.on(DescribeScalingPoliciesCommand).resolves({ ScalingPolicies: [policy as never] });
  autoscaling.on(DescribeScheduledActionsCommand).resolves({ ScheduledActions: [] });
});

describe('withAutoScalingSuspended', () => {
  it('leaves scaling alone when the instance type does not change', async () => {
    const result = await withAutoScalingSuspended(
      ports(),
      { ...target, instanceTypeChanges: false },
      async () => 'updated',
    );
    expect(result).toBe('updated');
    expect(autoscaling.calls()).toHaveLength(0);
  });

  it('deregisters before the update and registers the same target and policy after it', async () => {
    const order: string[] = [];
    autoscaling.on(DeregisterScalableTargetCommand).callsFake(() => order.push('deregister'));
    autoscaling.on(RegisterScalableTargetCommand).callsFake(() => order.push('register'));
    await withAutoScalingSuspended(ports(), target, async () => order.push('update'));
    expect(order).toEqual(['deregister', 'update', 'register']);
    expect(autoscaling.commandCalls(DeleteScalingPolicyCommand)[0]?.args[0].input.PolicyName).toBe(
      'churn-invocations',
    );
    expect(autoscaling.commandCalls(RegisterScalableTargetCommand)[0]?.args[0].input).toMatchObject({
      MinCapacity: 2,
      MaxCapacity: 8,
    });
    expect(autoscaling.commandCalls(PutScalingPolicyCommand)[0]?.args[0].input).toMatchObject({
      PolicyName: 'churn-invocations',
      TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 },
    });
  });

  it('restores scaling even when the update fails', async () => {
    await expect(
      withAutoScalingSuspended(ports(), target, async () => {
        throw new Error('update failed');
      }),
    ).rejects.toThrow('update failed');
    expect(autoscaling.commandCalls(RegisterScalableTargetCommand)).toHaveLength(1);
    expect(autoscaling.commandCalls(PutScalingPolicyCommand)).toHaveLength(1);
  });
});
