import { AwsError } from '../../protocol/awsError';
import { memberConstraints } from '../../protocol/memberConstraints';

/** CodeBuild answers every malformed request with InvalidInputException. */
export const invalidInput = (message: string): AwsError => new AwsError('InvalidInputException', message);

export const notFound = (message: string): AwsError => new AwsError('ResourceNotFoundException', message);

/** CodeBuild's member checks, in the wording every service shares, answered with InvalidInputException. */
export const constraints = memberConstraints(invalidInput);

export function requireMember<T>(value: T | undefined | null, member: string): T {
  if (value === undefined || value === null)
    throw constraints.violation(null, member, 'Member must not be null');
  return value;
}

/** A string of min to max characters; unlike the shared `length`, a missing value is refused too. */
export function checkString(value: unknown, member: string, min = 1, max = Infinity): string {
  if (typeof value !== 'string') throw constraints.violation(value, member, 'Member must be a string');
  constraints.length(value, member, min, max);
  return value;
}

export function checkEnum<T extends string>(value: unknown, member: string, allowed: readonly T[]): T {
  if (typeof value !== 'string') {
    throw constraints.violation(value, member, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
  }
  constraints.oneOf(value, member, allowed);
  return value as T;
}

/** A whole number within [min, max]: CodeBuild's minutes and counts are integers. */
export function checkRange(value: unknown, member: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw constraints.violation(value, member, 'Member must be an integer');
  constraints.range(value, member, min, max);
  return value;
}

export function checkPattern(value: unknown, member: string, pattern: RegExp, patternText: string): string {
  // Tested here rather than with the shared `pattern`, which calls an empty string missing.
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw constraints.violation(
      value,
      member,
      `Member must satisfy regular expression pattern: ${patternText}`,
    );
  }
  return value;
}
