import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../scripts/actionRunner.js';

const run = promisify(execFile);
const script = path.join(repoRoot, 'scripts/check-policy-usage.js');

/** A policies directory with one action's policy, and a usage directory as the emulator writes it. */
async function fixture(options: { full?: boolean; used: string[]; recorded?: boolean }) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'policy-usage-'));
  const policies = path.join(dir, 'policies');
  const usage = path.join(dir, 'usage');
  await mkdir(policies);
  await mkdir(usage);
  await writeFile(
    path.join(policies, 'demo.json'),
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Read', Effect: 'Allow', Action: ['sagemaker:Describe*'], Resource: '*' },
        { Sid: 'Write', Effect: 'Allow', Action: ['sagemaker:CreateModel'], Resource: '*' },
      ],
    }),
  );
  if (options.recorded !== false) {
    await writeFile(path.join(usage, 'run.json'), JSON.stringify({ full: options.full ?? true }));
  }
  const lines = options.used.map((iamAction) => JSON.stringify({ action: 'demo', iamAction }));
  await writeFile(path.join(usage, 'usage-1-a.jsonl'), lines.join('\n') + '\n');
  return { policies, usage };
}

async function check(dirs: { policies: string; usage: string }) {
  const env = {
    ...process.env,
    MODELSHIP_POLICIES_DIR: dirs.policies,
    MODELSHIP_POLICY_USAGE_DIR: dirs.usage,
  };
  try {
    const { stdout, stderr } = await run(process.execPath, [script], { env });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('scripts/check-policy-usage.js', () => {
  it('passes a full run that used every statement action, wildcards matched as IAM does', async () => {
    const result = await check(
      await fixture({ used: ['sagemaker:DescribeEndpoint', 'sagemaker:CreateModel'] }),
    );
    expect(result).toEqual({
      code: 0,
      output: expect.stringContaining('every statement of 1 policies was used'),
    });
  });

  it('fails a full run on an action no test used, naming the file and statement', async () => {
    const result = await check(await fixture({ used: ['sagemaker:DescribeEndpoint'] }));
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      'demo.json statement Write: sagemaker:CreateModel was never used by demo',
    );
    expect(result.output).not.toContain('statement Read');
  });

  it('skips the unused check after a subset of the tests, and says so', async () => {
    const result = await check(await fixture({ full: false, used: [] }));
    expect(result).toEqual({ code: 0, output: expect.stringContaining('jest ran a subset of the tests') });
  });

  it('fails when nothing was recorded, saying how to record', async () => {
    const result = await check(await fixture({ recorded: false, used: [] }));
    expect(result.code).toBe(1);
    expect(result.output).toContain('no usage recorded');
  });
});

describe('policies/', () => {
  it('holds a valid policy for each action, with a Sid per statement and PassRole only to SageMaker', async () => {
    const files = (await readdir(path.join(repoRoot, 'policies'))).filter((f) => f.endsWith('.json'));
    const actions = (await readdir(path.join(repoRoot, 'actions'))).map((a) => `${a}.json`);
    expect(files.sort()).toEqual(actions.sort());
    for (const file of files) {
      const policy = JSON.parse(await readFile(path.join(repoRoot, 'policies', file), 'utf8'));
      expect(policy.Version).toBe('2012-10-17');
      for (const statement of policy.Statement) {
        expect(statement.Sid).toMatch(/^[A-Za-z0-9]+$/);
        expect(statement.Action.length).toBeGreaterThan(0);
        if (statement.Action.includes('iam:PassRole')) {
          expect(statement.Condition).toEqual({
            StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' },
          });
        }
      }
    }
  });
});
