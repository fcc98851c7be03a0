import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { CreateBucketCommand, ListBucketsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  CreateModelCommand,
  ListModelsCommand,
  SageMakerClient,
  UpdateEndpointCommand,
} from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { startEmulator, type RunningEmulator } from '../src';
import { callingAction } from '../src/policies/callingAction';
import { iamActionFor, requiredIamActions, restOperation } from '../src/policies/iamActionName';
import { iamActionMatches, parseIamPolicy, policyAllows } from '../src/policies/iamPolicy';
import type { RestRequest } from '../src/protocol/types';
import { sdkClientConfig } from '../src/testing';

const policy = (...statements: object[]) =>
  parseIamPolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }), 'test.json');

describe('IAM action matching', () => {
  it('matches exact names case-insensitively, and * and ? as IAM does', () => {
    expect(iamActionMatches('sagemaker:CreateModel', 'sagemaker:createmodel')).toBe(true);
    expect(iamActionMatches('sagemaker:Describe*', 'sagemaker:DescribeEndpoint')).toBe(true);
    expect(iamActionMatches('sagemaker:Describe*', 'sagemaker:CreateEndpoint')).toBe(false);
    expect(iamActionMatches('sagemaker:*', 's3:GetObject')).toBe(false);
    expect(iamActionMatches('*', 's3:GetObject')).toBe(true);
    expect(iamActionMatches('s3:?etObject', 's3:GetObject')).toBe(true);
    expect(iamActionMatches('sagemaker:Create.Model', 'sagemaker:CreateXModel')).toBe(false);
  });

  it('allows what some Allow names and no Deny names', () => {
    const p = policy(
      { Sid: 'Read', Effect: 'Allow', Action: ['sagemaker:Describe*', 'sagemaker:List*'], Resource: '*' },
      { Sid: 'NoModels', Effect: 'Deny', Action: 'sagemaker:DescribeModel', Resource: '*' },
    );
    expect(policyAllows(p, 'sagemaker:DescribeEndpoint')).toBe(true);
    expect(policyAllows(p, 'sagemaker:ListModels')).toBe(true);
    expect(policyAllows(p, 'sagemaker:DescribeModel')).toBe(false);
    expect(policyAllows(p, 'sagemaker:CreateModel')).toBe(false);
  });

  it('refuses a policy it cannot evaluate, naming the file and statement', () => {
    expect(() => parseIamPolicy('{', 'p.json')).toThrow(/p.json is not valid JSON/);
    expect(() => parseIamPolicy('{"Version":"2008-10-17","Statement":[]}', 'p.json')).toThrow(/Version/);
    expect(() => policy({ Sid: 'X', Effect: 'Allow', NotAction: 's3:*' })).toThrow(/statement X: NotAction/);
    expect(() => policy({ Sid: 'Y', Effect: 'Maybe', Action: 's3:*' })).toThrow(/statement Y: Effect/);
    expect(() => policy({ Sid: 'Z', Effect: 'Allow', Action: [] })).toThrow(/statement Z: Action/);
  });
});

describe('IAM action names', () => {
  it('prefixes the operation with the IAM service, where runtime and S3 differ, and STS identity needs none', () => {
    expect(iamActionFor('sagemaker', 'CreateModel')).toBe('sagemaker:CreateModel');
    expect(iamActionFor('sagemaker-runtime', 'InvokeEndpoint')).toBe('sagemaker:InvokeEndpoint');
    expect(iamActionFor('application-autoscaling', 'RegisterScalableTarget')).toBe(
      'application-autoscaling:RegisterScalableTarget',
    );
    expect(iamActionFor('s3', 'ListObjectsV2')).toBe('s3:ListBucket');
    expect(iamActionFor('s3', 'HeadObject')).toBe('s3:GetObject');
    expect(iamActionFor('s3', 'PutObject')).toBe('s3:PutObject');
    expect(iamActionFor('sts', 'GetCallerIdentity')).toBeUndefined();
  });

  it('also needs iam:PassRole when a call hands the service a role, and tagging when it tags on create', () => {
    const tags = [{ Key: 'modelship:repository', Value: 'octo/churn' }];
    const role = 'arn:aws:iam::123456789012:role/sagemaker';
    expect(requiredIamActions('sagemaker', 'CreateModel', { ExecutionRoleArn: role, Tags: tags })).toEqual([
      'sagemaker:CreateModel',
      'iam:PassRole',
      'sagemaker:AddTags',
    ]);
    expect(requiredIamActions('sagemaker', 'CreateEndpointConfig', { Tags: [] })).toEqual([
      'sagemaker:CreateEndpointConfig',
    ]);
    expect(requiredIamActions('ecr', 'CreateRepository', { repositoryName: 'r', tags })).toEqual([
      'ecr:CreateRepository',
      'ecr:TagResource',
    ]);
    // The Query protocol decodes a tag list into an object.
    expect(requiredIamActions('cloudwatch', 'PutMetricAlarm', { Tags: { member: [tags[0]] } })).toEqual([
      'cloudwatch:PutMetricAlarm',
      'cloudwatch:TagResource',
    ]);
    expect(requiredIamActions('sagemaker', 'DescribeModel', { Tags: tags })).toEqual([
      'sagemaker:DescribeModel',
    ]);
    expect(requiredIamActions('sts', 'GetCallerIdentity', {})).toEqual([]);
  });

  it('reads the S3 and runtime operation from the request before the service runs it', () => {
    const req = (method: string, url: string, headers: Record<string, string> = {}): RestRequest => {
      const parsed = new URL(url, 'http://x');
      return { method, path: parsed.pathname, query: parsed.searchParams, headers, body: Buffer.alloc(0) };
    };
    expect(restOperation('s3', req('GET', '/'))).toBe('ListBuckets');
    expect(restOperation('s3', req('PUT', '/models'))).toBe('CreateBucket');
    expect(restOperation('s3', req('GET', '/models?list-type=2&prefix=a'))).toBe('ListObjectsV2');
    expect(restOperation('s3', req('HEAD', '/models'))).toBe('HeadBucket');
    expect(restOperation('s3', req('POST', '/models?delete'))).toBe('DeleteObjects');
    expect(restOperation('s3', req('PUT', '/models/a/b.tar.gz'))).toBe('PutObject');
    expect(restOperation('s3', req('PUT', '/models/a', { 'x-amz-copy-source': '/m/b' }))).toBe('CopyObject');
    expect(restOperation('s3', req('GET', '/models/a?x-id=GetObject'))).toBe('GetObject');
    expect(restOperation('s3', req('HEAD', '/models/a'))).toBe('HeadObject');
    expect(restOperation('s3', req('POST', '/models/a?uploads'))).toBe('CreateMultipartUpload');
    expect(restOperation('sagemaker-runtime', req('POST', '/endpoints/e/invocations'))).toBe(
      'InvokeEndpoint',
    );
    expect(restOperation('sagemaker-runtime', req('POST', '/endpoints/e/async-invocations'))).toBe(
      'InvokeEndpointAsync',
    );
    expect(restOperation('ecr-registry', req('GET', '/v2/'))).toBeUndefined();
  });

  it('knows the calling action from the user agent the actions send, and no other caller', () => {
    const ua = 'aws-sdk-js/3.1 ua/2.1 api/sagemaker#3.1 modelship/0.1.0 md/modelship-action#deploy-endpoint';
    expect(callingAction({ 'user-agent': ua })).toBe('deploy-endpoint');
    expect(
      callingAction({ 'x-amz-user-agent': 'aws-sdk-js/3.1 modelship/0.1.0 md/modelship-action#train' }),
    ).toBe('train');
    expect(callingAction({ 'user-agent': 'aws-cli/2.15 md/command#sagemaker.list-models' })).toBeUndefined();
  });
});

describe('the emulator with policies', () => {
  let emulator: RunningEmulator;
  let usageDir: string;
  const asAction = (action: string) => ({
    ...sdkClientConfig(emulator),
    customUserAgent: [
      ['modelship', '0.1.0'],
      ['md/modelship-action', action],
    ] as Array<[string, string]>,
  });

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'policies-'));
    usageDir = path.join(dir, 'usage');
    await writeFile(
      path.join(dir, 'deploy-endpoint.json'),
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Read', Effect: 'Allow', Action: ['sagemaker:List*', 's3:CreateBucket'], Resource: '*' },
          { Sid: 'Models', Effect: 'Allow', Action: 'sagemaker:CreateModel', Resource: '*' },
        ],
      }),
    );
    emulator = await startEmulator({ policies: { dir, usageDir } });
  });
  afterAll(() => emulator.stop());

  it('lets a call the policy allows through, and records it', async () => {
    const sagemaker = new SageMakerClient(asAction('deploy-endpoint'));
    await expect(sagemaker.send(new ListModelsCommand({}))).resolves.toHaveProperty('Models', []);
    const files = await readdir(usageDir);
    const lines = (await Promise.all(files.map((f) => readFile(path.join(usageDir, f), 'utf8')))).join('');
    expect(
      lines
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toContainEqual({
      action: 'deploy-endpoint',
      iamAction: 'sagemaker:ListModels',
    });
  });

  it('refuses a call the policy lacks with AccessDenied in each protocol, naming the IAM action', async () => {
    const config = asAction('deploy-endpoint');
    const create = new SageMakerClient(config).send(
      new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: 'arn:aws:iam::123456789012:role/r' }),
    );
    await expect(create).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('is not authorized to perform: iam:PassRole'),
    });
    const update = new SageMakerClient(config).send(
      new UpdateEndpointCommand({ EndpointName: 'e', EndpointConfigName: 'c' }),
    );
    await expect(update).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining('is not authorized to perform: sagemaker:UpdateEndpoint'),
    });
    const alarms = new CloudWatchClient(config).send(new DescribeAlarmsCommand({}));
    await expect(alarms).rejects.toMatchObject({
      message: expect.stringContaining('perform: cloudwatch:DescribeAlarms'),
    });
    const s3 = new S3Client({ ...config, forcePathStyle: true });
    await expect(s3.send(new ListBucketsCommand({}))).rejects.toMatchObject({ name: 'AccessDenied' });
    await s3.send(new CreateBucketCommand({ Bucket: 'models' }));
    await expect(
      s3.send(new PutObjectCommand({ Bucket: 'models', Key: 'a', Body: 'x' })),
    ).rejects.toMatchObject({ name: 'AccessDenied', message: expect.stringContaining('s3:PutObject') });
    const invoke = new SageMakerRuntimeClient(config).send(
      new InvokeEndpointCommand({ EndpointName: 'e', Body: '{}', ContentType: 'application/json' }),
    );
    await expect(invoke).rejects.toMatchObject({
      message: expect.stringContaining('sagemaker:InvokeEndpoint'),
    });
    expect(emulator.log.list({ operation: 'UpdateEndpoint' })[0]).toMatchObject({
      status: 400,
      errorCode: 'AccessDeniedException',
    });
  });

  it('does not check an action without a policy file, nor a caller that is no modelship action', async () => {
    const rollback = new SageMakerClient(asAction('rollback'));
    await expect(rollback.send(new ListModelsCommand({}))).resolves.toBeDefined();
    const anyone = new SageMakerClient(sdkClientConfig(emulator));
    await expect(
      anyone.send(
        new CreateModelCommand({ ModelName: 'm', ExecutionRoleArn: 'arn:aws:iam::123456789012:role/r' }),
      ),
    ).rejects.not.toMatchObject({ name: 'AccessDeniedException' });
  });
});
