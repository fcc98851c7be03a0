import { ModelshipError, type ActionContext } from '@modelship/shared';
import { runCases } from './caseRun';
import type { inputs, outputs } from './inputs';
import { resolveLoad } from './loadPlan';
import { runLoadPhase } from './loadRun';
import type { InvocationTarget } from './ports';
import { reportRun, type ReportPorts } from './runReport';
import { selectTarget, type TargetPorts } from './targetSelection';
import { judgeRun, type TestRunResult } from './testRunResult';
import { loadTestSuites } from './testFileLoader';
import type { TestCase } from './testSuite';

export type IntegrationTestContext = ActionContext<typeof inputs, typeof outputs>;

/** The step's edges, wired by main.ts: the target's clients and processes, files, annotations, reports. */
export interface IntegrationTestPorts extends TargetPorts, ReportPorts {
  /** Where `tests` globs and `junit-report` paths are relative to (GITHUB_WORKSPACE). */
  workspace: string;
}

/**
 * The whole step, as phases: load the test files (every problem named before anything starts), make
 * sure the target answers, run the cases, run the load, judge, report. Any failed case or threshold
 * fails the step, and says which. A process or container the step started is stopped in every case.
 */
export async function integrationTestStep(
  context: IntegrationTestContext,
  ports: IntegrationTestPorts,
): Promise<void> {
  const { inputs: values, logger, clock } = context;
  const suites = loadTestSuites(values.tests, ports.workspace);
  const load = resolveLoad(values, suites);
  const cases = suites.flatMap((s) => s.cases);
  const loadCases = casesExpectingSuccess(cases);
  logger.info(
    `Loaded ${cases.length} case(s) from ${suites.length} file(s)${load ? '' : '; no load run (load-rps is 0 or unset)'}.`,
  );
  const timeoutMs = values['timeout-minutes'] * 60_000;
  const deadlineAt = clock.now() + timeoutMs;
  let target: InvocationTarget | undefined;
  let result: TestRunResult;
  try {
    const connections = load?.plan.concurrency ?? 1;
    target = await selectTarget(values, ports, { clock, timeoutMs, connections });
    const ready = target;
    await logger.group(`Waiting for ${ready.description} to answer`, () => ready.ready(context.signal));
    const phase = { workspace: ports.workspace, logger, clock, signal: context.signal, deadlineAt };
    const outcomes = await logger.group(`Cases against ${ready.description}`, () =>
      runCases(suites, ready, phase),
    );
    const stats = load && (await runLoadPhase(load, loadCases, ready, phase));
    result = judgeRun(ready.description, outcomes, load && stats && { resolved: load, stats });
  } finally {
    await target?.stop();
  }
  await reportRun(context, ports, result);
  if (!result.ok) throw failedRunError(result);
}

function failedRunError(result: TestRunResult): ModelshipError {
  const failedCases = result.cases
    .filter((c) => c.error || c.failures.length)
    .map((c) => `case "${c.name}" (${c.file})`);
  const missed = result.thresholds
    .filter((t) => !t.passed)
    .map((t) => `${t.name} (limit ${t.limit}, measured ${Math.round(t.actual * 1000) / 1000})`);
  const what = [
    ...(failedCases.length ? [`${failedCases.length} case(s) failed: ${failedCases.join(', ')}`] : []),
    ...(missed.length ? [`load thresholds missed: ${missed.join(', ')}`] : []),
  ];
  return new ModelshipError(
    `Integration tests against ${result.target} failed. ${what.join('; ')}.`,
    'Each failed expectation is an annotation with the expected and the actual value; the job summary has the table.',
  );
}

/**
 * The load run sends the requests that should succeed, so that an error in it is a real one: a case
 * that expects a 400 is a contract test, not load. With no such case, every case is sent.
 */
function casesExpectingSuccess(cases: TestCase[]): TestCase[] {
  const succeeding = cases.filter((c) => c.expect.status === undefined || c.expect.status < 300);
  return succeeding.length ? succeeding : cases;
}
