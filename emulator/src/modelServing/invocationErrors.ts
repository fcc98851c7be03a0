/** The model did not answer: it timed out, or the connection failed (the process died). */
export class ModelRequestError extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
    /** The container that did not answer, as SageMaker names it in ModelError ("primary", a hostname). */
    public container = 'primary',
  ) {
    super(message);
  }
}

/** A request the endpoint cannot take as sent (e.g. no TargetContainerHostname for Direct): a ValidationError. */
export class InvocationRejected extends Error {}
