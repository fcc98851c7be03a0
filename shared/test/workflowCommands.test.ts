import { describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { issueCommand, workflowCommand } from '../src/workflowCommands';

/** What @actions/core writes to stdout for a call, captured; the reference our writer must match. */
function coreWrites(call: () => void): string {
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

const awkward = 'line one\r\nline two: 100% done, 3 left';

describe('workflowCommand', () => {
  it("escapes a message as the runner expects (%25, %0D, %0A), ':' and ',' left alone", () => {
    expect(workflowCommand('error', awkward)).toBe('::error::line one%0D%0Aline two: 100%25 done, 3 left');
  });

  it('escapes properties further (%3A, %2C) and leaves out those without a value', () => {
    expect(workflowCommand('warning', 'm', { title: 'a:b,c%\n', file: undefined, line: '3' })).toBe(
      '::warning title=a%3Ab%2Cc%25%0A,line=3::m',
    );
  });
});

describe('issueCommand writes what @actions/core writes', () => {
  const sinkOf = () => {
    const written: string[] = [];
    return { written, sink: { write: (text: string) => written.push(text) } };
  };

  it.each([
    ['error', () => core.error(awkward)],
    ['warning', () => core.warning(awkward)],
    ['notice', () => core.notice(awkward)],
    ['debug', () => core.debug(awkward)],
    ['add-mask', () => core.setSecret(awkward)],
  ])('%s', (command, call) => {
    const { written, sink } = sinkOf();
    issueCommand(command, awkward, {}, sink);
    expect(written.join('')).toBe(coreWrites(call));
  });

  it('with properties', () => {
    const { written, sink } = sinkOf();
    issueCommand('error', awkward, { title: 'Bad: input, really', file: 'a.yml' }, sink);
    expect(written.join('')).toBe(
      coreWrites(() => core.error(awkward, { title: 'Bad: input, really', file: 'a.yml' })),
    );
  });
});
