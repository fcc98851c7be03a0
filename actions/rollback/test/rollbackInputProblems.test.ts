import { describe, expect, it } from '@jest/globals';
import { readInputs } from '@modelship/shared';
import { inputs } from '../src/inputs';
import { rollbackInputProblems } from '../src/rollbackInputProblems';

const read = (raw: Record<string, string>) =>
  readInputs(inputs, (name) => ({ 'endpoint-name': 'churn', ...raw })[name] ?? '');

describe('rollbackInputProblems', () => {
  it('accepts the defaults', () => {
    expect(rollbackInputProblems(read({}))).toEqual([]);
  });

  it('needs a group and a role for last-approved', () => {
    expect(rollbackInputProblems(read({ to: 'last-approved' })).map((p) => p.input)).toEqual([
      'model-package-group',
      'execution-role-arn',
    ]);
    expect(
      rollbackInputProblems(
        read({
          to: 'last-approved',
          'model-package-group': 'churn',
          'execution-role-arn': 'arn:aws:iam::123456789012:role/sagemaker',
        }),
      ),
    ).toEqual([]);
  });

  it('refuses a `to` that cannot name a config', () => {
    expect(rollbackInputProblems(read({ to: 'churn_v1' }))).toEqual([
      expect.objectContaining({ input: 'to', value: 'churn_v1' }),
    ]);
  });

  it('says that codedeploy needs a deployment or a group, and that comment-on-pr needs a token', () => {
    expect(rollbackInputProblems(read({ target: 'codedeploy', 'comment-on-pr': 'true' }))).toEqual([
      expect.objectContaining({
        input: 'codedeploy-deployment-id',
        allowed: expect.stringContaining('codedeploy-application and codedeploy-deployment-group'),
      }),
      expect.objectContaining({ input: 'github-token' }),
    ]);
    expect(
      rollbackInputProblems(
        read({ target: 'codedeploy', 'codedeploy-application': 'a', 'codedeploy-deployment-group': 'g' }),
      ),
    ).toEqual([]);
  });
});
