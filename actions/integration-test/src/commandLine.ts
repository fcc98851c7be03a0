import { ModelshipError } from '@modelship/shared';

/**
 * Splits `local-command` into a program and its arguments the way a POSIX shell splits words (single
 * quotes literal, double quotes with backslash escapes, backslash outside quotes), and nothing more:
 * no variables, globs, pipes or redirections, because the command is started without a shell.
 */
export function parseCommandLine(command: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '\\' && i + 1 < command.length && '"\\$`'.includes(command[i + 1] as string))
        word += command[++i];
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < command.length) {
      word += command[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) throw commandProblem(command, `a ${quote} quote is not closed`);
  if (inWord) words.push(word);
  if (words.length === 0) throw commandProblem(command, 'it names no program');
  return words;
}

/** What is wrong with a command line, for the input check before anything starts; undefined when fine. */
export function commandLineProblem(command: string): string | undefined {
  try {
    parseCommandLine(command);
    return undefined;
  } catch (err) {
    return (err as Error).message.replace(/^Input "local-command" is .*?; /, '').replace(/\.$/, '');
  }
}

function commandProblem(command: string, problem: string): ModelshipError {
  return new ModelshipError(
    `Input "local-command" is ${JSON.stringify(command)}; ${problem}.`,
    'Give a program and its arguments, e.g. python3 model.py serve; it runs without a shell, so pipes, && and $VARIABLES are passed as plain text.',
  );
}
