import { afterEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actionsLogger } from '../src';
import { runnerIo } from '../src/runnerIo';

function captureStdout(call: () => unknown): string {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    call();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

const saved = { ...process.env };
const savedExitCode = process.exitCode;
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = savedExitCode;
});

describe('runnerIo', () => {
  it('reads inputs as @actions/core does (INPUT_ with spaces as _, upper case, trimmed)', () => {
    process.env['INPUT_ENDPOINT-NAME'] = '  churn \n';
    process.env.INPUT_MY_INPUT = 'x';
    const io = runnerIo();
    expect(io.getInput('endpoint-name')).toBe(core.getInput('endpoint-name'));
    expect(io.getInput('endpoint-name')).toBe('churn');
    expect(io.getInput('my input')).toBe(core.getInput('my input'));
    expect(io.getInput('absent')).toBe('');
  });

  it('fails the step as @actions/core does: exit code 1 and an ::error:: command', () => {
    const message = 'Input "a" is "b"; no.\nWhat to do: 100% fix it';
    const ours = captureStdout(() => runnerIo().setFailed(message));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(ours).toBe(captureStdout(() => core.setFailed(message)));
    expect(process.exitCode).toBe(1);
  });

  it('masks as @actions/core does', () => {
    expect(captureStdout(() => runnerIo().setSecret('s3cr%t'))).toBe(
      captureStdout(() => core.setSecret('s3cr%t')),
    );
  });

  it('sets outputs through @actions/core once prepared, and refuses before', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'runner-io-'));
    process.env.GITHUB_OUTPUT = path.join(dir, 'output');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    const io = runnerIo();
    expect(() => io.setOutput('status', 'x')).toThrow('before the step');
    await io.prepare?.();
    io.setOutput('status', 'deployed');
    expect(readFileSync(process.env.GITHUB_OUTPUT, 'utf8')).toMatch(/^status<<ghadelimiter_.+\ndeployed\n/);
  });
});

describe('actionsLogger writes what @actions/core writes', () => {
  const text = 'a: b, 50%\nnext';
  it.each([
    ['info', () => actionsLogger.info(text), () => core.info(text)],
    ['warning', () => actionsLogger.warning(text), () => core.warning(text)],
    ['error', () => actionsLogger.error(text), () => core.error(text)],
    ['debug', () => actionsLogger.debug(text), () => core.debug(text)],
  ])('%s', (_level, ours, theirs) => {
    expect(captureStdout(ours)).toBe(captureStdout(theirs));
  });

  it('group', async () => {
    const chunks: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    });
    try {
      expect(await actionsLogger.group('Create: it', async () => 42)).toBe(42);
      const ours = chunks.splice(0).join('');
      await core.group('Create: it', async () => 42);
      expect(ours).toBe(chunks.join(''));
      await expect(actionsLogger.group('g', async () => Promise.reject(new Error('no')))).rejects.toThrow(
        'no',
      );
      expect(chunks.at(-1)).toBe(`::endgroup::${os.EOL}`);
    } finally {
      spy.mockRestore();
    }
  });
});
