import type {
  CreateRepositoryRequest,
  CreateRepositoryResponse,
  DeleteRepositoryRequest,
  DescribeRepositoriesRequest,
  DescribeRepositoriesResponse,
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
  PutImageScanningConfigurationRequest,
  PutImageScanningConfigurationResponse,
  PutImageTagMutabilityRequest,
  PutImageTagMutabilityResponse,
  TagResourceRequest,
  TagResourceResponse,
  UntagResourceRequest,
  UntagResourceResponse,
} from '@aws-sdk/client-ecr';
import type { OperationHandler } from '../../protocol/types';
import { invalidParameter, repositoryAlreadyExists, repositoryNotEmpty } from './ecrErrors';
import type { ImageStore } from './imageStore';
import { pageOf } from './paging';
import {
  describeRepository,
  mergeTags,
  type RepositoryRecord,
  type RepositoryStore,
} from './repositoryStore';
import { checkExclusionFilters } from './tagMutability';
import {
  checkEnum,
  checkMaxResults,
  checkRepositoryName,
  ENCRYPTION_TYPES,
  TAG_MUTABILITIES,
} from './validation';

export interface RepositoryDeps {
  repositories: RepositoryStore;
  images: ImageStore;
  now: () => number;
}

function checkScanningConfiguration(value: unknown): boolean {
  if (value === undefined) return false;
  const scanOnPush = (value as { scanOnPush?: unknown } | null)?.scanOnPush;
  if (scanOnPush !== undefined && typeof scanOnPush !== 'boolean') {
    throw invalidParameter('imageScanningConfiguration.scanOnPush must be true or false.');
  }
  return scanOnPush === true;
}

function checkEncryption(
  value: unknown,
  region: string,
  accountId: string,
): RepositoryRecord['encryptionConfiguration'] {
  if (value === undefined) return { encryptionType: 'AES256' };
  const { encryptionType, kmsKey } = (value ?? {}) as Record<string, unknown>;
  const type = checkEnum(encryptionType, ENCRYPTION_TYPES, 'encryptionConfiguration.encryptionType');
  if (!type)
    throw invalidParameter('encryptionConfiguration.encryptionType is required: AES256, KMS or KMS_DSSE.');
  if (type === 'AES256') {
    if (kmsKey !== undefined) {
      throw invalidParameter('kmsKey can only be given when encryptionType is KMS or KMS_DSSE.');
    }
    return { encryptionType: type };
  }
  if (kmsKey !== undefined && (typeof kmsKey !== 'string' || kmsKey === '')) {
    throw invalidParameter('encryptionConfiguration.kmsKey must be a KMS key ARN or ID.');
  }
  // Without a key, AWS uses its managed key for ECR.
  return {
    encryptionType: type,
    kmsKey: (kmsKey as string | undefined) ?? `arn:aws:kms:${region}:${accountId}:alias/aws/ecr`,
  };
}

/** Repositories, their settings and their resource tags. */
export function repositoryOperations({
  repositories,
  images,
  now,
}: RepositoryDeps): Record<string, OperationHandler> {
  const registryId = repositories.registryId;
  return {
    CreateRepository: (input: CreateRepositoryRequest, ctx): CreateRepositoryResponse => {
      const name = checkRepositoryName(input.repositoryName);
      const imageTagMutability =
        checkEnum(input.imageTagMutability, TAG_MUTABILITIES, 'imageTagMutability') ?? 'MUTABLE';
      const repository: RepositoryRecord = {
        name,
        registryId,
        region: ctx.region,
        createdAt: new Date(now()),
        imageTagMutability,
        imageTagMutabilityExclusionFilters: checkExclusionFilters(
          imageTagMutability,
          input.imageTagMutabilityExclusionFilters,
        ),
        scanOnPush: checkScanningConfiguration(input.imageScanningConfiguration),
        encryptionConfiguration: checkEncryption(input.encryptionConfiguration, ctx.region, ctx.accountId),
        tags: input.tags === undefined ? [] : mergeTags([], input.tags),
      };
      if (repositories.has(name)) throw repositoryAlreadyExists(name, registryId);
      repositories.add(repository);
      return { repository: describeRepository(repository) };
    },

    DescribeRepositories: (input: DescribeRepositoriesRequest): DescribeRepositoriesResponse => {
      const maxResults = checkMaxResults(input.maxResults);
      if (input.repositoryNames !== undefined) {
        if (!Array.isArray(input.repositoryNames) || input.repositoryNames.length === 0) {
          throw invalidParameter('repositoryNames must list 1 to 100 repository names.');
        }
        if (maxResults !== undefined || input.nextToken !== undefined) {
          throw invalidParameter('maxResults and nextToken cannot be used together with repositoryNames.');
        }
        return {
          repositories: input.repositoryNames.map((name: unknown) =>
            describeRepository(repositories.get(checkRepositoryName(name))),
          ),
        };
      }
      const all = repositories.all().sort((a, b) => a.name.localeCompare(b.name));
      const { page, nextToken } = pageOf(all, maxResults, input.nextToken);
      return { repositories: page.map(describeRepository), nextToken };
    },

    DeleteRepository: async (input: DeleteRepositoryRequest) => {
      const name = checkRepositoryName(input.repositoryName);
      const repository = repositories.get(name);
      if (input.force !== true && (await images.list(name)).length > 0)
        throw repositoryNotEmpty(name, registryId);
      await images.deleteRepository(name);
      repositories.delete(name);
      return { repository: describeRepository(repository) };
    },

    PutImageScanningConfiguration: (
      input: PutImageScanningConfigurationRequest,
    ): PutImageScanningConfigurationResponse => {
      const repository = repositories.get(checkRepositoryName(input.repositoryName));
      if (input.imageScanningConfiguration === undefined) {
        throw invalidParameter('imageScanningConfiguration is required: pass {scanOnPush: true|false}.');
      }
      repository.scanOnPush = checkScanningConfiguration(input.imageScanningConfiguration);
      return {
        registryId,
        repositoryName: repository.name,
        imageScanningConfiguration: { scanOnPush: repository.scanOnPush },
      };
    },

    PutImageTagMutability: (input: PutImageTagMutabilityRequest): PutImageTagMutabilityResponse => {
      const repository = repositories.get(checkRepositoryName(input.repositoryName));
      const mutability = checkEnum(input.imageTagMutability, TAG_MUTABILITIES, 'imageTagMutability');
      if (!mutability)
        throw invalidParameter(`imageTagMutability is required: ${TAG_MUTABILITIES.join(', ')}.`);
      const filters = checkExclusionFilters(mutability, input.imageTagMutabilityExclusionFilters);
      repository.imageTagMutability = mutability;
      repository.imageTagMutabilityExclusionFilters = filters;
      return {
        registryId,
        repositoryName: repository.name,
        imageTagMutability: mutability,
        imageTagMutabilityExclusionFilters: filters,
      };
    },

    ListTagsForResource: (input: ListTagsForResourceRequest): ListTagsForResourceResponse => ({
      tags: repositories.byArn(input.resourceArn).tags,
    }),

    TagResource: (input: TagResourceRequest): TagResourceResponse => {
      const repository = repositories.byArn(input.resourceArn);
      repository.tags = mergeTags(repository.tags, input.tags);
      return {};
    },

    UntagResource: (input: UntagResourceRequest): UntagResourceResponse => {
      const repository = repositories.byArn(input.resourceArn);
      const keys = input.tagKeys;
      if (!Array.isArray(keys)) throw invalidParameter('tagKeys is required: pass the keys to remove.');
      repository.tags = repository.tags.filter((t) => !keys.includes(t.Key));
      return {};
    },
  };
}
