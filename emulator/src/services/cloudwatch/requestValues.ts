import type { AwsError } from '../../protocol/awsError';
import { invalidParameterValue, missingParameter } from './cloudWatchErrors';
import { toEpochMs } from './wireValues';

/** A required string member; `onMissing` builds the error the operation answers with. */
export function requiredString(
  input: Record<string, unknown>,
  name: string,
  onMissing: (name: string) => AwsError,
): string {
  const value = input[name];
  if (value === undefined || value === null || value === '') throw onMissing(name);
  return String(value);
}

/** A required timestamp in epoch ms, whichever protocol carried it. */
export function requiredTime(input: Record<string, unknown>, name: string): number {
  if (input[name] === undefined || input[name] === null || input[name] === '') throw missingParameter(name);
  const ms = toEpochMs(input[name]);
  if (ms === undefined)
    throw invalidParameterValue(
      `The value ${String(input[name])} for parameter ${name} is not a valid timestamp.`,
    );
  return ms;
}

/** CloudWatch accepts 10, 30 and multiples of 60 seconds (the first two for high-resolution metrics). */
export function checkPeriod(
  period: number | undefined,
  name: string,
  invalid: (message: string) => AwsError,
): number {
  if (period === undefined) throw missingParameter(name);
  if (!(period === 10 || period === 30 || (Number.isInteger(period) && period > 0 && period % 60 === 0))) {
    throw invalid(`${name} must be 10, 30 or a multiple of 60`);
  }
  return period;
}
