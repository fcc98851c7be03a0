import { withAwsErrorHint } from './awsErrorHints';
import { systemClock, type Clock } from './clock';
import { maskCredentials } from './credentialMasking';
import { failureMessage, InputError, type InputProblem } from './errors';
import type { InputSchema, InputValues, OutputSchema } from './inputSchema';
import { holdsYaml, loadYamlParse, parseInputs } from './inputParsing';
import { actionsLogger, type Logger } from './logger';
import { runnerIo, type ActionIo } from './runnerIo';

export interface ActionContext<I extends InputSchema, O extends OutputSchema> {
  inputs: InputValues<I>;
  /** Sets an output at once, so outputs known early survive a later failure or cancel. */
  setOutput(name: keyof O & string, value: string): void;
  /** Aborted on SIGINT/SIGTERM, as GitHub sends when a run is cancelled. */
  signal: AbortSignal;
  logger: Logger;
  clock: Clock;
  env: NodeJS.ProcessEnv;
}

export type { ActionIo } from './runnerIo';

export interface ActionDefinition<I extends InputSchema, O extends OutputSchema> {
  /** The folder under actions/, which names the action's IAM policy (policies/<name>.json) in error hints. */
  name?: string;
  inputs: I;
  outputs: O;
  /** Rules across inputs (one of several sources, inputs that go together); checked before `run`. */
  crossCheck?: (inputs: InputValues<I>) => InputProblem[];
  run: (context: ActionContext<I, O>) => Promise<void>;
}

/** Where cancellation comes from: the process in production, an EventEmitter in tests. */
export interface SignalSource {
  once(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
}

/**
 * The whole of a thin `main`: mask credentials, read and check inputs before any AWS call, run the
 * action's core, and turn any error into a failed step (`::error::` and exit code 1) with a message
 * that says what to do, AWS errors a workflow author can fix included (see awsErrorHints). Returns whether the step succeeded, for tests.
 */
export async function runAction<I extends InputSchema, O extends OutputSchema>(
  definition: ActionDefinition<I, O>,
  environment: {
    io?: ActionIo;
    logger?: Logger;
    clock?: Clock;
    env?: NodeJS.ProcessEnv;
    signals?: SignalSource;
  } = {},
): Promise<boolean> {
  const io = environment.io ?? runnerIo();
  const logger = environment.logger ?? actionsLogger;
  const env = environment.env ?? process.env;
  const signals: SignalSource = environment.signals ?? process;
  const controller = new AbortController();
  const cancel = (signal: NodeJS.Signals) => {
    logger.warning(`Received ${signal}: stopping.`);
    controller.abort(new Error(`cancelled by ${signal}`));
  };
  signals.once('SIGINT', cancel);
  signals.once('SIGTERM', cancel);
  try {
    maskCredentials(env, io.setSecret);
    const parseYaml = holdsYaml(definition.inputs, io.getInput) ? await loadYamlParse() : undefined;
    const inputs = parseInputs(definition.inputs, io.getInput, { parseYaml });
    const problems = definition.crossCheck?.(inputs) ?? [];
    if (problems.length) throw new InputError(problems);
    await io.prepare?.();
    await definition.run({
      inputs,
      setOutput: (name, value) => {
        if (!(name in definition.outputs))
          throw new Error(`Output ${name} is not declared in the action's schema.`);
        io.setOutput(name, value);
      },
      signal: controller.signal,
      logger,
      clock: environment.clock ?? systemClock,
      env,
    });
    return true;
  } catch (err) {
    io.setFailed(failureMessage(withAwsErrorHint(err, definition.name)));
    return false;
  } finally {
    signals.off('SIGINT', cancel);
    signals.off('SIGTERM', cancel);
  }
}
