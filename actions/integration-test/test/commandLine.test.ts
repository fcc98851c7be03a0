import { describe, expect, it } from '@jest/globals';
import { commandLineProblem, parseCommandLine } from '../src/commandLine';

describe('parseCommandLine', () => {
  it('splits words as a shell would, without running one', () => {
    expect(parseCommandLine('python3 examples/churn-model/model.py serve')).toEqual([
      'python3',
      'examples/churn-model/model.py',
      'serve',
    ]);
    expect(parseCommandLine(`  run  'a b'  "c \\"d\\""  e\\ f ''`)).toEqual([
      'run',
      'a b',
      'c "d"',
      'e f',
      '',
    ]);
  });

  it('passes shell syntax through as plain text', () => {
    expect(parseCommandLine('serve && rm -rf / | tee $HOME;')).toEqual([
      'serve',
      '&&',
      'rm',
      '-rf',
      '/',
      '|',
      'tee',
      '$HOME;',
    ]);
  });

  it('says what is wrong with a command that cannot be split', () => {
    expect(commandLineProblem("serve 'x")).toBe("a ' quote is not closed");
    expect(commandLineProblem('   ')).toBe('it names no program');
    expect(commandLineProblem('serve')).toBeUndefined();
  });
});
