import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { InvokeEndpointAsyncCommand, type SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { ModelshipError, waitUntil, type Clock } from '@modelship/shared';
import { checkEndpointServes } from './endpointTarget';
import { describeInvokeError } from './invokeError';
import type { InvocationOutcome, InvocationRequest, InvocationTarget } from './ports';

export interface AsyncEndpointPorts {
  sagemaker: Pick<SageMakerClient, 'send'>;
  runtime: Pick<SageMakerRuntimeClient, 'send'>;
  s3: Pick<S3Client, 'send'>;
  clock: Clock;
}

/** Results of async inference appear within seconds to minutes; polls start fast and slow down. */
const FIRST_POLL_MS = 100;
const MAX_POLL_MS = 2_000;

/**
 * A SageMaker endpoint through InvokeEndpointAsync: each body is uploaded under the input prefix, and
 * the answer is whichever of OutputLocation and FailureLocation appears first, waited for no longer
 * than `resultWithinMs`. The latency is the time until the result was seen, so it includes the queue.
 */
export class AsyncEndpointTarget implements InvocationTarget {
  readonly description: string;

  constructor(
    private readonly ports: AsyncEndpointPorts,
    private readonly endpointName: string,
    private readonly inputPrefix: string,
    private readonly resultWithinMs: number,
  ) {
    this.description = `endpoint ${endpointName} (async)`;
  }

  ready(signal: AbortSignal): Promise<void> {
    return checkEndpointServes(this.ports.sagemaker, this.endpointName, undefined, signal);
  }

  async invoke(request: InvocationRequest, signal: AbortSignal): Promise<InvocationOutcome> {
    const started = performance.now();
    const latencyMs = () => performance.now() - started;
    const inputLocation = `${this.inputPrefix.replace(/\/+$/, '')}/${randomUUID()}`;
    let locations: { output?: string; failure?: string };
    try {
      await this.put(inputLocation, request, signal);
      const answer = await this.ports.runtime.send(
        new InvokeEndpointAsyncCommand({
          EndpointName: this.endpointName,
          InputLocation: inputLocation,
          ContentType: request.contentType,
          Accept: request.accept,
          CustomAttributes: request.customAttributes,
        }),
        { abortSignal: signal },
      );
      locations = { output: answer.OutputLocation, failure: answer.FailureLocation };
    } catch (err) {
      if (signal.aborted) throw err;
      return { ...describeInvokeError(err), latencyMs: latencyMs() };
    }
    const result = await this.awaitResult(locations, signal);
    if (result.kind === 'output') return { status: 200, body: result.text, latencyMs: latencyMs() };
    return {
      status: 0,
      body: result.text,
      latencyMs: latencyMs(),
      errorKind: 'AsyncFailure',
      detail: `The endpoint wrote a failure to ${result.location}: ${result.text.slice(0, 500)}`,
    };
  }

  async stop(): Promise<void> {}

  private async put(location: string, request: InvocationRequest, signal: AbortSignal): Promise<void> {
    const { bucket, key } = parseS3Uri(location);
    await this.ports.s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: request.body,
        ContentType: request.contentType,
      }),
      { abortSignal: signal },
    );
  }

  private awaitResult(
    locations: { output?: string; failure?: string },
    signal: AbortSignal,
  ): Promise<{ kind: 'output' | 'failure'; location: string; text: string }> {
    const { clock } = this.ports;
    return waitUntil<{ kind: 'output' | 'failure'; location: string; text: string }>(
      async () => {
        for (const kind of ['output', 'failure'] as const) {
          const location = locations[kind];
          const text = location ? await this.read(location, signal) : undefined;
          if (location && text !== undefined) return { done: true, value: { kind, location, text } };
        }
        return { done: false };
      },
      {
        clock,
        signal,
        minDelayMs: FIRST_POLL_MS,
        maxDelayMs: MAX_POLL_MS,
        deadline: clock.now() + this.resultWithinMs,
        description: `the async result of ${this.endpointName} at ${locations.output ?? '(no output location)'}`,
        timeoutHint:
          'The request is queued or still running; raise timeout-minutes, or look at the endpoint in the console.',
      },
    );
  }

  /** The object's text, or undefined while it does not exist yet. */
  private async read(location: string, signal: AbortSignal): Promise<string | undefined> {
    const { bucket, key } = parseS3Uri(location);
    try {
      const object = await this.ports.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }), {
        abortSignal: signal,
      });
      return (await object.Body?.transformToString('utf8')) ?? '';
    } catch (err) {
      const name = (err as { name?: string }).name;
      if (name === 'NoSuchKey' || name === 'NotFound') return undefined;
      throw err;
    }
  }
}

function parseS3Uri(uri: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (!match) throw new ModelshipError(`${uri} is not an S3 URI with a bucket and a key.`);
  return { bucket: match[1] as string, key: match[2] as string };
}
