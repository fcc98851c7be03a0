// The suite's release workflow: triggered by version tags only, it publishes only after the dist check and
// the tests, and its publish script (run here with bash, gh and git replaced by recorders) releases the tag
// and moves the major tag, leaves the major tag alone for a prerelease, and refuses a tag that is no version.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
const workflow = YAML.parse(readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8'));
const steps: Step[] = workflow.jobs.release.steps;
const publishIndex = steps.findIndex((step) => step.name === 'Publish the release and move the major tag');
const SHA = '0123456789abcdef0123456789abcdef01234567';

/** Runs the publish script for a tag with recording gh and git; returns the exit code, calls and summary. */
function publish(tag: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-'));
  const calls = path.join(dir, 'calls');
  for (const tool of ['gh', 'git']) {
    const file = path.join(dir, tool);
    writeFileSync(file, `#!/bin/sh\necho "${tool} $*" >> "${calls}"\n`);
    chmodSync(file, 0o755);
  }
  writeFileSync(calls, '');
  const summary = path.join(dir, 'summary');
  writeFileSync(summary, '');
  const result = spawnSync('bash', ['-e', '-c', steps[publishIndex]!.run!], {
    env: {
      PATH: `${dir}:${process.env.PATH}`,
      TAG: tag,
      GH_TOKEN: 'token',
      GITHUB_SHA: SHA,
      GITHUB_STEP_SUMMARY: summary,
    },
    encoding: 'utf8',
  });
  const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return { status: result.status, output: result.stdout, calls: lines(calls), summary: lines(summary) };
}

describe('release workflow', () => {
  it('runs on version tags only', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*.*.*'] } });
  });

  it('publishes only after npm ci, the dist check and the tests', () => {
    const runs = steps.slice(0, publishIndex).map((step) => step.run);
    expect(publishIndex).toBeGreaterThan(0);
    expect(runs).toEqual(
      expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run check-dist', 'npm test']),
    );
  });

  it('reads the tag and the token from env, never from ${{ }} in the script', () => {
    expect(steps[publishIndex]!.run).not.toContain('${{');
    expect(steps[publishIndex]!.env).toEqual({
      GH_TOKEN: '${{ github.token }}',
      TAG: '${{ github.ref_name }}',
    });
  });

  it('publishes v1.4.0 and moves v1 to the commit', () => {
    const { status, calls, summary } = publish('v1.4.0');
    expect(status).toBe(0);
    expect(calls).toEqual([
      'gh release create v1.4.0 --verify-tag --generate-notes --title v1.4.0 --latest',
      `git tag --force v1 ${SHA}`,
      'git push --force origin refs/tags/v1',
    ]);
    expect(summary).toEqual([`Published v1.4.0 and moved v1 to ${SHA}.`]);
  });

  it('publishes v12.0.3 and moves v12', () => {
    expect(publish('v12.0.3').calls).toContain(`git tag --force v12 ${SHA}`);
  });

  it('publishes a prerelease without moving the major tag', () => {
    const { status, calls } = publish('v2.0.0-rc.1');
    expect(status).toBe(0);
    expect(calls).toEqual([
      'gh release create v2.0.0-rc.1 --verify-tag --generate-notes --title v2.0.0-rc.1 --prerelease',
    ]);
  });

  it.each(['v1.4', 'v1.4.0;rm -rf /', 'v1.x.0'])('refuses %s and publishes nothing', (tag) => {
    const { status, calls, output } = publish(tag);
    expect(status).toBe(1);
    expect(calls).toEqual([]);
    expect(output).toContain(`::error::${tag} is not a version tag`);
  });
});
