import { describe, expect, it } from '@jest/globals';
import { DescribeEndpointCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import {
  awsClientSettings,
  InputError,
  maskCredentials,
  s3ClientSettings,
  ThrottlingRetryStrategy,
} from '../src';

const base = { action: 'deploy-endpoint', version: '1.2.3' };

describe('awsClientSettings', () => {
  it('takes the region from the input first, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    const env = { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-east-2' };
    expect(awsClientSettings({ ...base, region: 'ap-south-1', env }).region).toBe('ap-south-1');
    expect(awsClientSettings({ ...base, env }).region).toBe('eu-west-1');
    expect(awsClientSettings({ ...base, env: { AWS_DEFAULT_REGION: 'us-east-2' } }).region).toBe('us-east-2');
  });

  it('fails with an input error that says how to set a region when there is none', () => {
    expect(() => awsClientSettings({ ...base, env: {} })).toThrow(InputError);
    expect(() => awsClientSettings({ ...base, env: {} })).toThrow(
      /Input "region" is missing; set it, or AWS_REGION/,
    );
  });

  it('sets standard-mode retries (no client-side rate limiter), the modelship user agent and request timeouts, and no endpoint', () => {
    const settings = awsClientSettings({ ...base, env: { AWS_REGION: 'eu-west-1' }, maxAttempts: 4 });
    expect(settings.retryStrategy).toBeInstanceOf(ThrottlingRetryStrategy);
    expect(settings.retryStrategy).toMatchObject({ mode: 'standard', maxAttempts: 4 });
    expect(settings).toMatchObject({
      maxAttempts: 4,
      customUserAgent: [
        ['modelship', '1.2.3'],
        ['md/modelship-action', 'deploy-endpoint'],
      ],
    });
    expect(settings).not.toHaveProperty('endpoint');
    // 0.3^10: at 30 % throttling fewer than 1 call in 100,000 runs out of attempts.
    const byDefault = awsClientSettings({ ...base, env: { AWS_REGION: 'eu-west-1' } });
    expect(byDefault.maxAttempts).toBe(10);
    expect(byDefault.retryStrategy.maxAttempts).toBe(10);
    expect(settings.requestHandler.constructor.name).toBe('NodeHttpHandler');
  });

  it('builds a client the SDK accepts, whose calls can be mocked', async () => {
    const sagemaker = new SageMakerClient(awsClientSettings({ ...base, env: { AWS_REGION: 'eu-west-1' } }));
    expect(await sagemaker.config.region()).toBe('eu-west-1');
    const mock = mockClient(sagemaker);
    mock.on(DescribeEndpointCommand).resolves({ EndpointStatus: 'InService' });
    const out = await sagemaker.send(new DescribeEndpointCommand({ EndpointName: 'churn' }));
    expect(out.EndpointStatus).toBe('InService');
    expect(mock.commandCalls(DescribeEndpointCommand)[0]?.args[0].input).toEqual({ EndpointName: 'churn' });
    mock.restore();
  });
});

describe('s3ClientSettings', () => {
  const settings = awsClientSettings({ ...base, env: { AWS_REGION: 'us-east-1' } });

  it('uses path-style addressing only when an endpoint URL points S3 elsewhere', () => {
    expect(s3ClientSettings(settings, {}).forcePathStyle).toBe(false);
    expect(s3ClientSettings(settings, { AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' }).forcePathStyle).toBe(
      true,
    );
    expect(s3ClientSettings(settings, { AWS_ENDPOINT_URL_S3: 'http://localhost:9000' }).forcePathStyle).toBe(
      true,
    );
    expect(
      s3ClientSettings(settings, {
        AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
        AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true',
      }).forcePathStyle,
    ).toBe(false);
  });
});

describe('maskCredentials', () => {
  it('registers every credential present as a secret, and nothing else', () => {
    const secrets: string[] = [];
    maskCredentials(
      {
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI',
        AWS_SESSION_TOKEN: '',
        AWS_REGION: 'us-east-1',
      },
      (value) => secrets.push(value),
    );
    expect(secrets).toEqual(['AKIDEXAMPLE', 'wJalrXUtnFEMI']);
  });
});
