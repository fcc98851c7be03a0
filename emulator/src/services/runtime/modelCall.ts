import { performance } from 'node:perf_hooks';
import type { EmulatorEnvironment } from '../../environment';
import { InvocationRejected, ModelRequestError } from '../../modelServing/invocationErrors';
import type { Fleet, InvocationRequest, InvocationResult } from '../../modelServing/types';
import { AwsError } from '../../protocol/awsError';

/** SageMaker's limit on one InvokeEndpoint call. */
const INVOCATION_TIMEOUT_MS = 60_000;

export type ModelCallOutcome =
  | { answered: true; result: InvocationResult; modelLatencyMicros: number }
  /** The model did not answer at all: it timed out, or its process is gone. */
  | { answered: false; failure: ModelRequestError; modelLatencyMicros: number };

/**
 * Calls a fleet, applying the faults injected for its endpoint (a slower model, or an error status
 * returned without calling the model), and measures the model's latency as SageMaker does.
 */
export async function callModel(
  env: EmulatorEnvironment,
  endpointName: string,
  fleet: Fleet,
  request: InvocationRequest,
): Promise<ModelCallOutcome> {
  const variantName = fleet.spec.variantName;
  const matches = (f: { endpoint: string; variant?: string }) =>
    f.endpoint === endpointName && (f.variant === undefined || f.variant === variantName);
  const started = performance.now();
  const elapsedMicros = () => Math.round((performance.now() - started) * 1000);
  const slow = env.faults.take('model-slow', matches);
  if (slow) await env.clock.sleep(slow.delayMs);
  if (env.faults.take('model-hang', matches)) {
    await env.clock.sleep(INVOCATION_TIMEOUT_MS / env.timing.timeScale);
    const failure = new ModelRequestError('The model did not answer (injected model-hang fault).', true);
    return { answered: false, failure, modelLatencyMicros: elapsedMicros() };
  }
  const injected = env.faults.take('model-error', matches);
  if (injected) {
    return {
      answered: true,
      result: {
        status: injected.status ?? 500,
        body: Buffer.from('{"error":"injected model error (modelship emulator fault)"}'),
        contentType: 'application/json',
      },
      modelLatencyMicros: elapsedMicros(),
    };
  }
  try {
    const result = await fleet.invoke(request);
    return { answered: true, result, modelLatencyMicros: elapsedMicros() };
  } catch (err) {
    if (err instanceof InvocationRejected) throw new AwsError('ValidationError', err.message);
    const failure =
      err instanceof ModelRequestError ? err : new ModelRequestError((err as Error).message, false);
    return { answered: false, failure, modelLatencyMicros: elapsedMicros() };
  }
}
