import type { EncryptionType } from '@aws-sdk/client-ecr';
import { AwsError } from '../../protocol/awsError';
import { invalidParameter, parameterConstraint, repositoryNotFound } from './ecrErrors';
import type { ExclusionFilter } from './tagMutability';
import type { TagMutability } from './validation';

export interface ResourceTag {
  Key: string;
  Value: string;
}

export interface RepositoryRecord {
  name: string;
  registryId: string;
  region: string;
  createdAt: Date;
  imageTagMutability: TagMutability;
  imageTagMutabilityExclusionFilters?: ExclusionFilter[];
  scanOnPush: boolean;
  encryptionConfiguration: { encryptionType: EncryptionType; kmsKey?: string };
  tags: ResourceTag[];
  lifecyclePolicyText?: string;
}

export const repositoryArn = (r: RepositoryRecord): string =>
  `arn:aws:ecr:${r.region}:${r.registryId}:repository/${r.name}`;

/** As AWS returns it; SageMaker image URIs use it, and the emulator binds images by the part after `/`. */
export const repositoryUri = (r: RepositoryRecord): string =>
  `${r.registryId}.dkr.ecr.${r.region}.amazonaws.com/${r.name}`;

/** The Repository shape of the API. */
export function describeRepository(r: RepositoryRecord) {
  return {
    repositoryArn: repositoryArn(r),
    registryId: r.registryId,
    repositoryName: r.name,
    repositoryUri: repositoryUri(r),
    createdAt: r.createdAt,
    imageTagMutability: r.imageTagMutability,
    imageTagMutabilityExclusionFilters: r.imageTagMutabilityExclusionFilters,
    imageScanningConfiguration: { scanOnPush: r.scanOnPush },
    encryptionConfiguration: r.encryptionConfiguration,
  };
}

const MAX_TAGS = 50;

/** Merges `added` into `existing` as TagResource does: a key given again takes the new value. */
export function mergeTags(existing: ResourceTag[], added: unknown): ResourceTag[] {
  if (!Array.isArray(added)) throw invalidParameter('tags is required: pass a list of {Key, Value}.');
  const merged = new Map(existing.map((t) => [t.Key, t.Value]));
  for (const tag of added as Array<Record<string, unknown>>) {
    const key = tag?.Key;
    const value = tag?.Value ?? '';
    if (
      typeof key !== 'string' ||
      key.length < 1 ||
      key.length > 128 ||
      key.toLowerCase().startsWith('aws:')
    ) {
      throw new AwsError(
        'InvalidTagParameterException',
        `Invalid tag key '${String(key)}': use 1 to 128 characters not starting with aws:.`,
      );
    }
    if (typeof value !== 'string' || value.length > 256) {
      throw new AwsError(
        'InvalidTagParameterException',
        `Invalid value for tag '${key}': use at most 256 characters.`,
      );
    }
    merged.set(key, value);
  }
  if (merged.size > MAX_TAGS) {
    throw new AwsError(
      'TooManyTagsException',
      `A repository can have at most ${MAX_TAGS} tags; this request would give it ${merged.size}. Remove some with UntagResource.`,
    );
  }
  return [...merged].map(([Key, Value]) => ({ Key, Value }));
}

/** Repositories by name; one registry (the emulator's account) holds them all. */
export class RepositoryStore {
  private readonly repositories = new Map<string, RepositoryRecord>();

  constructor(readonly registryId: string) {}

  has(name: string): boolean {
    return this.repositories.has(name);
  }

  get(name: string): RepositoryRecord {
    const repository = this.repositories.get(name);
    if (!repository) throw repositoryNotFound(name, this.registryId);
    return repository;
  }

  add(repository: RepositoryRecord): void {
    this.repositories.set(repository.name, repository);
  }

  delete(name: string): void {
    this.repositories.delete(name);
  }

  all(): RepositoryRecord[] {
    return [...this.repositories.values()];
  }

  /** The repository an `arn:aws:ecr:<region>:<account>:repository/<name>` names. */
  byArn(arn: unknown): RepositoryRecord {
    const match =
      typeof arn === 'string' ? /^arn:aws[\w-]*:ecr:[^:]+:\d{12}:repository\/(.+)$/.exec(arn) : null;
    if (!match) {
      throw parameterConstraint(
        'resourceArn',
        'Invalid ARN',
        ` (got '${String(arn)}'); pass a repositoryArn from DescribeRepositories.`,
      );
    }
    const repository = this.get(match[1] as string);
    if (repositoryArn(repository) !== arn) throw repositoryNotFound(match[1] as string, this.registryId);
    return repository;
  }

  clear(): void {
    this.repositories.clear();
  }
}
