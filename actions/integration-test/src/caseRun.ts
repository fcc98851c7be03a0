import path from 'node:path';
import { ModelshipError, type Clock, type Logger } from '@modelship/shared';
import { checkExpectations } from './expectationCheck';
import type { CaseOutcome } from './junitReport';
import type { InvocationTarget } from './ports';
import type { TestSuite } from './testSuite';

/**
 * Every case of every suite, one after the other (a contract test is about answers, not speed), each
 * checked against its expectations. A request that got no answer fails its case with the reason.
 */
export async function runCases(
  suites: TestSuite[],
  target: InvocationTarget,
  options: { workspace: string; logger: Logger; signal: AbortSignal; clock: Clock; deadlineAt: number },
): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  for (const suite of suites) {
    const file = path.relative(options.workspace, suite.file) || suite.file;
    for (const testCase of suite.cases) {
      options.signal.throwIfAborted();
      if (options.clock.now() > options.deadlineAt) throw timedOut(testCase.name, outcomes.length);
      const response = await target.invoke(testCase, options.signal);
      const outcome: CaseOutcome = response.unanswered
        ? { file, name: testCase.name, latencyMs: response.latencyMs, failures: [], error: response.detail }
        : {
            file,
            name: testCase.name,
            latencyMs: response.latencyMs,
            failures: checkExpectations(testCase.expect, response, suite.approxDefault),
            note: response.detail,
          };
      options.logger.info(caseLine(outcome));
      outcomes.push(outcome);
    }
  }
  return outcomes;
}

export const casePassed = (outcome: CaseOutcome) => !outcome.error && outcome.failures.length === 0;

function caseLine(outcome: CaseOutcome): string {
  const latency = `${Math.round(outcome.latencyMs)} ms`;
  if (casePassed(outcome)) return `✓ ${outcome.file}: ${outcome.name} (${latency})`;
  const why =
    outcome.error ??
    outcome.failures.map((f) => `${f.field}: expected ${f.expected}, got ${f.actual}`).join('; ');
  return `✗ ${outcome.file}: ${outcome.name} (${latency}): ${why}${outcome.note ? ` — ${outcome.note}` : ''}`;
}

const timedOut = (name: string, done: number) =>
  new ModelshipError(
    `The tests did not finish within timeout-minutes: ${done} case(s) ran, case "${name}" and the rest did not.`,
    'Raise timeout-minutes, or make the model answer faster; what the step started has been stopped.',
  );
