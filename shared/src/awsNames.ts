import { parseDeploymentConfig } from './deploymentConfig';
import { InputError } from './errors';

/** SageMaker's rule for endpoint, config, model, job and group names. */
export const SAGEMAKER_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
export const SAGEMAKER_NAME_RULE =
  'it must be 1 to 63 letters, digits and hyphens, starting with a letter or digit';

export const S3_URI = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/;
export const S3_URI_RULE = 'it must be an S3 URI such as s3://my-bucket/path/';

/** For an input schema's `validate`: what is allowed when the name does not parse. */
export function validateDeploymentConfig(value: string): string | undefined {
  try {
    parseDeploymentConfig(value);
    return undefined;
  } catch (err) {
    if (err instanceof InputError && err.problems[0]) {
      const problem = err.problems[0];
      return problem.didYouMean
        ? `${problem.allowed}. Did you mean "${problem.didYouMean}"?`
        : problem.allowed;
    }
    throw err;
  }
}
