import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localActionProblems } from '../scripts/lint-workflows.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workflowDir = path.join(root, '.github/workflows');
const workflows = readdirSync(workflowDir).filter((name) => /\.ya?ml$/.test(name));

describe('workflows pass only inputs the local actions declare', () => {
  it.each(workflows)('%s', (name) => {
    expect(localActionProblems(readFileSync(path.join(workflowDir, name), 'utf8'))).toEqual([]);
  });

  it('catches an unknown input, a missing required input and a missing action, with positions', () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: ./actions/build-container',
      '        with:',
      '          repositry: churn',
      '      - uses: ./actions/nope',
      '      - uses: actions/checkout@v4',
    ].join('\n');
    expect(localActionProblems(workflow)).toEqual([
      {
        line: 8,
        col: 11,
        message: './actions/build-container has no input "repositry"; did you mean "repository"?',
      },
      {
        line: 6,
        col: 9,
        message: './actions/build-container requires input "repository", which this step does not set',
      },
      { line: 9, col: 9, message: './actions/nope has no action.yml' },
    ]);
  });
});
