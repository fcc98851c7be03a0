import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { canonicalJson, configHash, deterministicName } from '../src/resourceNames';

const SAGEMAKER_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/;
const SHA = '0123abcdef4567890123abcdef4567890123abcd';
const config = {
  ProductionVariants: [{ VariantName: 'AllTraffic', InstanceType: 'ml.m5.large', InitialInstanceCount: 2 }],
  DataCaptureConfig: { InitialSamplingPercentage: 10, DestinationS3Uri: 's3://bucket/capture' },
};

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('leaves out undefined members as JSON does, and writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: null, c: [undefined, 1] })).toBe('{"b":null,"c":[null,1]}');
  });

  it('uses toJSON, so dates hash by their value', () => {
    expect(canonicalJson({ at: new Date(Date.UTC(2024, 0, 2)) })).toBe('{"at":"2024-01-02T00:00:00.000Z"}');
  });

  it('refuses what JSON cannot say faithfully', () => {
    expect(() => canonicalJson({ n: NaN })).toThrow(/non-finite/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });
});

describe('configHash', () => {
  it('is the first 6 hex digits of the SHA-256 of the canonical JSON', () => {
    const expected = createHash('sha256').update(canonicalJson(config)).digest('hex').slice(0, 6);
    expect(configHash(config)).toBe(expected);
    expect(configHash(config)).toMatch(/^[0-9a-f]{6}$/);
  });

  it('does not depend on key order, and changes with any value', () => {
    const reordered = {
      DataCaptureConfig: { DestinationS3Uri: 's3://bucket/capture', InitialSamplingPercentage: 10 },
      ProductionVariants: [
        { InitialInstanceCount: 2, InstanceType: 'ml.m5.large', VariantName: 'AllTraffic' },
      ],
    };
    expect(configHash(reordered)).toBe(configHash(config));
    const changed = structuredClone(config);
    changed.ProductionVariants[0]!.InitialInstanceCount = 3;
    expect(configHash(changed)).not.toBe(configHash(config));
  });
});

describe('deterministicName', () => {
  it('is <endpoint>-<short sha>-<config hash>', () => {
    expect(deterministicName('churn-prod', SHA, config)).toBe(`churn-prod-0123abc-${configHash(config)}`);
  });

  it('gives the same name for the same commit and config, and another for another config', () => {
    expect(deterministicName('churn-prod', SHA, config)).toBe(deterministicName('churn-prod', SHA, config));
    expect(deterministicName('churn-prod', SHA, { ...config, extra: 1 })).not.toBe(
      deterministicName('churn-prod', SHA, config),
    );
  });

  it('lower-cases the sha and accepts a short one', () => {
    expect(deterministicName('ep', 'ABCDEF1', {})).toBe(`ep-abcdef1-${configHash({})}`);
  });

  it('shortens a long endpoint name to 63 characters, keeping the whole suffix', () => {
    const endpoint = 'a'.repeat(63);
    const name = deterministicName(endpoint, SHA, config);
    expect(name).toHaveLength(63);
    expect(name).toBe(`${'a'.repeat(48)}-0123abc-${configHash(config)}`);
    expect(name).toMatch(SAGEMAKER_NAME);
  });

  it('does not leave a hyphen run where the endpoint name was cut', () => {
    const endpoint = `${'a'.repeat(46)}--${'b'.repeat(10)}`;
    const name = deterministicName(endpoint, SHA, config);
    expect(name).toBe(`${'a'.repeat(46)}-0123abc-${configHash(config)}`);
    expect(name).toMatch(SAGEMAKER_NAME);
  });

  it('keeps a name that fits as it is, at exactly 63 characters', () => {
    const endpoint = 'b'.repeat(48);
    expect(deterministicName(endpoint, SHA, config)).toBe(`${endpoint}-0123abc-${configHash(config)}`);
  });

  it('refuses a base that is not a SageMaker name, and a sha that is not one', () => {
    expect(() => deterministicName('churn_prod', SHA, config)).toThrow(/not a SageMaker name/);
    expect(() => deterministicName('-churn', SHA, config)).toThrow(/not a SageMaker name/);
    expect(() => deterministicName('churn', 'abc', config)).toThrow(/git commit sha/);
    expect(() => deterministicName('churn', 'main', config)).toThrow(/git commit sha/);
  });
});
