// The convention every bench script follows: one table on stdout, and bench/results/<name>.json with
// { rows: [{ name, value, unit, baseline, baselineName, ratio, target, missed }], machine: { cores, date } }.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(benchDir, '..');
export const resultsDir = path.join(benchDir, 'results');

/**
 * @typedef {object} Target
 * @property {'<=' | '>='} op
 * @property {number} limit
 * @property {'value' | 'ratio'} [of] what the limit applies to; the value by default
 */

/**
 * @typedef {object} Row
 * @property {string} name
 * @property {number | null} value
 * @property {string} unit
 * @property {number | null} baseline
 * @property {string | null} baselineName
 * @property {number | null} ratio value / baseline
 * @property {string | null} target in words, e.g. "≤ 2 s"
 * @property {boolean} missed
 */

const round = (n) => (n === null || n === undefined || !Number.isFinite(n) ? null : Number(n.toPrecision(4)));

/**
 * One row, with its ratio to the baseline and whether it misses its target.
 * @param {{ name: string, value: number | null, unit: string, baseline?: number | null,
 *   baselineName?: string | null, target?: Target }} row
 * @returns {Row}
 */
export function row({ name, value, unit, baseline = null, baselineName = null, target }) {
  const ratio = value !== null && baseline ? value / baseline : null;
  const judged = target?.of === 'ratio' ? ratio : value;
  const missed =
    target !== undefined &&
    (judged === null || (target.op === '<=' ? judged > target.limit : judged < target.limit));
  const targetText = target
    ? `${target.op === '<=' ? '≤' : '≥'} ${target.limit}${target.of === 'ratio' ? '×' : ` ${unit}`}`
    : null;
  return {
    name,
    value: round(value),
    unit,
    baseline: round(baseline),
    baselineName,
    ratio: round(ratio),
    target: targetText,
    missed,
  };
}

export const machine = () => ({ cores: os.cpus().length, date: new Date().toISOString() });

const cell = (v) => (v === null || v === undefined ? '—' : String(v));

/** The rows as a Markdown table, MISSED on each row that misses its target. */
export function table(rows) {
  const head = '| figure | value | baseline | ratio | target | |\n|---|---:|---|---:|---|---|';
  const lines = rows.map(
    (r) =>
      `| ${r.name} | ${cell(r.value)} ${r.unit} | ${r.baselineName ? `${cell(r.baseline)} ${r.unit} (${r.baselineName})` : '—'} | ${r.ratio === null ? '—' : `${r.ratio}×`} | ${cell(r.target)} | ${r.missed ? 'MISSED' : r.target ? 'ok' : ''} |`,
  );
  return [head, ...lines].join('\n');
}

/** Writes `text` to `file` as the repository's prettier settings lay it out, so that lint passes. */
export async function writeFormatted(file, text) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  await writeFile(file, await prettier.format(text, { ...options, filepath: file }));
}

/** Prints the table and writes bench/results/<name>.json. */
export async function report(name, rows, extra = {}) {
  const result = { rows, machine: machine(), ...extra };
  await mkdir(resultsDir, { recursive: true });
  await writeFormatted(path.join(resultsDir, `${name}.json`), JSON.stringify(result, null, 2));
  console.log(`\n${name}\n${table(rows)}\n`);
  return result;
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
