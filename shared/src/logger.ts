import { EOL } from 'node:os';
import { issueCommand } from './workflowCommands';

/** Logging as the core functions see it; `main` hands in the Actions one, tests a recording one. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * The runner's log, written as @actions/core writes it (plain lines and workflow commands) without
 * loading it: a step logs from its first line, before its inputs are known to be valid.
 */
export const actionsLogger: Logger = {
  info: (m) => process.stdout.write(m + EOL),
  warning: (m) => issueCommand('warning', m),
  error: (m) => issueCommand('error', m),
  debug: (m) => issueCommand('debug', m),
  group: async (name, fn) => {
    issueCommand('group', name);
    try {
      return await fn();
    } finally {
      issueCommand('endgroup', '');
    }
  },
};
