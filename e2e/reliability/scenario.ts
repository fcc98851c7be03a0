import { runAction, type ActionRun, type RunActionOptions } from '../../scripts/actionRunner.js';
import type { ScenarioResult, ScenarioResults } from './scenarioResults';
import { findSecrets, type SecretLeak } from './secretScan';

/** Runs actions for one scenario with the suite's credentials, scanning every run for the secrets. */
export class ScenarioRuns {
  readonly leaks: SecretLeak[] = [];

  constructor(
    private readonly env: Record<string, string>,
    private readonly secrets: Record<string, string>,
  ) {}

  async run(action: string, options: RunActionOptions = {}): Promise<ActionRun> {
    const run = await runAction(action, { ...options, env: { ...this.env, ...options.env } });
    this.leaks.push(...findSecrets(run, this.secrets));
    return run;
  }
}

type ScenarioMeta = Pick<ScenarioResult, 'category' | 'action' | 'scenario'>;
/** What a scenario adds to its result: timings, faults injected, a note. */
type ScenarioExtras = Partial<Omit<ScenarioResult, keyof ScenarioMeta | 'survived' | 'secretsFound'>>;

/**
 * Runs a scenario's body, whose assertions check the final state, and records whether they all held
 * and how many secrets its runs showed; a leaked secret fails the scenario too.
 */
export async function runScenario(
  results: ScenarioResults,
  meta: ScenarioMeta,
  runs: ScenarioRuns,
  body: (runs: ScenarioRuns) => Promise<ScenarioExtras | void>,
): Promise<void> {
  let extras: ScenarioExtras | void = undefined;
  try {
    extras = await body(runs);
  } catch (err) {
    results.add({ ...meta, survived: false, secretsFound: runs.leaks.length, note: firstLine(err) });
    throw err;
  }
  results.add({ ...meta, ...extras, survived: runs.leaks.length === 0, secretsFound: runs.leaks.length });
  if (runs.leaks.length) {
    throw new Error(`Secrets in the log: ${runs.leaks.map((l) => `${l.secret} in ${l.where}`).join(', ')}`);
  }
}

const firstLine = (err: unknown) =>
  String((err as Error)?.message ?? err)
    .split('\n')[0]
    ?.slice(0, 160);
