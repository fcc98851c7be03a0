import type { Channel } from '@aws-sdk/client-sagemaker';
import { S3_URI, type YamlParse } from '@modelship/shared';

/** One channel of `input-data`: the short form is just the S3 prefix, the long form names the options. */
export interface ChannelSpec {
  name: string;
  s3Uri: string;
  contentType?: string;
  distribution: 'FullyReplicated' | 'ShardedByS3Key';
  inputMode?: 'File' | 'Pipe' | 'FastFile';
}

const CHANNEL_NAME = /^[A-Za-z0-9.\-_]{1,64}$/;
const LONG_FORM_KEYS = ['s3-uri', 'content-type', 'distribution', 'input-mode'];
const DISTRIBUTIONS = ['FullyReplicated', 'ShardedByS3Key'];
const INPUT_MODES = ['File', 'Pipe', 'FastFile'];

type Parsed = { channels: ChannelSpec[] } | { problem: string };

function parseLongForm(name: string, value: Record<string, unknown>): ChannelSpec | string {
  const unknown = Object.keys(value).find((key) => !LONG_FORM_KEYS.includes(key));
  if (unknown) return `channel "${name}": "${unknown}" is not one of ${LONG_FORM_KEYS.join(', ')}`;
  const { 's3-uri': s3Uri, 'content-type': contentType, distribution, 'input-mode': inputMode } = value;
  if (typeof s3Uri !== 'string' || !S3_URI.test(s3Uri))
    return `channel "${name}": s3-uri must be an S3 URI such as s3://my-bucket/train/`;
  if (distribution !== undefined && !DISTRIBUTIONS.includes(String(distribution)))
    return `channel "${name}": distribution must be one of ${DISTRIBUTIONS.join(', ')}`;
  if (inputMode !== undefined && !INPUT_MODES.includes(String(inputMode)))
    return `channel "${name}": input-mode must be one of ${INPUT_MODES.join(', ')}`;
  return {
    name,
    s3Uri,
    contentType: contentType === undefined ? undefined : String(contentType),
    distribution: (distribution as ChannelSpec['distribution'] | undefined) ?? 'FullyReplicated',
    inputMode: inputMode as ChannelSpec['inputMode'],
  };
}

function parseChannel(name: string, value: unknown): ChannelSpec | string {
  if (!CHANNEL_NAME.test(name)) return `channel "${name}": names are up to 64 letters, digits and . - _`;
  if (typeof value === 'string') {
    if (!S3_URI.test(value))
      return `channel "${name}": it must map to an S3 URI such as s3://my-bucket/train/`;
    return { name, s3Uri: value, distribution: 'FullyReplicated' };
  }
  if (value && typeof value === 'object' && !Array.isArray(value))
    return parseLongForm(name, value as Record<string, unknown>);
  return `channel "${name}": it must map to an S3 URI or to {s3-uri, content-type, distribution, input-mode}`;
}

/** `input-data` as written: a YAML or JSON mapping of 1 to 20 channels. */
export function parseChannels(text: string, parseYaml: YamlParse): Parsed {
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return {
      problem: 'it must be a YAML or JSON mapping of channel name to S3 URI, e.g. train: s3://bucket/train/',
    };
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length < 1 || entries.length > 20) return { problem: 'it must name 1 to 20 channels' };
  const channels: ChannelSpec[] = [];
  for (const [name, value] of entries) {
    const channel = parseChannel(name, value);
    if (typeof channel === 'string') return { problem: channel };
    channels.push(channel);
  }
  return { channels };
}

/** For the input schema: what is allowed when `input-data` is not a mapping of channels. */
export function validateChannelsText(text: string, parseYaml: YamlParse): string | undefined {
  const parsed = parseChannels(text, parseYaml);
  return 'problem' in parsed ? parsed.problem : undefined;
}

/** The channels as CreateTrainingJob's InputDataConfig. */
export function inputDataConfig(channels: ChannelSpec[]): Channel[] {
  return channels.map((channel) => ({
    ChannelName: channel.name,
    ContentType: channel.contentType,
    InputMode: channel.inputMode,
    DataSource: {
      S3DataSource: {
        S3DataType: 'S3Prefix',
        S3Uri: channel.s3Uri,
        S3DataDistributionType: channel.distribution,
      },
    },
  }));
}
