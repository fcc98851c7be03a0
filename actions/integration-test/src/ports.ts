import type { CaseResponse } from './expectationCheck';

/** One request as every target sends it: the body and the headers SageMaker passes to the model. */
export interface InvocationRequest {
  body: Buffer;
  contentType: string;
  accept?: string;
  customAttributes?: string;
}

/**
 * What came back. A model that answered (any status, also inside a 424 ModelError) is a response;
 * `errorKind` names what went wrong for the load run's errors-by-kind table, and `detail` what a
 * person needs to find out why (the model's message and its log stream, or the connection error).
 */
export interface InvocationOutcome extends CaseResponse {
  errorKind?: string;
  detail?: string;
  /** The request never got an answer from the model (refused, timed out, throttled). */
  unanswered?: boolean;
}

/** A model server to test: made ready once, then invoked per case and per load request, then stopped. */
export interface InvocationTarget {
  /** What is tested, for logs and the summary: "endpoint churn (variant New)", "http://127.0.0.1:8080". */
  readonly description: string;
  /** Resolves once the target answers; throws a ModelshipError saying why it never will. */
  ready(signal: AbortSignal): Promise<void>;
  invoke(request: InvocationRequest, signal: AbortSignal): Promise<InvocationOutcome>;
  /** Frees what `ready` started (a process, a container); safe to call more than once. */
  stop(): Promise<void>;
}

/** An error kind for a status that is not 2xx, the same for every target. */
export const statusErrorKind = (status: number): string | undefined =>
  status >= 200 && status < 300 ? undefined : `HTTP ${status}`;
