// Unchanged rebuild: build-container (the bundled dist) builds one context with buildah and pushes it
// to the emulator's ECR (backed by the local registry), then runs again on the same context, which
// must skip the build. The figure is the second run's wall time; the baseline is the first, full build.
// Usage: node bench/unchangedRebuild.js
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../scripts/actionRunner.js';
import { repoRoot, report, row } from './lib/benchReport.js';
import { startEmulatorProcess } from './lib/emulatorProcess.js';

const BUILDAH = '/usr/bin/buildah';
const REGISTRY = '/usr/bin/docker-registry';

async function main() {
  if (!existsSync(BUILDAH) || !existsSync(REGISTRY)) {
    throw new Error(`This figure needs ${BUILDAH} and ${REGISTRY}; one of them is missing.`);
  }
  const emulator = await startEmulatorProcess();
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-rebuild-'));
  try {
    await cp(path.join(repoRoot, 'e2e/fixtures/tiny-image'), path.join(work, 'model'), { recursive: true });
    const build = async () => {
      const started = Date.now();
      const run = await runAction('build-container', {
        // tiny-image has no `serve` to start, and the /ping check is not what this bench times.
        inputs: {
          context: 'model',
          builder: 'buildah',
          repository: 'bench/churn',
          tags: 'v1',
          'sagemaker-check': 'false',
        },
        env: { ...emulator.actionEnv, GITHUB_WORKSPACE: work, RUNNER_TEMP: work },
        timeoutMs: 300_000,
      });
      if (run.exitCode !== 0) {
        throw new Error(`build-container failed (exit ${run.exitCode}):\n${run.stdout.slice(-3000)}`);
      }
      return { seconds: (Date.now() - started) / 1000, skipped: run.outputs.skipped };
    };
    const first = await build();
    const second = await build();
    if (first.skipped !== 'false' || second.skipped !== 'true') {
      throw new Error(`expected a build then a skip, got skipped=${first.skipped} then ${second.skipped}`);
    }
    const rows = [
      row({
        name: 'build-container, unchanged context: second run (skips the build)',
        value: second.seconds,
        unit: 's',
        baseline: first.seconds,
        baselineName: 'first run (full buildah build and push)',
        target: { op: '<=', limit: 5 },
      }),
    ];
    await report('unchangedRebuild', rows);
  } finally {
    await emulator.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
