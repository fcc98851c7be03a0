// The end of a local run: one screen with every job, its result and its time, per event; whether each
// job ended as the story expects; and results.json for tools and tests.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const MARK = { success: '✓', failure: '✗', skipped: '–' };

/** The job of a run whose id (in the called workflow) is `id`: `pipeline / build` for `build`. */
export const jobNamed = (jobs, id) => jobs.find((job) => job.name === id || job.name.endsWith(` / ${id}`));

/** Every job whose result differs from what its events file expects, as sentences. */
export function surprisesOf(runs) {
  return runs.flatMap(({ scenario, jobs }) =>
    Object.entries(scenario.expect ?? {}).flatMap(([id, expected]) => {
      const result = jobNamed(jobs, id)?.result ?? 'not run';
      return result === expected ? [] : [`${scenario.file}: ${id} ended ${result}, expected ${expected}`];
    }),
  );
}

/** The one screen: a block per event, a line per job. */
export function resultScreen(runs, runDir) {
  const width = Math.max(...runs.flatMap((run) => run.jobs.map((job) => job.name.length)), 10);
  const lines = ['', '═'.repeat(72), `Local run: ${runDir}`];
  for (const { scenario, jobs, seconds } of runs) {
    lines.push('', `${scenario.title}  [${seconds.toFixed(0)} s]`);
    for (const job of jobs) {
      const time = job.result === 'skipped' ? '' : `${job.seconds.toFixed(1).padStart(6)} s`;
      const expected = scenario.expect?.[job.name.split(' / ').at(-1)];
      const flag = expected && expected !== job.result ? `   (expected ${expected})` : '';
      const why = job.result === 'skipped' ? `   ${job.why ?? ''}` : '';
      lines.push(
        `  ${MARK[job.result] ?? '?'} ${job.name.padEnd(width)}  ${job.result.padEnd(7)} ${time}${why}${flag}`,
      );
    }
  }
  const surprises = surprisesOf(runs);
  lines.push(
    '',
    surprises.length
      ? `${surprises.length} job(s) did not end as the story expects:`
      : 'Every job ended as the story expects.',
  );
  for (const surprise of surprises) lines.push(`  ${surprise}`);
  lines.push(`Logs and summaries: ${runDir}`, '═'.repeat(72));
  return { lines, surprises };
}

export async function writeResults(runs, runDir) {
  const results = runs.map(({ scenario, jobs, traffic, seconds }) => ({
    scenario: scenario.file,
    title: scenario.title,
    seconds,
    traffic,
    expect: scenario.expect,
    jobs: jobs.map(({ name, result, seconds: jobSeconds, why, outputs, notes, steps }) => ({
      name,
      result,
      seconds: jobSeconds,
      why,
      outputs,
      notes,
      steps,
    })),
  }));
  await writeFile(path.join(runDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}
