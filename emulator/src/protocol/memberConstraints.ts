/**
 * The constraint checks every AWS service applies to request members, with the wording the services
 * share ("1 validation error detected: Value 'x' at 'member' failed to satisfy constraint: ..."). Each
 * service passes the error it answers with (SageMaker's ValidationException, CloudWatch's, with its
 * Query code ValidationError), so one set of checks serves every protocol.
 */
export type ErrorFactory<E extends Error> = (message: string) => E;

export interface MemberConstraints<E extends Error = Error> {
  /** An error for a member that breaks `rule`, in the services' wording. */
  violation(value: unknown, member: string, rule: string): E;
  required<T>(value: T | undefined | null, member: string): T;
  /** String length within [min, max]; undefined passes (combine with `required`). */
  length(value: unknown, member: string, min: number, max: number): void;
  /** A required string matching `regex`; `shown` is the pattern as the service prints it. */
  pattern(value: unknown, member: string, regex: RegExp, shown: string): string;
  /** A number within [min, max]; undefined passes. */
  range(value: unknown, member: string, min: number, max: number): void;
  /** One of `allowed`; undefined passes. */
  oneOf(value: unknown, member: string, allowed: readonly string[]): void;
  /** A list of min to max entries; undefined is an empty list. */
  count<T>(list: T[] | undefined, member: string, min: number, max: number): T[];
  count(list: unknown, member: string, min: number, max: number): unknown[];
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  return `'${typeof value === 'string' ? value : JSON.stringify(value)}'`;
}

export function memberConstraints<E extends Error>(error: ErrorFactory<E>): MemberConstraints<E> {
  const violation = (value: unknown, member: string, rule: string) =>
    error(
      `1 validation error detected: Value ${shown(value)} at '${member}' failed to satisfy constraint: ${rule}`,
    );
  const required = <T>(value: T | undefined | null, member: string): T => {
    if (value === undefined || value === null || (value as unknown) === '') {
      throw violation(null, member, 'Member must not be null');
    }
    return value;
  };
  const bounds = (value: unknown, member: string, size: number, min: number, max: number, what: string) => {
    if (size < min)
      throw violation(value, member, `Member must have ${what} greater than or equal to ${min}`);
    if (size > max) throw violation(value, member, `Member must have ${what} less than or equal to ${max}`);
  };
  function count<T>(list: T[] | undefined, member: string, min: number, max: number): T[];
  function count(list: unknown, member: string, min: number, max: number): unknown[];
  function count(list: unknown, member: string, min: number, max: number): unknown[] {
    if (list === undefined) return [];
    if (!Array.isArray(list)) throw violation(list, member, 'Member must be a list');
    bounds(list, member, list.length, min, max, 'length');
    return list;
  }
  return {
    violation,
    required,
    length(value, member, min, max) {
      if (value === undefined) return;
      if (typeof value !== 'string') throw violation(value, member, 'Member must be a string');
      bounds(value, member, value.length, min, max, 'length');
    },
    pattern(value, member, regex, shownPattern) {
      const text = required(value, member);
      if (typeof text !== 'string' || !regex.test(text)) {
        throw violation(text, member, `Member must satisfy regular expression pattern: ${shownPattern}`);
      }
      return text;
    },
    range(value, member, min, max) {
      if (value === undefined) return;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw violation(value, member, 'Member must be a number');
      }
      bounds(value, member, value, min, max, 'value');
    },
    oneOf(value, member, allowed) {
      if (value === undefined) return;
      if (!allowed.includes(value as string)) {
        throw violation(value, member, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
      }
    },
    count,
  };
}
