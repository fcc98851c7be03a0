/** An error the user can act on: the message says what happened, the hint what to do next. */
export class ModelshipError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ModelshipError';
  }
}

/** One bad input: its name, the value given, what is allowed, and the closest allowed value. */
export interface InputProblem {
  input: string;
  value: string;
  allowed: string;
  didYouMean?: string;
}

export function describeInputProblem(problem: InputProblem): string {
  const given = problem.value === '' ? 'is missing' : `is ${JSON.stringify(problem.value)}`;
  const suggestion = problem.didYouMean ? ` Did you mean "${problem.didYouMean}"?` : '';
  return `Input "${problem.input}" ${given}; ${problem.allowed.replace(/\.$/, '')}.${suggestion}`;
}

/** Every bad input of one step at once, so a user fixes them in one go rather than one run each. */
export class InputError extends ModelshipError {
  constructor(readonly problems: InputProblem[]) {
    super(
      problems.map(describeInputProblem).join('\n'),
      'Fix the inputs in the workflow file; the action README lists each one with its allowed values.',
    );
    this.name = 'InputError';
  }

  static single(problem: InputProblem): InputError {
    return new InputError([problem]);
  }
}

/** The text for core.setFailed: the message, then the hint, then AWS's own error code when there is one. */
export function failureMessage(err: unknown): string {
  if (err instanceof ModelshipError)
    return err.hint ? `${err.message}\nWhat to do: ${err.hint}` : err.message;
  if (err instanceof Error) {
    const code = (err as { name?: string }).name;
    const prefix = code && code !== 'Error' ? `${code}: ` : '';
    return `${prefix}${err.message}`;
  }
  return String(err);
}
