import { describe, expect, it } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { SageMakerServiceException } from '@aws-sdk/client-sagemaker';
import { CloudWatchServiceException } from '@aws-sdk/client-cloudwatch';
import { defineInputs, defineOutputs, failureMessage, ModelshipError, runAction } from '../src';
import { deniedIamAction, withAwsErrorHint } from '../src/awsErrorHints';
import { RecordingLogger } from '../src/testing';

const serviceError = (name: string, message: string) =>
  new SageMakerServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: 400 }, message });

const named = (name: string, message: string, fields: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { name }, fields);

const denied =
  'User: arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions is not authorized to perform: ' +
  'sagemaker:CreateModel on resource: arn:aws:sagemaker:us-east-1:123456789012:model/churn because no ' +
  'identity-based policy allows the sagemaker:CreateModel action';

/** The text a user reads at the end of the step. */
const shown = (err: unknown, action?: string) => failureMessage(withAwsErrorHint(err, action));

describe('withAwsErrorHint', () => {
  it('says how to get credentials into the job when the SDK found none', () => {
    const text = shown(named('CredentialsProviderError', 'Could not load credentials from any providers'));
    expect(text).toMatch(/^CredentialsProviderError: Could not load credentials from any providers\n/);
    expect(text).toContain('What to do: No AWS credentials reached the step');
    expect(text).toContain('aws-actions/configure-aws-credentials');
    expect(text).toContain('role-to-assume');
    expect(text).toContain('permissions: id-token: write');
  });

  it('names the denied IAM action and the policy of the action that was denied', () => {
    const text = shown(serviceError('AccessDeniedException', denied), 'deploy-endpoint');
    expect(text).toMatch(/^AccessDeniedException: User: .* sagemaker:CreateModel/);
    expect(text).toContain('may not call sagemaker:CreateModel');
    expect(text).toContain('policies/deploy-endpoint.json');
  });

  it('treats the Query and S3 spelling AccessDenied alike, and points to policies/ without an action name', () => {
    const cloudwatch = new CloudWatchServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      $metadata: {},
      message: 'User: arn:aws:iam::1:user/x is not authorized to perform: cloudwatch:PutMetricAlarm',
    });
    expect(shown(cloudwatch, 'rollback')).toContain('may not call cloudwatch:PutMetricAlarm');
    const s3 = named('AccessDenied', 'Access Denied');
    const text = shown(s3);
    expect(text).toContain('lacks a permission this step needs');
    expect(text).toContain("the action's policy in policies/");
  });

  it('says the session outlived the job when the token expired, for both spellings', () => {
    for (const name of ['ExpiredToken', 'ExpiredTokenException']) {
      const text = shown(serviceError(name, 'The security token included in the request is expired'));
      expect(text).toContain(`${name}: The security token included in the request is expired`);
      expect(text).toContain('role-duration-seconds');
    }
  });

  it('says the region does not offer the service when its host does not resolve', () => {
    const host = 'api.sagemaker.mars-north-1.amazonaws.com';
    const err = named('Error', `getaddrinfo ENOTFOUND ${host}`, { code: 'ENOTFOUND', hostname: host });
    const text = shown(err);
    expect(text).toMatch(/^getaddrinfo ENOTFOUND api\.sagemaker\.mars-north-1\.amazonaws\.com\n/);
    expect(text).toContain('region "mars-north-1" does not offer this AWS service, or is misspelt');
    expect(text).toContain('e.g. us-east-1');
  });

  it('finds the host in the message when the error carries no hostname field', () => {
    const err = named(
      'UnknownEndpoint',
      'Inaccessible host: getaddrinfo ENOTFOUND runtime.sagemaker.eu-nowhere-2.amazonaws.com',
    );
    expect(shown(err)).toContain('region "eu-nowhere-2"');
  });

  it('leaves a host that is not AWS alone: a proxy or emulator outage is no region problem', () => {
    const err = named('Error', 'getaddrinfo ENOTFOUND emulator.internal', { code: 'ENOTFOUND' });
    expect(withAwsErrorHint(err)).toBe(err);
  });

  it('finds a fixable error wrapped as the cause of another', () => {
    const wrapped = new Error('Could not describe the endpoint', {
      cause: serviceError('AccessDeniedException', denied),
    });
    expect(shown(wrapped, 'rollback')).toContain('policies/rollback.json');
  });

  it('passes other errors, and errors that already say what to do, through unchanged', () => {
    const validation = serviceError('ValidationException', 'Could not find endpoint "churn".');
    expect(withAwsErrorHint(validation)).toBe(validation);
    const own = new ModelshipError('Access denied by our own rule', 'Do this.');
    expect(withAwsErrorHint(own)).toBe(own);
    expect(withAwsErrorHint('a string')).toBe('a string');
  });
});

describe('deniedIamAction', () => {
  it('takes the IAM action from the forms AWS writes, and nothing from a message without one', () => {
    expect(deniedIamAction(denied)).toBe('sagemaker:CreateModel');
    expect(
      deniedIamAction('User: x is not authorized to perform: application-autoscaling:RegisterScalableTarget'),
    ).toBe('application-autoscaling:RegisterScalableTarget');
    expect(deniedIamAction('Access Denied')).toBeUndefined();
  });
});

describe('runAction with an AWS error', () => {
  it('ends the step with the hint and the policy of the action that ran', async () => {
    const failed: string[] = [];
    const ok = await runAction(
      {
        name: 'train',
        inputs: defineInputs({}),
        outputs: defineOutputs({}),
        run: () => Promise.reject(serviceError('AccessDeniedException', denied)),
      },
      {
        io: {
          getInput: () => '',
          setOutput: () => {},
          setFailed: (m) => failed.push(m),
          setSecret: () => {},
        },
        logger: new RecordingLogger(),
        env: {},
        signals: new EventEmitter(),
      },
    );
    expect(ok).toBe(false);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain(
      'What to do: The role the workflow assumes may not call sagemaker:CreateModel',
    );
    expect(failed[0]).toContain('policies/train.json');
  });
});
