import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { signalGroup, splitLines } from '../../localProcess';

/**
 * Runs each command with `eval` in one shell (so `cd` and variables carry from one command to the
 * next, as in CodeBuild), stops at the first failing command, then runs the `finally` commands the
 * same way. The commands arrive as arguments, never in the script text. Before each command it
 * prints a marker line on stdout, and after a failing one its exit status, so that the emulator
 * knows which command ran and failed. Variable names are prefixed so commands do not clobber them.
 */
const DRIVER = `
__modelship_marker=$1
__modelship_count=$2
shift 2
__modelship_index=0
__modelship_status=0
__modelship_first=0
for __modelship_command in "$@"; do
  if [ "$__modelship_index" -eq "$__modelship_count" ]; then __modelship_status=0; fi
  if [ "$__modelship_status" -eq 0 ]; then
    printf '\\n%s start %s\\n' "$__modelship_marker" "$__modelship_index"
    eval "$__modelship_command"
    __modelship_status=$?
    if [ "$__modelship_status" -ne 0 ]; then
      printf '\\n%s fail %s %s\\n' "$__modelship_marker" "$__modelship_index" "$__modelship_status"
      if [ "$__modelship_first" -eq 0 ]; then __modelship_first=$__modelship_status; fi
    fi
  fi
  __modelship_index=$((__modelship_index + 1))
done
exit $__modelship_first
`;

export interface PhaseShellOptions {
  shell: 'bash' | 'sh';
  commands: string[];
  finallyCommands: string[];
  cwd: string;
  env: Record<string, string>;
  /** Called as a command starts, before its output. */
  onCommand: (command: string) => void;
  onOutput: (line: string) => void;
  /** Aborting kills the shell's process group: SIGTERM, then SIGKILL after `graceMs`. */
  signal: AbortSignal;
  graceMs: number;
  /** Told the process group id as soon as the shell runs, so the build can kill stragglers at its end. */
  onProcessGroup: (pgid: number) => void;
}

// Every phase's process group alive in this Node process, so that none outlives it however it exits.
const liveGroups = new Set<number>();
let exitHookInstalled = false;
function track(pgid: number): void {
  liveGroups.add(pgid);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const group of liveGroups) signalGroup(group, 'SIGKILL');
  });
}

/** Kills what is left of a phase's process group (background processes its commands started). */
export function killGroup(pgid: number): void {
  signalGroup(pgid, 'SIGKILL');
  liveGroups.delete(pgid);
}

export type PhaseShellResult =
  { kind: 'succeeded' } | { kind: 'failed'; command: string; reason: string } | { kind: 'killed' };

export async function runPhaseShell(options: PhaseShellOptions): Promise<PhaseShellResult> {
  const all = [...options.commands, ...options.finallyCommands];
  if (all.length === 0) return { kind: 'succeeded' };
  const marker = `__modelship_codebuild_${randomUUID().replace(/-/g, '')}`;
  let child: ChildProcess;
  try {
    child = spawn(
      options.shell,
      ['-c', DRIVER, 'codebuild-phase', marker, String(options.commands.length), ...all],
      {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so that a stop also ends what the commands started.
        detached: true,
      },
    );
  } catch (err) {
    return { kind: 'failed', command: all[0] as string, reason: (err as Error).message };
  }
  let started = -1;
  let failure: { index: number; status: string } | undefined;
  const onStdout = (line: string) => {
    if (!line.startsWith(marker)) return options.onOutput(line);
    const [, what, index, status] = line.split(' ');
    if (what === 'start') {
      started = Number(index);
      options.onCommand(all[started] as string);
    } else if (what === 'fail' && !failure) {
      failure = { index: Number(index), status: status as string };
    }
  };
  const stdoutDone = splitLines(child.stdout, onStdout);
  const stderrDone = splitLines(child.stderr, options.onOutput);

  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>(
    (resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.once('error', (error) => resolve({ code: null, signal: null, error }));
    },
  );
  if (child.pid !== undefined) {
    track(child.pid);
    options.onProcessGroup(child.pid);
  }
  let killTimer: NodeJS.Timeout | undefined;
  const kill = () => {
    if (child.pid === undefined) return;
    signalGroup(child.pid, 'SIGTERM');
    killTimer = setTimeout(
      () => child.pid !== undefined && signalGroup(child.pid, 'SIGKILL'),
      options.graceMs,
    );
  };
  if (options.signal.aborted) kill();
  else options.signal.addEventListener('abort', kill, { once: true });
  const ended = await exit;
  options.signal.removeEventListener('abort', kill);
  clearTimeout(killTimer);
  // A command's background process may hold the pipes open; its lines up to now are enough.
  await Promise.race([Promise.all([stdoutDone, stderrDone]), new Promise((r) => setTimeout(r, 500))]);

  if (options.signal.aborted) return { kind: 'killed' };
  if (ended.error) {
    return {
      kind: 'failed',
      command: all[0] as string,
      reason: `could not run ${options.shell}: ${ended.error.message}`,
    };
  }
  if (ended.code === 0) return { kind: 'succeeded' };
  const index = failure?.index ?? Math.max(started, 0);
  const reason = failure
    ? `exit status ${failure.status}`
    : ended.signal
      ? `the shell was killed by ${ended.signal}`
      : `exit status ${ended.code}`;
  return { kind: 'failed', command: all[index] as string, reason };
}
