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
  if (inputs.target === 'sagemaker' && !inputs['endpoint-name']) {
    problems.push({ input: 'endpoint-name', value: '', allowed: 'it is required with target: sagemaker' });
  }
  const codeDeployGroupGiven = Boolean(
    inputs['codedeploy-application'] && inputs['codedeploy-deployment-group'],
  );
  if (inputs.target === 'codedeploy' && !inputs['codedeploy-deployment-id'] && !codeDeployGroupGiven) {
    problems.push({
      input: 'codedeploy-deployment-id',
      value: '',
      allowed:
        'with target: codedeploy, give codedeploy-deployment-id, or codedeploy-application and codedeploy-deployment-group',
    });
  }
  if (inputs.target === 'codedeploy' && inputs.to !== 'previous') {
    problems.push({
      input: 'to',
      value: inputs.to,
      allowed: 'previous only with target: codedeploy (the version before the deployment)',
    });
  }
  if (inputs.target === 'codedeploy' && inputs['reject-model-package']) {
    problems.push({
      input: 'reject-model-package',
      value: 'true',
      allowed: 'false with target: codedeploy, whose deployments record no model package',
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
