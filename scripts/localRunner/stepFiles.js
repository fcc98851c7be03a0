// The files a runner hands each step (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH,
// GITHUB_STEP_SUMMARY) and what it reads back from them after the step.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseGithubOutput } from '../actionRunner.js';

const FILES = {
  GITHUB_OUTPUT: 'output',
  GITHUB_STATE: 'state',
  GITHUB_ENV: 'env',
  GITHUB_PATH: 'path',
  GITHUB_STEP_SUMMARY: 'summary.md',
};

/** Fresh, empty files for one step under `dir`; returns their variables. */
export async function createStepFiles(dir) {
  await mkdir(dir, { recursive: true });
  /** @type {Record<string, string>} */
  const variables = {};
  for (const [variable, name] of Object.entries(FILES)) {
    variables[variable] = path.join(dir, name);
    await writeFile(variables[variable], '');
  }
  return variables;
}

/**
 * @typedef {object} StepFileResults
 * @property {Record<string, string>} outputs @property {Record<string, string>} state
 * @property {Record<string, string>} env added to the job's environment for the steps after
 * @property {string[]} path prepended to PATH for the steps after
 * @property {string} summary
 */

/** @returns {Promise<StepFileResults>} */
export async function readStepFiles(variables) {
  const read = (variable) => readFile(variables[variable], 'utf8');
  return {
    outputs: parseGithubOutput(await read('GITHUB_OUTPUT')),
    state: parseGithubOutput(await read('GITHUB_STATE')),
    env: parseGithubOutput(await read('GITHUB_ENV')),
    path: (await read('GITHUB_PATH'))
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .reverse(),
    summary: await read('GITHUB_STEP_SUMMARY'),
  };
}
