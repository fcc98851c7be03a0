// Each action runs on a developer's machine with `npx @github/local-action run actions/<name> src/main.ts
// .env`: its main.ts exports the `run` local-action calls, its .env.example sets only inputs the action
// declares (and every required one), and a real local-action run against the emulator ends with the
// action's own outputs and exit code.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { startEmulator, type RunningEmulator } from '@modelship/emulator';
import { CHURN_IMAGE } from '@modelship/emulator/testing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const actions = ['build-container', 'train', 'deploy-endpoint', 'rollback', 'integration-test'];
const localAction = path.join(root, 'node_modules/@github/local-action/bin/local-action.js');

/** KEY=value lines of a dotenv file, comments and blank lines left out. */
function dotenv(text: string): Map<string, string> {
  const pairs = text
    .split('\n')
    .filter((line) => /^[A-Za-z_][\w.-]*=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
  return new Map(pairs);
}

describe.each(actions)('actions/%s', (name) => {
  it('exports run, the entry local-action calls, as the main the bundle runs', async () => {
    const module = await import(`../actions/${name}/src/main.ts`);
    expect(typeof module.run).toBe('function');
    expect(module.run).toBe(module.main);
  });

  it('has a .env.example that sets only declared inputs, and every required one', () => {
    const declared = YAML.parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8'))
      .inputs as Record<string, { required?: boolean }>;
    const env = dotenv(readFileSync(path.join(root, 'actions', name, '.env.example'), 'utf8'));
    const inputNames = [...env.keys()].filter((key) => key.startsWith('INPUT_')).map((key) => key.slice(6));
    const byEnvName = new Map(Object.keys(declared).map((input) => [input.toUpperCase(), input]));
    expect(inputNames.filter((input) => !byEnvName.has(input))).toEqual([]);
    const required = Object.keys(declared).filter((input) => declared[input]!.required);
    expect(required.filter((input) => !env.has(`INPUT_${input.toUpperCase()}`))).toEqual([]);
    expect(env.get('AWS_ENDPOINT_URL')).toBe('http://127.0.0.1:4566');
  });
});

describe('npx @github/local-action run actions/deploy-endpoint src/main.ts .env', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(async () => {
    await emulator?.stop();
  });

  /** Runs local-action from the repository root with the example env file, pointed at this emulator. */
  function runLocalAction(name: string, overrides: Record<string, string>) {
    const example = readFileSync(path.join(root, 'actions', name, '.env.example'), 'utf8');
    const lines = example.split('\n').map((line) => {
      const key = line.slice(0, line.indexOf('='));
      return key in overrides ? `${key}=${overrides[key]}` : line;
    });
    const envFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'local-action-')), '.env');
    writeFileSync(envFile, lines.join('\n'));
    // GITHUB_OUTPUT and the like from a surrounding runner would divert the outputs away from stdout.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GITHUB_')));
    const child = spawn(process.execPath, [localAction, 'run', `actions/${name}`, 'src/main.ts', envFile], {
      cwd: root,
      env: { ...env, NODE_OPTIONS: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    return new Promise<{ code: number | null; output: string }>((resolve) =>
      child.on('close', (code) => resolve({ code, output })),
    );
  }

  it('plans the deployment against the emulator and prints the outputs', async () => {
    const { code, output } = await runLocalAction('deploy-endpoint', {
      AWS_ENDPOINT_URL: emulator.url,
      'INPUT_ENDPOINT-NAME': 'churn-local-action',
      INPUT_IMAGE: CHURN_IMAGE,
    });
    expect(output).toContain('Endpoint churn-local-action does not exist yet');
    expect(output).toContain('::set-output name=status::planned');
    // On failure, the end of the run says why.
    expect(code === 0 ? 'exit 0' : output.slice(-2500)).toBe('exit 0');
    expect(emulator.log.list().map((request) => request.operation)).toContain('DescribeEndpoint');
  }, 240_000);
});
