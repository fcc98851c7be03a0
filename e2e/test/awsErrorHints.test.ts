import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { CHURN_IMAGE } from '@modelship/emulator/testing';
import { repoRoot, runAction } from '../../scripts/actionRunner.js';
import { awsEnvironment } from '../awsEnvironment';

interface PolicyDocument {
  Version: string;
  Statement: Array<{ Sid: string; Effect: string; Action: string[]; Resource: unknown }>;
}

const inputs = (endpoint: string) => ({
  'endpoint-name': endpoint,
  image: CHURN_IMAGE,
  'model-data-url': 's3://models/churn/model.tar.gz',
  'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker',
});

let emulator: RunningEmulator;
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'aws-error-hints-'));
});
afterAll(async () => {
  await emulator?.stop();
});

describe('deploy-endpoint ends with what to do when AWS refuses it', () => {
  it('says how to get credentials into the job when there are none at all, before reaching AWS', async () => {
    emulator = await startEmulator();
    const home = path.join(scratch, 'home');
    await mkdir(home);
    const run = await runAction('deploy-endpoint', {
      inputs: inputs('churn-no-credentials'),
      env: {
        HOME: home,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL: emulator.url,
        AWS_CONFIG_FILE: path.join(scratch, 'no-config'),
        AWS_SHARED_CREDENTIALS_FILE: path.join(scratch, 'no-credentials'),
        // No instance metadata service to ask, as on a GitHub-hosted runner.
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    expect(run.exitCode).toBe(1);
    const error = run.errors.join('\n');
    expect(error).toContain('CredentialsProviderError');
    expect(error).toContain('What to do: No AWS credentials reached the step');
    expect(error).toContain('aws-actions/configure-aws-credentials');
    expect(error).toContain('role-to-assume');
    expect(error).toContain('permissions: id-token: write');
    expect(emulator.log.list()).toEqual([]);
    await emulator.stop();
  });

  it('names the denied IAM action and the action policy when the role lacks a permission', async () => {
    // The action's own policy without sagemaker:CreateModel, as a role someone trimmed by hand.
    const policy = JSON.parse(
      await readFile(path.join(repoRoot, 'policies/deploy-endpoint.json'), 'utf8'),
    ) as PolicyDocument;
    const trimmed: PolicyDocument = {
      ...policy,
      Statement: policy.Statement.map((s) => ({
        ...s,
        Action: s.Action.filter((a) => a !== 'sagemaker:CreateModel'),
      })).filter((s) => s.Action.length),
    };
    const dir = path.join(scratch, 'policies');
    await mkdir(dir);
    await writeFile(path.join(dir, 'deploy-endpoint.json'), JSON.stringify(trimmed));
    emulator = await startEmulator({ policies: { dir } });

    const run = await runAction('deploy-endpoint', {
      inputs: inputs('churn-denied'),
      env: awsEnvironment(emulator),
    });
    expect(run.exitCode).toBe(1);
    const error = run.errors.join('\n');
    expect(error).toContain('AccessDeniedException');
    expect(error).toContain('What to do: The role the workflow assumes may not call sagemaker:CreateModel');
    expect(error).toContain('policies/deploy-endpoint.json');
    expect(emulator.log.list({ operation: 'CreateModel' })).toEqual([
      expect.objectContaining({ errorCode: 'AccessDeniedException' }),
    ]);
    expect(emulator.log.list({ operation: 'CreateEndpoint' })).toEqual([]);
  });
});
