import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ApplicationAutoScalingClient,
  DeleteScheduledActionCommand,
  DeregisterScalableTargetCommand,
  DescribeScalableTargetsCommand,
  DescribeScalingPoliciesCommand,
  DescribeScheduledActionsCommand,
  PutScalingPolicyCommand,
  PutScheduledActionCommand,
  RegisterScalableTargetCommand,
} from '@aws-sdk/client-application-auto-scaling';
import {
  CreateEndpointConfigCommand,
  DescribeEndpointCommand,
  SageMakerClient,
  UpdateEndpointCommand,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '../src';
import { createChurnEndpoint, installChurnModel } from '../src/testing/churnModelFixture';
import { pollUntil } from '../src/testing/pollUntil';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;
let scaling: ApplicationAutoScalingClient;
let sagemaker: SageMakerClient;

const scope = {
  ServiceNamespace: 'sagemaker' as const,
  ResourceId: 'endpoint/scaled/variant/AllTraffic',
  ScalableDimension: 'sagemaker:variant:DesiredInstanceCount' as const,
};

beforeAll(async () => {
  emulator = await startEmulator({ timing: { provisioningMs: 20 } });
  scaling = new ApplicationAutoScalingClient(sdkClientConfig(emulator));
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  const modelData = await installChurnModel(emulator);
  const endpoint = await createChurnEndpoint(emulator, { name: 'scaled', modelData });
  expect(endpoint.EndpointStatus).toBe('InService');
  // The same model on a larger instance type: the change SageMaker refuses under auto scaling.
  await sagemaker.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: 'scaled-large',
      ProductionVariants: [
        {
          VariantName: 'AllTraffic',
          ModelName: 'scaled',
          InstanceType: 'ml.m5.2xlarge',
          InitialInstanceCount: 1,
        },
      ],
    }),
  );
});
afterAll(async () => {
  await emulator.stop();
});

describe('Application Auto Scaling for SageMaker variants', () => {
  it('registers a scalable target, a target-tracking policy and a scheduled action, and describes them', async () => {
    await scaling.send(new RegisterScalableTargetCommand({ ...scope, MinCapacity: 1, MaxCapacity: 4 }));
    await scaling.send(
      new PutScalingPolicyCommand({
        ...scope,
        PolicyName: 'invocations-per-instance',
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: {
          TargetValue: 100,
          PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' },
        },
      }),
    );
    await scaling.send(
      new PutScheduledActionCommand({
        ...scope,
        ScheduledActionName: 'night',
        Schedule: 'cron(0 22 * * ? *)',
        ScalableTargetAction: { MinCapacity: 1, MaxCapacity: 1 },
      }),
    );

    const targets = await scaling.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker' }));
    expect(targets.ScalableTargets).toEqual([
      expect.objectContaining({ ...scope, MinCapacity: 1, MaxCapacity: 4, CreationTime: expect.any(Date) }),
    ]);
    const policies = await scaling.send(
      new DescribeScalingPoliciesCommand({ ServiceNamespace: 'sagemaker', ResourceId: scope.ResourceId }),
    );
    expect(policies.ScalingPolicies?.map((p) => [p.PolicyName, p.PolicyType])).toEqual([
      ['invocations-per-instance', 'TargetTrackingScaling'],
    ]);
    expect(policies.ScalingPolicies?.[0]?.PolicyARN).toContain('policyName/invocations-per-instance');
    const actions = await scaling.send(
      new DescribeScheduledActionsCommand({ ServiceNamespace: 'sagemaker' }),
    );
    expect(actions.ScheduledActions?.map((a) => a.ScheduledActionName)).toEqual(['night']);
  });

  it('refuses an instance-type change of a registered variant, and allows it once deregistered', async () => {
    await expect(
      sagemaker.send(
        new UpdateEndpointCommand({ EndpointName: 'scaled', EndpointConfigName: 'scaled-large' }),
      ),
    ).rejects.toThrow(
      /registered with Application Auto Scaling .*cannot change from ml.m5.large to ml.m5.2xlarge/,
    );
    expect(
      (await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'scaled' }))).EndpointStatus,
    ).toBe('InService');

    await scaling.send(new DeregisterScalableTargetCommand(scope));
    // Deregistering takes the target's policies and scheduled actions with it, as the service does.
    expect(
      (await scaling.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'sagemaker' })))
        .ScalingPolicies,
    ).toEqual([]);
    expect(
      (await scaling.send(new DescribeScheduledActionsCommand({ ServiceNamespace: 'sagemaker' })))
        .ScheduledActions,
    ).toEqual([]);

    await sagemaker.send(
      new UpdateEndpointCommand({ EndpointName: 'scaled', EndpointConfigName: 'scaled-large' }),
    );
    const updated = await pollUntil(async () => {
      const ep = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'scaled' }));
      return ep.EndpointStatus === 'InService' ? ep : undefined;
    });
    expect(updated.EndpointConfigName).toBe('scaled-large');
  });

  it('answers bad requests with the service errors', async () => {
    await expect(
      scaling.send(
        new RegisterScalableTargetCommand({
          ...scope,
          ResourceId: 'endpoint/scaled',
          MinCapacity: 1,
          MaxCapacity: 2,
        }),
      ),
    ).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(
      scaling.send(new RegisterScalableTargetCommand({ ...scope, MinCapacity: 3, MaxCapacity: 2 })),
    ).rejects.toThrow(/MinCapacity must be less than or equal to MaxCapacity/);
    await expect(
      scaling.send(
        new PutScalingPolicyCommand({
          ...scope,
          ResourceId: 'endpoint/other/variant/AllTraffic',
          PolicyName: 'p',
        }),
      ),
    ).rejects.toMatchObject({ name: 'ObjectNotFoundException' });
    await expect(scaling.send(new DeregisterScalableTargetCommand(scope))).rejects.toMatchObject({
      name: 'ObjectNotFoundException',
    });
    await expect(
      scaling.send(new DeleteScheduledActionCommand({ ...scope, ScheduledActionName: 'never' })),
    ).rejects.toMatchObject({ name: 'ObjectNotFoundException' });
  });
});
