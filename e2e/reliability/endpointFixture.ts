import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import type { RunningEmulator } from '@modelship/emulator';
import { CHURN_IMAGE, sdkClientConfig } from '@modelship/emulator/testing';

export const ROLE = 'arn:aws:iam::123456789012:role/sagemaker';

/** deploy-endpoint inputs for the example churn model on two instances (a canary needs two). */
export const deployInputs = (endpoint: string, modelData: string, extra: Record<string, string> = {}) => ({
  'endpoint-name': endpoint,
  image: CHURN_IMAGE,
  'model-data-url': modelData,
  'execution-role-arn': ROLE,
  'instance-count': '2',
  ...extra,
});

/** What a deployment leaves: status, config, each variant's weight, and the models behind the config. */
export async function endpointState(sagemaker: SageMakerClient, name: string) {
  const endpoint = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: name }));
  const config = await sagemaker.send(
    new DescribeEndpointConfigCommand({ EndpointConfigName: endpoint.EndpointConfigName }),
  );
  return {
    status: endpoint.EndpointStatus,
    config: endpoint.EndpointConfigName,
    failureReason: endpoint.FailureReason,
    weights: Object.fromEntries(
      (endpoint.ProductionVariants ?? []).map((v) => [v.VariantName, v.CurrentWeight]),
    ),
    models: (config.ProductionVariants ?? []).map((v) => v.ModelName),
  };
}

/** Invokes the endpoint from a few loops until stopped, so that alarms on its metrics have data. */
export function trafficTo(
  emulator: RunningEmulator,
  endpoint: string,
  loops = 3,
): { stop: () => Promise<void> } {
  const runtime = new SageMakerRuntimeClient(sdkClientConfig(emulator));
  let running = true;
  const loop = async () => {
    while (running) {
      await runtime
        .send(
          new InvokeEndpointCommand({
            EndpointName: endpoint,
            ContentType: 'application/json',
            Body: '{"instances":[[0.2,0.5,0.1]]}',
          }),
        )
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const all = Promise.all(Array.from({ length: loops }, loop));
  return {
    stop: async () => {
      running = false;
      await all;
      runtime.destroy();
    },
  };
}
