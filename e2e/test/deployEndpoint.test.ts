import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmHistoryCommand } from '@aws-sdk/client-cloudwatch';
import {
  DescribeEndpointCommand,
  ListEndpointConfigsCommand,
  ListModelsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import {
  ApplicationAutoScalingClient,
  DescribeScalableTargetsCommand,
  DescribeScalingPoliciesCommand,
} from '@aws-sdk/client-application-auto-scaling';
import {
  CreateEndpointConfigCommand,
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  UpdateEndpointCommand,
} from '@aws-sdk/client-sagemaker';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { CHURN_IMAGE, installChurnModel, sdkClientConfig } from '@modelship/emulator/testing';
import { runAction } from '../../scripts/actionRunner.js';
import { awsEnvironment } from '../awsEnvironment';

let emulator: RunningEmulator;
let sagemaker: SageMakerClient;
let modelData: string;
let awsEnv: Record<string, string>;

beforeAll(async () => {
  // At time scale 60, a one-minute bake or alarm period lasts one second.
  emulator = await startEmulator({ timing: { timeScale: 60, provisioningMs: 50 } });
  sagemaker = new SageMakerClient(sdkClientConfig(emulator));
  modelData = await installChurnModel(emulator);
  awsEnv = awsEnvironment(emulator);
});
afterAll(async () => {
  await emulator.stop();
});

const base = (endpoint: string, extra: Record<string, string> = {}) => ({
  'endpoint-name': endpoint,
  image: CHURN_IMAGE,
  'model-data-url': modelData,
  'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker',
  'instance-count': '2',
  ...extra,
});
/** A serverless endpoint has no instances: its inputs leave instance-count out. */
const serverlessBase = (endpoint: string, extra: Record<string, string> = {}) => {
  const { 'instance-count': _count, ...inputs } = base(endpoint, extra);
  return inputs;
};
const deploy = (inputs: Record<string, string>, options: Parameters<typeof runAction>[1] = {}) =>
  runAction('deploy-endpoint', { inputs, env: awsEnv, ...options });
const describeEndpoint = (name: string) =>
  sagemaker.send(new DescribeEndpointCommand({ EndpointName: name }));

/** Sends requests until stopped, so that a canary gets traffic while it bakes. */
function trafficTo(endpoint: string): { stop: () => Promise<number> } {
  const runtime = new SageMakerRuntimeClient(sdkClientConfig(emulator));
  let running = true;
  let sent = 0;
  const loop = (async () => {
    while (running) {
      sent += 1;
      await runtime
        .send(
          new InvokeEndpointCommand({
            EndpointName: endpoint,
            ContentType: 'application/json',
            Body: '{"instances":[[0.2,0.5,0.1]]}',
          }),
        )
        .catch(() => undefined);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return sent;
    },
  };
}

describe('deploy-endpoint, the bundled action against the emulator', () => {
  it('creates an endpoint and reports it deployed', async () => {
    const run = await deploy(base('churn'));
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'deployed',
      'rolled-back': 'false',
      'previous-endpoint-config-name': '',
    });
    expect((await describeEndpoint('churn')).EndpointConfigName).toBe(run.outputs['endpoint-config-name']);
    expect(run.summary).toContain('Deployed');
  });

  it('runs a canary update that succeeds and ends InService on the new config', async () => {
    const before = (await describeEndpoint('churn')).EndpointConfigName;
    const traffic = trafficTo('churn');
    const run = await deploy(
      base('churn', {
        environment: 'RELEASE: "2"',
        'deployment-config': 'Canary50Percent1Minute',
        'alarm-thresholds': '5xx-rate=1%',
      }),
    );
    await traffic.stop();
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('deployed');
    expect(run.outputs['previous-endpoint-config-name']).toBe(before);
    const endpoint = await describeEndpoint('churn');
    expect(endpoint).toMatchObject({
      EndpointStatus: 'InService',
      EndpointConfigName: run.outputs['endpoint-config-name'],
    });
    expect(run.stdout).toMatch(/Baking/);
  });

  it('re-running the same commit reuses what exists and changes nothing', async () => {
    const configsBefore = (await sagemaker.send(new ListEndpointConfigsCommand({ MaxResults: 100 })))
      .EndpointConfigs?.length;
    const modelsBefore = (await sagemaker.send(new ListModelsCommand({ MaxResults: 100 }))).Models?.length;
    const run = await deploy(
      base('churn', {
        environment: 'RELEASE: "2"',
        'deployment-config': 'Canary50Percent1Minute',
        'alarm-thresholds': '5xx-rate=1%',
      }),
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('deployed');
    expect(run.stdout).toContain('nothing to deploy');
    expect(
      (await sagemaker.send(new ListEndpointConfigsCommand({ MaxResults: 100 }))).EndpointConfigs?.length,
    ).toBe(configsBefore);
    expect((await sagemaker.send(new ListModelsCommand({ MaxResults: 100 }))).Models?.length).toBe(
      modelsBefore,
    );
  });

  it('fails the step when a canary whose model returns 5xx trips the threshold alarm and is rolled back', async () => {
    const before = (await describeEndpoint('churn')).EndpointConfigName;
    const traffic = trafficTo('churn');
    const run = await deploy(
      base('churn', {
        environment: 'CHURN_MODEL_FAIL_RATE: "1"',
        'deployment-config': 'Canary50Percent5Minutes',
        'alarm-thresholds': '5xx-rate=1%',
      }),
    );
    await traffic.stop();
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      status: 'rolled-back',
      'rolled-back': 'true',
      'previous-endpoint-config-name': before,
    });
    expect(run.errors.join('\n')).toMatch(/rolled back/);
    expect(run.errors.join('\n')).toContain(`${run.outputs['endpoint-config-name']}-5xx-rate`);
    const endpoint = await describeEndpoint('churn');
    expect(endpoint).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: before });
    // Once traffic is back on the healthy fleet the alarm may recover; its history keeps the ALARM.
    const history = await new CloudWatchClient(sdkClientConfig(emulator)).send(
      new DescribeAlarmHistoryCommand({
        AlarmName: `${run.outputs['endpoint-config-name']}-5xx-rate`,
        HistoryItemType: 'StateUpdate',
      }),
    );
    expect(history.AlarmHistoryItems?.map((h) => h.HistorySummary)).toContainEqual(
      expect.stringMatching(/to ALARM$/),
    );
    expect(run.summary).toContain('Rolled back');
  });

  it('plans without changing anything, and warns about a bake shorter than the alarm window', async () => {
    const modelsBefore = (await sagemaker.send(new ListModelsCommand({ MaxResults: 100 }))).Models?.length;
    const run = await deploy(
      base('churn', {
        environment: 'RELEASE: "3"',
        mode: 'plan',
        'deployment-config': 'Linear50PercentEvery30Seconds',
        'alarm-thresholds': '5xx-rate=1%',
      }),
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('planned');
    const plan = JSON.parse(run.outputs.plan as string);
    expect(plan).toMatchObject({
      action: 'update',
      shifting: 'guardrails',
      strategy: 'Linear50PercentEvery30Seconds',
      expectedDurationSeconds: 60,
    });
    expect(plan.steps.map((s: { newFleetPercent: number }) => s.newFleetPercent)).toEqual([50, 100]);
    expect(plan.warnings.join('\n')).toMatch(/needs 60 s .* longer than the 30 s bake/);
    expect((await sagemaker.send(new ListModelsCommand({ MaxResults: 100 }))).Models?.length).toBe(
      modelsBefore,
    );
  });

  it('fails before any AWS call on bad input, naming the input and what is allowed', async () => {
    emulator.log.clear();
    const run = await deploy(
      base('churn', { 'deployment-config': 'Linear60PercentEvery1Minute', 'endpoint-type': 'serverles' }),
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain('Input "deployment-config" is "Linear60PercentEvery1Minute"');
    expect(run.errors.join('\n')).toContain('Did you mean "serverless"?');
    expect(emulator.log.list()).toEqual([]);
  });

  it.each<{ what: string; inputs: Record<string, string>; message: RegExp }>([
    {
      what: 'an instance count with a serverless endpoint',
      inputs: { 'endpoint-type': 'serverless', 'instance-count': '3' },
      message: /Input "instance-count" is "3"; leave it out with endpoint-type: serverless/,
    },
    {
      what: 'autoscaling-min above autoscaling-max',
      inputs: { 'autoscaling-min': '5', 'autoscaling-max': '2' },
      message: /Input "autoscaling-min" is "5"; it must not exceed autoscaling-max \(2\)/,
    },
    {
      what: 'an unknown alarm threshold',
      inputs: { 'alarm-thresholds': 'error-rate=1%' },
      // The runner's ::error:: encodes % as %25.
      message: /Input "alarm-thresholds" is "error-rate=1%(25)?"; unknown key "error-rate"/,
    },
    {
      what: 'an alarm threshold that is not a number',
      inputs: { 'alarm-thresholds': '5xx-rate=abc' },
      message: /Input "alarm-thresholds" is "5xx-rate=abc"/,
    },
  ])('refuses $what before any AWS call', async ({ inputs, message }) => {
    emulator.log.clear();
    const run = await deploy(base('churn', inputs));
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBeUndefined();
    expect(run.errors.join('\n')).toMatch(message);
    expect(emulator.log.list()).toEqual([]);
  });

  it('shifts weights on a serverless endpoint and restores them when the job is cancelled mid-shift', async () => {
    const serverless = {
      'endpoint-type': 'serverless',
      'serverless-memory-mb': '1024',
      'serverless-max-concurrency': '5',
    };
    const created = await deploy(serverlessBase('churn-sl', serverless));
    expect(created.exitCode).toBe(0);
    const original = (await describeEndpoint('churn-sl')).EndpointConfigName;
    const run = await deploy(
      serverlessBase('churn-sl', {
        ...serverless,
        environment: 'RELEASE: "2"',
        'deployment-config': 'Linear50PercentEvery10Minutes',
      }),
      { cancelWhen: (out) => out.includes('Weights: 50%') },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Restoring the previous weights');
    expect(run.stdout).toContain('All traffic is back on AllTraffic');
    expect(run.outputs.status).toBe('failed');
    const endpoint = await describeEndpoint('churn-sl');
    expect(endpoint).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: original });
    expect(endpoint.ProductionVariants?.map((v) => v.VariantName)).toEqual(['AllTraffic']);
  });

  it('registers auto scaling, and keeps it through an update that changes the instance type', async () => {
    const scaling = {
      'autoscaling-min': '1',
      'autoscaling-max': '4',
      'autoscaling-target-invocations': '70',
    };
    const created = await deploy(base('churn-as', scaling));
    expect(created.exitCode).toBe(0);
    const autoscaling = new ApplicationAutoScalingClient(sdkClientConfig(emulator));
    const scope = {
      ServiceNamespace: 'sagemaker' as const,
      ResourceIds: ['endpoint/churn-as/variant/AllTraffic'],
    };
    expect((await autoscaling.send(new DescribeScalableTargetsCommand(scope))).ScalableTargets).toEqual([
      expect.objectContaining({ MinCapacity: 1, MaxCapacity: 4 }),
    ]);

    // SageMaker itself refuses the instance-type change while the variant is registered...
    const current = (await describeEndpoint('churn-as')).EndpointConfigName as string;
    const modelName = created.outputs['model-name'];
    await sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'churn-as-bigger',
        ProductionVariants: [
          {
            VariantName: 'AllTraffic',
            ModelName: modelName,
            InstanceType: 'ml.m5.xlarge',
            InitialInstanceCount: 2,
          },
        ],
      }),
    );
    await expect(
      sagemaker.send(
        new UpdateEndpointCommand({ EndpointName: 'churn-as', EndpointConfigName: 'churn-as-bigger' }),
      ),
    ).rejects.toThrow(/registered with Application Auto Scaling/);
    expect((await describeEndpoint('churn-as')).EndpointConfigName).toBe(current);

    // ...so the action deregisters, updates, and registers the target and its policy again.
    const bigger = await deploy(base('churn-as', { ...scaling, 'instance-type': 'ml.m5.xlarge' }));
    expect(bigger.errors).toEqual([]);
    expect(bigger.exitCode).toBe(0);
    expect(bigger.stdout).toContain('Suspending auto scaling');
    expect((await describeEndpoint('churn-as')).EndpointConfigName).toBe(
      bigger.outputs['endpoint-config-name'],
    );
    expect((await autoscaling.send(new DescribeScalableTargetsCommand(scope))).ScalableTargets).toHaveLength(
      1,
    );
    const policies = await autoscaling.send(
      new DescribeScalingPoliciesCommand({
        ServiceNamespace: 'sagemaker',
        ResourceId: 'endpoint/churn-as/variant/AllTraffic',
      }),
    );
    expect(
      policies.ScalingPolicies?.map((p) => p.TargetTrackingScalingPolicyConfiguration?.TargetValue),
    ).toEqual([70]);
  });

  it('deploys an Approved model registry version, and refuses one pending approval before changing anything', async () => {
    await sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn-registry' }));
    const version = (status: 'Approved' | 'PendingManualApproval', release: string) =>
      sagemaker.send(
        new CreateModelPackageCommand({
          ModelPackageGroupName: 'churn-registry',
          ModelApprovalStatus: status,
          InferenceSpecification: {
            Containers: [{ Image: CHURN_IMAGE, ModelDataUrl: modelData, Environment: { RELEASE: release } }],
            SupportedContentTypes: ['application/json'],
            SupportedResponseMIMETypes: ['application/json'],
          },
        }),
      );
    const approved = (await version('Approved', 'registry-1')).ModelPackageArn as string;
    const pending = (await version('PendingManualApproval', 'registry-2')).ModelPackageArn as string;
    const fromRegistry = (arn: string) => ({
      'endpoint-name': 'churn-registry',
      'model-package-arn': arn,
      'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker',
    });

    const deployed = await deploy(fromRegistry(approved));
    expect(deployed.exitCode).toBe(0);
    expect(deployed.outputs.status).toBe('deployed');

    emulator.log.clear();
    const refused = await deploy(fromRegistry(pending));
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs).toMatchObject({ status: 'failed', 'rolled-back': 'false' });
    expect(refused.errors.join('\n')).toContain(
      'is PendingManualApproval; only Approved versions are deployed',
    );
    expect(emulator.log.list().map((r) => r.operation)).not.toContain('CreateModel');
  });
});
