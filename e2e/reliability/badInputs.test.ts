import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { repoRoot, runAction, type ActionRun } from '../../scripts/actionRunner.js';
import { BAD_INPUTS, BASES, SHELL_MARKER, type BadInputCase } from './badInputCases';
import { awsEnvironment, ecrPassword, secretsOf } from '../awsEnvironment';
import { ScenarioResults } from './scenarioResults';
import { findSecrets, type SecretLeak } from './secretScan';

interface CaseOutcome {
  run: ActionRun;
  /** The AWS operations the emulator saw while this case's batch ran. */
  calls: string[];
  leaks: SecretLeak[];
}

/** Runs at once: two cores are shared, and each run is a Node process loading a bundle. */
const BATCH = 3;

let emulator: RunningEmulator;
let secrets: Record<string, string>;
const outcomes = new Map<BadInputCase, CaseOutcome>();
const results = new ScenarioResults('bad-inputs');

function inputsOf(c: BadInputCase): Record<string, string> {
  const merged: Record<string, string | undefined> = { ...BASES[c.action], ...c.inputs };
  return Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

const run = (c: BadInputCase) =>
  runAction(c.action, {
    inputs: inputsOf(c),
    env: { ...awsEnvironment(emulator), GITHUB_WORKSPACE: repoRoot },
    timeoutMs: 30_000,
  });

/**
 * Runs the cases a batch at a time; when a batch made any AWS call, its cases run again one by one so
 * that each call is blamed on the case that made it.
 */
async function runAll(cases: BadInputCase[]): Promise<void> {
  for (let i = 0; i < cases.length; i += BATCH) {
    const batch = cases.slice(i, i + BATCH);
    emulator.log.clear();
    const runs = await Promise.all(batch.map(run));
    const batchCalls = emulator.log.list().map((r) => `${r.service}:${r.operation}`);
    for (const [j, c] of batch.entries()) {
      let caseRun = runs[j] as ActionRun;
      let calls = batchCalls;
      if (batchCalls.length) {
        emulator.log.clear();
        caseRun = await run(c);
        calls = emulator.log.list().map((r) => `${r.service}:${r.operation}`);
      }
      outcomes.set(c, { run: caseRun, calls, leaks: findSecrets(caseRun, secrets) });
    }
  }
}

/** Valid inputs whose run calls AWS quickly and changes little: a plan, a job not followed, a missing project. */
const CONTROL_OVERRIDES: Record<string, Record<string, string>> = {
  'build-container': { builder: 'codebuild', 'codebuild-project': 'no-such-project' },
  train: { wait: 'false' },
  'deploy-endpoint': { mode: 'plan' },
};

/** Lines that would act as workflow commands the action did not mean to send. */
const smuggledCommands = (stdout: string) =>
  stdout.split('\n').filter((line) => /^::(set-output|error::pwned|stop-commands)/.test(line));

beforeAll(async () => {
  await rm(SHELL_MARKER, { force: true });
  emulator = await startEmulator();
  secrets = secretsOf({ 'ECR password': await ecrPassword(emulator) });
  emulator.log.clear();
  await runAll(BAD_INPUTS);
}, 300_000);

afterAll(async () => {
  await emulator.stop();
  await results.write();
});

describe('bad input, the bundled actions against the emulator', () => {
  it('tries at least 60 malformed inputs across the five actions', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(BAD_INPUTS.map((c) => c.action)).size).toBe(5);
  });

  it.each(BAD_INPUTS.map((c) => [c.action, c.what, c] as const))(
    '%s refuses %s before any AWS call, naming the input',
    (_action, _what, c) => {
      const { run: caseRun, calls, leaks } = outcomes.get(c) as CaseOutcome;
      const message = caseRun.errors.join('\n');
      const named = message.includes(`Input "${c.names}"`);
      results.add({
        category: 'bad-input',
        action: c.action,
        scenario: c.what,
        survived: caseRun.exitCode === 1 && named && calls.length === 0,
        secretsFound: leaks.length,
        rejectedBeforeAnyCall: calls.length === 0,
        inputNamed: named,
      });
      expect(calls).toEqual([]);
      expect(caseRun.exitCode).toBe(1);
      expect(message).toContain(`Input "${c.names}"`);
      expect(smuggledCommands(caseRun.stdout)).toEqual([]);
      expect(caseRun.outputs.status).toBeUndefined();
      expect(leaks).toEqual([]);
    },
  );

  it('ran no shell command smuggled in an input', () => {
    expect(existsSync(SHELL_MARKER)).toBe(false);
  });

  it.each(Object.keys(BASES) as Array<keyof typeof BASES>)(
    '%s passes its input checks with the valid base inputs, so each refusal above is the bad value',
    async (action) => {
      emulator.log.clear();
      const control = await runAction(action, {
        inputs: { ...BASES[action], ...CONTROL_OVERRIDES[action] },
        env: { ...awsEnvironment(emulator), GITHUB_WORKSPACE: repoRoot },
        timeoutMs: 60_000,
      });
      expect(control.errors.join('\n')).not.toContain('Input "');
      // integration-test makes no AWS call until its run phase lands; the other four reach AWS.
      if (action !== 'integration-test') expect(emulator.log.list().length).toBeGreaterThan(0);
      expect(findSecrets(control, secrets)).toEqual([]);
    },
    60_000,
  );
});
