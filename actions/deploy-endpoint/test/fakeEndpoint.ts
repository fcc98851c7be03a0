import { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { CloudWatchClient, DescribeAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  SageMakerClient,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
  type DescribeEndpointCommandOutput,
  type ProductionVariant,
} from '@aws-sdk/client-sagemaker';
import { readInputs } from '@modelship/shared';
import { mockClient } from 'aws-sdk-client-mock';
import { deployRequestOf, type DeployRequest } from '../src/deployRequest';
import { inputs as inputSchema } from '../src/inputs';
import type { DeployPorts } from '../src/ports';
import { FakeClock, RecordingLogger } from '@modelship/shared/testing';

export const sagemaker = mockClient(SageMakerClient);
export const cloudwatch = mockClient(CloudWatchClient);
export const autoscaling = mockClient(ApplicationAutoScalingClient);

type Snapshot = Partial<DescribeEndpointCommandOutput>;

/**
 * A small SageMaker behind the mocks: models, configs and one endpoint whose updates play out over the
 * next DescribeEndpoint answers (`script`), so a test decides how an update ends.
 */
export class FakeSageMaker {
  models = new Set<string>();
  configs = new Map<string, { ProductionVariants: ProductionVariant[] }>();
  endpoint: Snapshot | undefined;
  /** What the next DescribeEndpoint answers turn the endpoint into, one patch per answer. */
  script: Snapshot[] = [];
  /** When set, the next UpdateEndpoint with a DeploymentConfig is rolled back by SageMaker with this reason. */
  rollBackWith: string | undefined;
  /** Called on each UpdateEndpointWeightsAndCapacities, to play what happens at a weight step. */
  afterWeights: (newVariantWeight: number | undefined) => void = () => undefined;
  /** Alarm states CloudWatch answers, by name. */
  alarms: Record<string, string> = {};

  constructor() {
    sagemaker.reset();
    cloudwatch.reset();
    autoscaling.reset();
    sagemaker.on(DescribeModelCommand).callsFake((input) => {
      if (!this.models.has(input.ModelName)) throw notFound(`model "${input.ModelName}"`);
      return { ModelName: input.ModelName };
    });
    sagemaker.on(CreateModelCommand).callsFake((input) => {
      this.models.add(input.ModelName);
      return {};
    });
    sagemaker.on(DescribeEndpointConfigCommand).callsFake((input) => {
      const config = this.configs.get(input.EndpointConfigName);
      if (!config) throw notFound(`endpoint configuration "${input.EndpointConfigName}"`);
      return { EndpointConfigName: input.EndpointConfigName, ...config };
    });
    sagemaker.on(CreateEndpointConfigCommand).callsFake((input) => {
      this.configs.set(input.EndpointConfigName, { ProductionVariants: input.ProductionVariants ?? [] });
      return {};
    });
    sagemaker.on(DescribeEndpointCommand).callsFake(() => this.describe());
    sagemaker.on(CreateEndpointCommand).callsFake((input) => this.create(input.EndpointConfigName));
    sagemaker
      .on(UpdateEndpointCommand)
      .callsFake((input) => this.update(input.EndpointConfigName as string, Boolean(input.DeploymentConfig)));
    sagemaker
      .on(UpdateEndpointWeightsAndCapacitiesCommand)
      .callsFake((input) => this.setWeights(input.DesiredWeightsAndCapacities ?? []));
    cloudwatch.on(DescribeAlarmsCommand).callsFake((input) => ({
      MetricAlarms: (input.AlarmNames ?? [])
        .filter((name: string) => this.alarms[name])
        .map((name: string) => ({ AlarmName: name, StateValue: this.alarms[name] })),
    }));
    cloudwatch.on(PutMetricAlarmCommand).callsFake((input) => {
      this.alarms[input.AlarmName] ??= 'INSUFFICIENT_DATA';
      return {};
    });
  }

  /** An endpoint InService on `configName`, which serves `model` on one variant. */
  serving(configName: string, model = 'churn-model-v1', variant: Partial<ProductionVariant> = {}): void {
    const variants = [
      {
        VariantName: 'AllTraffic',
        ModelName: model,
        InstanceType: 'ml.m5.large' as const,
        InitialInstanceCount: 2,
        ...variant,
      },
    ];
    this.models.add(model);
    this.configs.set(configName, { ProductionVariants: variants });
    this.endpoint = {
      EndpointName: 'churn',
      EndpointArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/churn',
      EndpointStatus: 'InService',
      EndpointConfigName: configName,
      ProductionVariants: this.variantsOf(configName),
    };
  }

  /** Names of the calls that change something, in order. */
  changes(): string[] {
    const reads = /^(Describe|List)/;
    return [...sagemaker.calls(), ...cloudwatch.calls(), ...autoscaling.calls()]
      .map((call) =>
        (call.args[0] as { constructor: { name: string } }).constructor.name.replace(/Command$/, ''),
      )
      .filter((name) => !reads.test(name));
  }

  private variantsOf(configName: string) {
    return (this.configs.get(configName)?.ProductionVariants ?? []).map((v) => ({
      VariantName: v.VariantName,
      CurrentWeight: v.InitialVariantWeight ?? 1,
      CurrentInstanceCount: v.InitialInstanceCount,
    }));
  }

  private describe(): Snapshot {
    if (!this.endpoint) throw notFound('endpoint "churn"');
    const answer = { ...this.endpoint };
    const next = this.script.shift();
    if (next) this.endpoint = { ...this.endpoint, ...next };
    return answer;
  }

  private settled(configName: string): Snapshot {
    return {
      EndpointStatus: 'InService',
      EndpointConfigName: configName,
      ProductionVariants: this.variantsOf(configName),
    };
  }

  private create(configName: string) {
    this.serving(configName, this.configs.get(configName)?.ProductionVariants[0]?.ModelName);
    this.endpoint = { ...this.endpoint, EndpointStatus: 'Creating' };
    this.script = [this.settled(configName)];
    return { EndpointArn: this.endpoint.EndpointArn };
  }

  private update(configName: string, guarded: boolean) {
    const before = this.endpoint?.EndpointConfigName as string;
    this.endpoint = { ...this.endpoint, EndpointStatus: 'Updating' };
    const activating = {
      ProductionVariants: [
        {
          VariantName: 'AllTraffic',
          VariantStatus: [{ Status: 'ActivatingTraffic' as const, StartTime: new Date(1) }],
        },
      ],
    };
    if (guarded && this.rollBackWith) {
      this.script = [activating, { ...this.settled(before), FailureReason: this.rollBackWith }];
      this.rollBackWith = undefined;
    } else {
      this.script = [activating, this.settled(configName)];
    }
    return { EndpointArn: this.endpoint.EndpointArn };
  }

  private setWeights(weights: Array<{ VariantName?: string; DesiredWeight?: number }>) {
    this.endpoint = { ...this.endpoint, EndpointStatus: 'Updating' };
    const variants = (this.endpoint.ProductionVariants ?? []).map((v) => ({
      ...v,
      CurrentWeight: weights.find((w) => w.VariantName === v.VariantName)?.DesiredWeight ?? v.CurrentWeight,
    }));
    this.script = [{ EndpointStatus: 'InService', ProductionVariants: variants }];
    this.afterWeights(weights.find((w) => w.VariantName !== 'AllTraffic')?.DesiredWeight);
    return {};
  }
}

const notFound = (what: string) =>
  Object.assign(new Error(`Could not find ${what}.`), { name: 'ValidationException' });

export const BASE_INPUTS: Record<string, string> = {
  'endpoint-name': 'churn',
  image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:2',
  'model-data-url': 's3://models/churn/model.tar.gz',
  'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker',
  'instance-count': '2',
};

/** A request as the step builds it from these raw inputs, started at the clock's now. */
export function requestOf(raw: Record<string, string>, clock: FakeClock): DeployRequest {
  const inputs = readInputs(inputSchema, (name) => ({ ...BASE_INPUTS, ...raw })[name] ?? '');
  return deployRequestOf(
    inputs,
    { GITHUB_SHA: 'f00dfeedcafe0123456789abcdef0123456789ab' },
    'us-east-1',
    clock.now(),
  );
}

export interface Harness {
  ports: DeployPorts;
  logger: RecordingLogger;
  outputs: Record<string, string>;
  clock: FakeClock;
  cancel: AbortController;
}

export function harness(clock = new FakeClock(1_000_000)): Harness {
  const logger = new RecordingLogger();
  const outputs: Record<string, string> = {};
  const cancel = new AbortController();
  return {
    logger,
    outputs,
    clock,
    cancel,
    ports: {
      sagemaker: new SageMakerClient({ region: 'us-east-1' }),
      cloudwatch: new CloudWatchClient({ region: 'us-east-1' }),
      autoscaling: new ApplicationAutoScalingClient({ region: 'us-east-1' }),
      clock,
      logger,
      signal: cancel.signal,
      setOutput: (name, value) => {
        outputs[name] = value;
      },
    },
  };
}
