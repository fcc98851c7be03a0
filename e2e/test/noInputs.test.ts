import { describe, expect, it } from '@jest/globals';
import { nodeRuntimes, runAction } from '../../scripts/actionRunner.js';

const actions = ['build-container', 'train', 'deploy-endpoint', 'rollback', 'integration-test'];

describe.each(nodeRuntimes)('every bundled action run with no inputs on %s', (node) => {
  it.each(actions)('%s exits 1 with an ::error:: naming a missing required input', async (action) => {
    const run = await runAction(action, { node });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toMatch(/required/i);
    expect(run.outputs).toEqual({});
  });
});
