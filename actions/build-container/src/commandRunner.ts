import { getExecOutput } from '@actions/exec';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  /** Written to the command's stdin: how a password reaches `login`, never on its command line. */
  stdin?: string;
  /** Added to the step's environment. */
  env?: Record<string, string>;
  /** Keep the output out of the log (probes such as `docker info`). */
  quiet?: boolean;
}

/** Runs a program with an argument array, never through a shell; `undefined` when it is not installed. */
export interface CommandRunner {
  run(command: string, args: string[], options?: CommandOptions): Promise<CommandResult | undefined>;
}

const notInstalled = (err: unknown) => /Unable to locate executable file/.test((err as Error).message);

/** The runner's way: @actions/exec, which streams the output into the step's log. */
export function actionsCommandRunner(env: NodeJS.ProcessEnv): CommandRunner {
  return {
    async run(command, args, options = {}) {
      try {
        const result = await getExecOutput(command, args, {
          ignoreReturnCode: true,
          silent: options.quiet ?? false,
          input: options.stdin === undefined ? undefined : Buffer.from(options.stdin),
          env: { ...(env as Record<string, string>), ...options.env },
        });
        return result;
      } catch (err) {
        if (notInstalled(err)) return undefined;
        throw err;
      }
    },
  };
}
