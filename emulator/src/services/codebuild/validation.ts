import { AwsError } from '../../protocol/awsError';

/** CodeBuild answers every malformed request with InvalidInputException. */
export const invalidInput = (message: string): AwsError => new AwsError('InvalidInputException', message);

export const notFound = (message: string): AwsError => new AwsError('ResourceNotFoundException', message);

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

const constraint = (value: unknown, member: string, rule: string) =>
  invalidInput(
    `1 validation error detected: Value '${shown(value)}' at '${member}' failed to satisfy constraint: ${rule}`,
  );

export function requireMember<T>(value: T | undefined | null, member: string): T {
  if (value === undefined || value === null) {
    throw invalidInput(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

export function checkString(value: unknown, member: string, min = 1, max = Infinity): string {
  if (typeof value !== 'string') throw constraint(value, member, 'Member must be a string');
  if (value.length < min)
    throw constraint(value, member, `Member must have length greater than or equal to ${min}`);
  if (value.length > max)
    throw constraint(value, member, `Member must have length less than or equal to ${max}`);
  return value;
}

export function checkEnum<T extends string>(value: unknown, member: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw constraint(value, member, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
  }
  return value as T;
}

export function checkRange(value: unknown, member: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw constraint(value, member, 'Member must be an integer');
  if (value < min) throw constraint(value, member, `Member must have value greater than or equal to ${min}`);
  if (value > max) throw constraint(value, member, `Member must have value less than or equal to ${max}`);
  return value;
}

export function checkPattern(value: unknown, member: string, pattern: RegExp, patternText: string): string {
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw constraint(value, member, `Member must satisfy regular expression pattern: ${patternText}`);
  }
  return value;
}
