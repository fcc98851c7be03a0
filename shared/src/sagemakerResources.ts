import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  type DescribeEndpointCommandOutput,
  type DescribeEndpointConfigCommandOutput,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';

type SageMakerPort = { sagemaker: Pick<SageMakerClient, 'send'> };

/** SageMaker answers a missing resource with a ValidationException "Could not find …". */
export const isSageMakerNotFound = (err: unknown): boolean =>
  (err as { name?: string }).name === 'ValidationException' && /Could not find/.test((err as Error).message);

/** The endpoint, or undefined when it does not exist; other errors propagate. */
export async function findEndpoint(
  ports: SageMakerPort,
  name: string,
): Promise<DescribeEndpointCommandOutput | undefined> {
  try {
    return await ports.sagemaker.send(new DescribeEndpointCommand({ EndpointName: name }));
  } catch (err) {
    if (isSageMakerNotFound(err)) return undefined;
    throw err;
  }
}

/** The endpoint config, or undefined when it does not exist; other errors propagate. */
export async function findEndpointConfig(
  ports: SageMakerPort,
  name: string,
): Promise<DescribeEndpointConfigCommandOutput | undefined> {
  try {
    return await ports.sagemaker.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name }));
  } catch (err) {
    if (isSageMakerNotFound(err)) return undefined;
    throw err;
  }
}

export async function modelExists(ports: SageMakerPort, name: string): Promise<boolean> {
  try {
    await ports.sagemaker.send(new DescribeModelCommand({ ModelName: name }));
    return true;
  } catch (err) {
    if (isSageMakerNotFound(err)) return false;
    throw err;
  }
}
