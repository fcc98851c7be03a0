import { performance } from 'node:perf_hooks';
import { DescribeEndpointCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, type SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { ModelshipError } from '@modelship/shared';
import { describeInvokeError } from './invokeError';
import type { InvocationOutcome, InvocationRequest, InvocationTarget } from './ports';

export interface EndpointTargetPorts {
  sagemaker: Pick<SageMakerClient, 'send'>;
  runtime: Pick<SageMakerRuntimeClient, 'send'>;
}

/**
 * A SageMaker endpoint through InvokeEndpoint; with a variant, every request goes to that production
 * variant (TargetVariant), which is how a new variant is tested before any traffic moves to it.
 */
export class EndpointTarget implements InvocationTarget {
  readonly description: string;

  constructor(
    private readonly ports: EndpointTargetPorts,
    private readonly endpointName: string,
    private readonly variant: string | undefined,
  ) {
    this.description = variant ? `endpoint ${endpointName} (variant ${variant})` : `endpoint ${endpointName}`;
  }

  ready(signal: AbortSignal): Promise<void> {
    return checkEndpointServes(this.ports.sagemaker, this.endpointName, this.variant, signal);
  }

  async invoke(request: InvocationRequest, signal: AbortSignal): Promise<InvocationOutcome> {
    const started = performance.now();
    try {
      const answer = await this.ports.runtime.send(
        new InvokeEndpointCommand({
          EndpointName: this.endpointName,
          TargetVariant: this.variant,
          Body: request.body,
          ContentType: request.contentType,
          Accept: request.accept,
          CustomAttributes: request.customAttributes,
        }),
        { abortSignal: signal },
      );
      return {
        status: 200,
        body: Buffer.from(answer.Body ?? new Uint8Array()).toString('utf8'),
        latencyMs: performance.now() - started,
      };
    } catch (err) {
      if (signal.aborted) throw err;
      return { ...describeInvokeError(err), latencyMs: performance.now() - started };
    }
  }

  async stop(): Promise<void> {}
}

/**
 * The endpoint is InService and, when a variant is named, has it; otherwise no case can mean anything,
 * so the step says what the endpoint is doing instead of reporting every case as failed.
 */
export async function checkEndpointServes(
  sagemaker: Pick<SageMakerClient, 'send'>,
  endpointName: string,
  variant: string | undefined,
  signal: AbortSignal,
): Promise<void> {
  const endpoint = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: endpointName }), {
    abortSignal: signal,
  });
  if (endpoint.EndpointStatus !== 'InService' && endpoint.EndpointStatus !== 'Updating') {
    throw new ModelshipError(
      `Endpoint ${endpointName} is ${endpoint.EndpointStatus}, so it cannot answer requests; no case was run.`,
      endpoint.FailureReason
        ? `It says: ${endpoint.FailureReason}`
        : 'Wait for the deployment to finish (deploy-endpoint waits by default), then run the tests.',
    );
  }
  const variants = (endpoint.ProductionVariants ?? []).map((v) => v.VariantName ?? '');
  if (variant && !variants.includes(variant)) {
    throw new ModelshipError(
      `Endpoint ${endpointName} has no production variant ${variant}; it has ${variants.join(', ') || 'none'}. No case was run.`,
      'Set variant to one of those, or leave it empty to test the endpoint as its traffic sees it.',
    );
  }
}
