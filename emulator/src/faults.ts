import { AwsError } from './protocol/awsError';

/**
 * Faults a test or a person injects through `POST /_emulator/faults`. API faults are applied by the
 * dispatcher before the handler runs; model and provisioning faults are read by the services that own
 * those behaviours (SageMaker hosting).
 */
export type Fault =
  /** Answer a fraction of calls to an operation with ThrottlingException. */
  | { kind: 'throttle'; service?: string; operation?: string; rate?: number; count?: number }
  /** Answer calls with a 5xx error. */
  | {
      kind: 'server-error';
      service?: string;
      operation?: string;
      rate?: number;
      count?: number;
      status?: number;
    }
  /** Make an endpoint's model answer /invocations with this status (e.g. 500) for the fraction given. */
  | {
      kind: 'model-error';
      endpoint: string;
      variant?: string;
      status?: number;
      rate?: number;
      count?: number;
    }
  /** Close the connection without an answer, as a reset or a dropped load balancer connection does. */
  | { kind: 'connection-reset'; service?: string; operation?: string; rate?: number; count?: number }
  /** Hold the answer for `delayMs` before handling the call, as a control plane that hangs does. */
  | {
      kind: 'hang';
      service?: string;
      operation?: string;
      delayMs: number;
      rate?: number;
      count?: number;
    }
  /**
   * The model never answers: InvokeEndpoint fails with SageMaker's timeout ModelError once its 60 s
   * invocation timeout has passed, divided by the time scale like every AWS duration.
   */
  | { kind: 'model-hang'; endpoint: string; variant?: string; rate?: number; count?: number }
  /** Add latency to an endpoint's model answers. */
  | { kind: 'model-slow'; endpoint: string; variant?: string; delayMs: number; count?: number }
  /** Fail the next endpoint creation or update (all endpoints when `endpoint` is left out). */
  | { kind: 'fail-endpoint-creation'; endpoint?: string; reason?: string; count?: number };

const FAULT_KINDS = [
  'throttle',
  'server-error',
  'connection-reset',
  'hang',
  'model-hang',
  'model-error',
  'model-slow',
  'fail-endpoint-creation',
] as const;

type StoredFault = Fault & { remaining: number };

/** Thrown by `applyApiFaults` for a connection-reset fault: the server drops the socket instead of answering. */
export class ConnectionResetFault extends Error {
  constructor() {
    super('Injected connection reset (modelship emulator fault).');
  }
}

export class FaultRegistry {
  private faults: StoredFault[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  add(input: unknown): Fault {
    const fault = parseFault(input);
    this.faults.push({ ...fault, remaining: fault.count ?? Number.POSITIVE_INFINITY });
    return fault;
  }

  list(): Fault[] {
    return this.faults.map(({ remaining: _remaining, ...f }) => f as Fault);
  }

  clear(): void {
    this.faults = [];
  }

  /**
   * The first active fault of `kind` that `matches` accepts and whose rate lets it fire this time;
   * consumes one of its `count`.
   */
  take<K extends Fault['kind']>(
    kind: K,
    matches: (fault: Extract<Fault, { kind: K }>) => boolean,
  ): Extract<Fault, { kind: K }> | undefined {
    for (const fault of this.faults) {
      if (fault.kind !== kind || fault.remaining <= 0) continue;
      const typed = fault as unknown as Extract<Fault, { kind: K }> & StoredFault;
      if (!matches(typed)) continue;
      const rate = 'rate' in typed && typeof typed.rate === 'number' ? typed.rate : 1;
      if (this.random() >= rate) continue;
      fault.remaining -= 1;
      return typed;
    }
    return undefined;
  }

  /**
   * Applies the injected API faults for this call: waits out a hang, then throws the injected error
   * (or ConnectionResetFault), if any.
   */
  async applyApiFaults(service: string, operation: string): Promise<void> {
    const applies = (f: { service?: string; operation?: string }) =>
      (!f.service || f.service === service) && (!f.operation || f.operation === operation);
    const hang = this.take('hang', applies);
    if (hang) await new Promise((resolve) => setTimeout(resolve, hang.delayMs));
    if (this.take('connection-reset', applies)) throw new ConnectionResetFault();
    if (this.take('throttle', applies)) throw new AwsError('ThrottlingException', 'Rate exceeded', 400);
    const failure = this.take('server-error', applies);
    if (failure) {
      throw new AwsError(
        'InternalFailure',
        'Injected server error (modelship emulator fault).',
        failure.status ?? 500,
      );
    }
  }
}

function parseFault(input: unknown): Fault {
  if (!input || typeof input !== 'object')
    throw new AwsError('ValidationException', 'A fault must be a JSON object.');
  const fault = input as Record<string, unknown>;
  if (!FAULT_KINDS.includes(fault.kind as (typeof FAULT_KINDS)[number])) {
    throw new AwsError(
      'ValidationException',
      `Unknown fault kind ${JSON.stringify(fault.kind)}; use one of ${FAULT_KINDS.join(', ')}.`,
    );
  }
  if (fault.rate !== undefined && (typeof fault.rate !== 'number' || fault.rate < 0 || fault.rate > 1)) {
    throw new AwsError(
      'ValidationException',
      `Fault rate must be a number from 0 to 1, got ${String(fault.rate)}.`,
    );
  }
  const modelFault =
    fault.kind === 'model-error' || fault.kind === 'model-slow' || fault.kind === 'model-hang';
  if (modelFault && typeof fault.endpoint !== 'string') {
    throw new AwsError('ValidationException', `A ${fault.kind} fault needs "endpoint" (the endpoint name).`);
  }
  if ((fault.kind === 'model-slow' || fault.kind === 'hang') && typeof fault.delayMs !== 'number') {
    throw new AwsError('ValidationException', `A ${fault.kind} fault needs "delayMs" (milliseconds to add).`);
  }
  return fault as unknown as Fault;
}
