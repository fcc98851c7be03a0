import type { StandardUnit } from '@aws-sdk/client-cloudwatch';
import { memberNotInEnum } from './cloudWatchErrors';

/** The units CloudWatch accepts; typed by the SDK's enum, so that a unit it lacks does not compile. */
export const STANDARD_UNITS: readonly StandardUnit[] = [
  'Seconds',
  'Microseconds',
  'Milliseconds',
  'Bytes',
  'Kilobytes',
  'Megabytes',
  'Gigabytes',
  'Terabytes',
  'Bits',
  'Kilobits',
  'Megabits',
  'Gigabits',
  'Terabits',
  'Percent',
  'Count',
  'Bytes/Second',
  'Kilobytes/Second',
  'Megabytes/Second',
  'Gigabytes/Second',
  'Terabytes/Second',
  'Bits/Second',
  'Kilobits/Second',
  'Megabits/Second',
  'Gigabits/Second',
  'Terabits/Second',
  'Count/Second',
  'None',
];

/** A request's unit member, refused as CloudWatch refuses it when it is not a unit. */
export function checkUnit(value: unknown, member: string): StandardUnit | undefined {
  if (value === undefined) return undefined;
  if (!STANDARD_UNITS.includes(value as StandardUnit)) throw memberNotInEnum(member, value, STANDARD_UNITS);
  return value as StandardUnit;
}
