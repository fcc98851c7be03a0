import { AwsError } from '../../protocol/awsError';
import { memberConstraints } from '../../protocol/memberConstraints';

/*
 * CloudWatch's errors: the JSON/CBOR shape name first, then the Query code that the SDKs recover from
 * x-amzn-query-error (botocore's model: InvalidParameterValueException is `InvalidParameterValue`).
 * Input validation beyond the modelled errors is `ValidationException`, whose Query code is
 * `ValidationError` ("Period must be 10, 30 or a multiple of 60").
 */
export const invalidParameterValue = (message: string) =>
  new AwsError('InvalidParameterValueException', message, 400, {}, 'InvalidParameterValue');

export const missingParameter = (name: string) =>
  new AwsError(
    'MissingRequiredParameterException',
    `The parameter ${name} is required.`,
    400,
    {},
    'MissingParameter',
  );

export const invalidParameterCombination = (message: string) =>
  new AwsError('InvalidParameterCombinationException', message, 400, {}, 'InvalidParameterCombination');

export const validationError = (message: string) =>
  new AwsError('ValidationException', message, 400, {}, 'ValidationError');

/** CloudWatch's member checks, in the wording every service shares, answered with its ValidationError. */
export const constraints = memberConstraints(validationError);

/** `1 validation error detected: Value null at 'alarmName' failed to satisfy constraint: Member must not be null` */
export const memberMustNotBeNull = (member: string) =>
  constraints.violation(null, lowerFirst(member), 'Member must not be null');

export const memberNotInEnum = (member: string, value: unknown, allowed: readonly string[]) =>
  constraints.violation(
    value,
    lowerFirst(member),
    `Member must satisfy enum value set: [${allowed.join(', ')}]`,
  );

/** SetAlarmState and DeleteAlarms on an alarm that does not exist. */
export const alarmNotFound = (message: string) =>
  new AwsError('ResourceNotFound', message, 404, {}, 'ResourceNotFound');

/** The tagging operations on an ARN that names no alarm. */
export const resourceNotFound = (message: string) =>
  new AwsError('ResourceNotFoundException', message, 404, {}, 'ResourceNotFoundException');

export const invalidFormat = (message: string) =>
  new AwsError('InvalidFormatFault', message, 400, {}, 'InvalidFormat');

export const invalidNextToken = () =>
  new AwsError('InvalidNextToken', 'The NextToken is not valid.', 400, {}, 'InvalidNextToken');

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
