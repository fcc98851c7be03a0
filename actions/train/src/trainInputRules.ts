import { S3_URI } from '@modelship/shared';

const CHANNEL_NAME = /^[A-Za-z0-9.\-_]{1,64}$/;

/** `input-data`: SageMaker allows 1 to 20 channels, each named like `train` and backed by an S3 prefix. */
export function validateChannels(channels: Record<string, string>): string | undefined {
  const entries = Object.entries(channels);
  if (entries.length < 1 || entries.length > 20) return 'it must name 1 to 20 channels';
  const badName = entries.find(([name]) => !CHANNEL_NAME.test(name));
  if (badName) return `channel "${badName[0]}": names are up to 64 letters, digits and . - _`;
  const badUri = entries.find(([, uri]) => !S3_URI.test(uri));
  if (badUri) return `channel "${badUri[0]}": it must map to an S3 URI such as s3://my-bucket/train/`;
  return undefined;
}

/** `metric-definitions`: at most 40, each a regex with one capture group (SageMaker reads group 1). */
export function validateMetricDefinitions(definitions: Record<string, string>): string | undefined {
  const entries = Object.entries(definitions);
  if (entries.length > 40) return 'SageMaker allows at most 40 metric definitions';
  for (const [name, regex] of entries) {
    let groups: number;
    try {
      groups = new RegExp(`${regex}|`).exec('')!.length - 1;
    } catch {
      return `metric "${name}": ${JSON.stringify(regex)} is not a regular expression`;
    }
    if (groups < 1)
      return `metric "${name}": the regex needs a capture group around the value, e.g. acc=([0-9.]+)`;
  }
  return undefined;
}

/** `hyperparameters`: at most 100, keys up to 256 and values up to 2500 characters. */
export function validateHyperparameters(values: Record<string, string>): string | undefined {
  const entries = Object.entries(values);
  if (entries.length > 100) return 'SageMaker allows at most 100 hyperparameters';
  const tooLong = entries.find(([key, value]) => key.length > 256 || value.length > 2500);
  return tooLong ? `"${tooLong[0]}": keys are up to 256 and values up to 2500 characters` : undefined;
}
