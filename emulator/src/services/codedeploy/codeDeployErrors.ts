import { AwsError } from '../../protocol/awsError';

/** A CodeDeploy error: the code is the exception's shape name in the SDK model. */
export const codeDeployError = (code: string, message: string): AwsError => new AwsError(code, message);

export const applicationMissing = (name: string): AwsError =>
  codeDeployError(
    'ApplicationDoesNotExistException',
    `No application found for name: ${name}. Create it with CreateApplication first.`,
  );

export const deploymentGroupMissing = (application: string, group: string): AwsError =>
  codeDeployError(
    'DeploymentGroupDoesNotExistException',
    `No Deployment Group found for name: ${group} in application ${application}. Create it with CreateDeploymentGroup first.`,
  );

export const deploymentConfigMissing = (name: string): AwsError =>
  codeDeployError(
    'DeploymentConfigDoesNotExistException',
    `No deployment configuration found for name: ${name}. Use a CodeDeployDefault.* config or create it with CreateDeploymentConfig.`,
  );

export const deploymentMissing = (id: string): AwsError =>
  codeDeployError('DeploymentDoesNotExistException', `Deployment ${id} does not exist.`);

export const invalidInput = (message: string): AwsError => codeDeployError('InvalidInputException', message);
