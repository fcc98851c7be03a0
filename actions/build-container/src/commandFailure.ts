import { ModelshipError } from '@modelship/shared';
import type { CommandResult } from './commandRunner';

/** The last lines of a failed command's output, which say why it failed. */
const tail = (text: string) => text.trim().split('\n').slice(-5).join('\n');

/** The result of a command that must succeed, or a ModelshipError saying what failed and what to do. */
export function succeeded(
  what: string,
  result: CommandResult | undefined,
  program: string,
  hint: string,
): CommandResult {
  if (!result) {
    throw new ModelshipError(`${what} failed: ${program} is not installed on this runner.`, hint);
  }
  if (result.exitCode !== 0) {
    throw new ModelshipError(
      `${what} failed (${program} exited with ${result.exitCode}):\n${tail(result.stderr || result.stdout)}`,
      hint,
    );
  }
  return result;
}
