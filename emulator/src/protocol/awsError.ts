/**
 * An error a service returns to the client. `code` is the AWS error code (`ValidationException`),
 * `status` the HTTP status, and `sender` says whether the caller (4xx) or the service (5xx) is at fault,
 * which the query and CBOR protocols put on the wire.
 */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly extra: Record<string, unknown> = {},
    /** The Query protocol's code where it differs from the JSON shape name (CloudWatch's `InvalidParameterValue`). */
    readonly queryCode?: string,
  ) {
    super(message);
    this.name = code;
  }

  get wireQueryCode(): string {
    return this.queryCode ?? this.code;
  }

  get sender(): boolean {
    return this.status < 500;
  }
}

export const validationError = (message: string): AwsError => new AwsError('ValidationException', message);

export const throttlingError = (): AwsError => new AwsError('ThrottlingException', 'Rate exceeded', 400);

export const serviceUnavailable = (message = 'Service is unavailable; try again.'): AwsError =>
  new AwsError('ServiceUnavailable', message, 503);
