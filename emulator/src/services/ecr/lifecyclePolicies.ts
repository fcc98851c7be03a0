import type {
  DeleteLifecyclePolicyRequest,
  DeleteLifecyclePolicyResponse,
  GetLifecyclePolicyRequest,
  GetLifecyclePolicyResponse,
  PutLifecyclePolicyRequest,
  PutLifecyclePolicyResponse,
} from '@aws-sdk/client-ecr';
import type { OperationHandler } from '../../protocol/types';
import { lifecyclePolicyNotFound } from './ecrErrors';
import { checkLifecyclePolicyText } from './lifecyclePolicyText';
import type { RepositoryStore } from './repositoryStore';
import { checkRepositoryName } from './validation';

/** Lifecycle policies are validated and kept; the emulator does not expire images by them. */
export function lifecyclePolicyOperations(repositories: RepositoryStore): Record<string, OperationHandler> {
  const registryId = repositories.registryId;
  const withPolicy = (input: { repositoryName?: string }) => {
    const repository = repositories.get(checkRepositoryName(input.repositoryName));
    if (repository.lifecyclePolicyText === undefined)
      throw lifecyclePolicyNotFound(repository.name, registryId);
    return { repository, lifecyclePolicyText: repository.lifecyclePolicyText };
  };
  return {
    PutLifecyclePolicy: (input: PutLifecyclePolicyRequest): PutLifecyclePolicyResponse => {
      const repository = repositories.get(checkRepositoryName(input.repositoryName));
      repository.lifecyclePolicyText = checkLifecyclePolicyText(input.lifecyclePolicyText);
      return {
        registryId,
        repositoryName: repository.name,
        lifecyclePolicyText: repository.lifecyclePolicyText,
      };
    },
    GetLifecyclePolicy: (input: GetLifecyclePolicyRequest): GetLifecyclePolicyResponse => {
      const { repository, lifecyclePolicyText } = withPolicy(input);
      return { registryId, repositoryName: repository.name, lifecyclePolicyText };
    },
    DeleteLifecyclePolicy: (input: DeleteLifecyclePolicyRequest): DeleteLifecyclePolicyResponse => {
      const { repository, lifecyclePolicyText } = withPolicy(input);
      repository.lifecyclePolicyText = undefined;
      return { registryId, repositoryName: repository.name, lifecyclePolicyText };
    },
  };
}
