import * as core from '@actions/core';
import { maskCredentials } from './aws';
import { failureMessage, InputError, type InputProblem } from './errors';
import type { InputSchema, InputValues, OutputSchema } from './inputSchema';
import { readInputs } from './inputParsing';

export interface ActionContext<I extends InputSchema, O extends OutputSchema> {
  inputs: InputValues<I>;
  /** Sets an output at once, so outputs known early survive a later failure or cancel. */
  setOutput(name: keyof O & string, value: string): void;
  /** Aborted on SIGINT/SIGTERM, as GitHub sends when a run is cancelled. */
  signal: AbortSignal;
}

/**
 * The whole of a thin `main`: mask credentials, read and check inputs before any AWS call, run the
 * action's core, and turn any error into a failed step with a message that says what to do.
 */
export async function runAction<I extends InputSchema, O extends OutputSchema>(definition: {
  inputs: I;
  outputs: O;
  /** Rules across inputs (one of several sources, inputs that go together); checked before `run`. */
  crossCheck?: (inputs: InputValues<I>) => InputProblem[];
  run: (context: ActionContext<I, O>) => Promise<void>;
}): Promise<void> {
  const controller = new AbortController();
  const cancel = (signal: string) => {
    core.warning(`Received ${signal}: stopping.`);
    controller.abort(new Error(`cancelled by ${signal}`));
  };
  process.once('SIGINT', () => cancel('SIGINT'));
  process.once('SIGTERM', () => cancel('SIGTERM'));
  try {
    maskCredentials(process.env, core.setSecret);
    const inputs = readInputs(definition.inputs, (name) => core.getInput(name));
    const problems = definition.crossCheck?.(inputs) ?? [];
    if (problems.length) throw new InputError(problems);
    await definition.run({
      inputs,
      setOutput: (name, value) => {
        if (!(name in definition.outputs))
          throw new Error(`Output ${name} is not declared in the action's schema.`);
        core.setOutput(name, value);
      },
      signal: controller.signal,
    });
  } catch (err) {
    core.setFailed(failureMessage(err));
  }
}
