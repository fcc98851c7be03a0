import type { InvocationOutcome } from './ports';

interface RuntimeError {
  name?: string;
  message?: string;
  OriginalStatusCode?: number;
  OriginalMessage?: string;
  LogStreamArn?: string;
  $metadata?: { httpStatusCode?: number };
}

/**
 * What a failed InvokeEndpoint means for a case. A 424 ModelError is the model's own answer: its status
 * and message become the response, so `status:` and `contains:` check what the model said, and the log
 * stream is named so a person can read why. Anything else (throttled, not found, unreachable) is an
 * error of the request itself.
 */
export function describeInvokeError(err: unknown): Omit<InvocationOutcome, 'latencyMs'> {
  const e = (err ?? {}) as RuntimeError;
  const kind = e.name ?? 'Error';
  if (kind === 'ModelError') {
    const status = e.OriginalStatusCode ?? 0;
    return {
      status,
      body: e.OriginalMessage ?? '',
      errorKind: `ModelError ${status}`,
      detail:
        `ModelError: the model answered ${status}: ${e.OriginalMessage ?? e.message ?? ''}` +
        (e.LogStreamArn ? ` (its log: ${e.LogStreamArn})` : ''),
    };
  }
  return {
    status: e.$metadata?.httpStatusCode ?? 0,
    body: '',
    errorKind: kind,
    detail: `${kind}: ${e.message ?? String(err)}`,
    unanswered: true,
  };
}
