import type { InputProblem } from '@modelship/shared';
import type { RollbackInputs } from './rollbackRequest';
import { rollbackToProblem } from './rollbackTarget';

/** Rules across inputs, checked before any AWS call. */
export function rollbackInputProblems(inputs: RollbackInputs): InputProblem[] {
  const problems: InputProblem[] = [];
  const toProblem = rollbackToProblem(inputs.to);
  if (toProblem) problems.push({ input: 'to', value: inputs.to, allowed: toProblem });
  if (inputs.to === 'last-approved' && !inputs['model-package-group']) {
    problems.push({
      input: 'model-package-group',
      value: '',
      allowed: 'it is required with to: last-approved (the group whose newest Approved version to serve)',
    });
  }
  if (inputs.to === 'last-approved' && !inputs['execution-role-arn']) {
    problems.push({
      input: 'execution-role-arn',
      value: '',
      allowed: 'it is required with to: last-approved, which creates a model for the package version',
    });
  }
  if (inputs.target === 'codedeploy') {
    problems.push({
      input: 'target',
      value: 'codedeploy',
      allowed: 'codedeploy is not available in this version yet; use sagemaker',
    });
  }
  if (inputs['comment-on-pr'] && !inputs['github-token']) {
    problems.push({
      input: 'github-token',
      value: '',
      allowed: 'it is required with comment-on-pr: true (e.g. ${{ github.token }})',
    });
  }
  return problems;
}
