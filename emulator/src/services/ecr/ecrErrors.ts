import { AwsError } from '../../protocol/awsError';

/** ECR's errors, worded as ECR words them, with what to do next where ECR leaves it out. */
export const invalidParameter = (message: string): AwsError =>
  new AwsError('InvalidParameterException', message);

/** ECR's own wording for a parameter that breaks a rule, then what to do about it. */
export const parameterConstraint = (member: string, rule: string, hint = ''): AwsError =>
  invalidParameter(`Invalid parameter at '${member}' failed to satisfy constraint: '${rule}'${hint}`);

export const repositoryNotFound = (name: string, registryId: string): AwsError =>
  new AwsError(
    'RepositoryNotFoundException',
    `The repository with name '${name}' does not exist in the registry with id '${registryId}'. Create it first with CreateRepository.`,
  );

export const repositoryAlreadyExists = (name: string, registryId: string): AwsError =>
  new AwsError(
    'RepositoryAlreadyExistsException',
    `The repository with name '${name}' already exists in the registry with id '${registryId}'`,
  );

export const repositoryNotEmpty = (name: string, registryId: string): AwsError =>
  new AwsError(
    'RepositoryNotEmptyException',
    `The repository with name '${name}' in registry with id '${registryId}' cannot be deleted because it still contains images. Delete the images first, or pass force: true.`,
  );

export const lifecyclePolicyNotFound = (name: string, registryId: string): AwsError =>
  new AwsError(
    'LifecyclePolicyNotFoundException',
    `Lifecycle policy does not exist for the repository with name '${name}' in the registry with id '${registryId}'`,
  );

export const serverError = (message: string): AwsError => new AwsError('ServerException', message, 500);
