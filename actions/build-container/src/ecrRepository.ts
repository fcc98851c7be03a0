import {
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  PutLifecyclePolicyCommand,
  type ECRClient,
  type Repository,
} from '@aws-sdk/client-ecr';
import { ModelshipError, type Tag } from '@modelship/shared';

export interface RepositorySettings {
  name: string;
  create: boolean;
  scanOnPush: boolean;
  immutableTags: boolean;
  /** Newest images a lifecycle rule keeps; 0 for no rule. */
  keepImages: number;
  tags: Tag[];
}

export interface RepositoryState {
  uri: string;
  created: boolean;
}

/** ECR's lifecycle policy text for "keep the newest N images, expire the rest". */
export function keepNewestPolicy(keepImages: number): string {
  return JSON.stringify({
    rules: [
      {
        rulePriority: 1,
        description: `Keep the newest ${keepImages} images (modelship build-container keep-images)`,
        selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keepImages },
        action: { type: 'expire' },
      },
    ],
  });
}

async function findRepository(ecr: Pick<ECRClient, 'send'>, name: string): Promise<Repository | undefined> {
  try {
    const answer = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
    return answer.repositories?.[0];
  } catch (err) {
    if ((err as Error).name === 'RepositoryNotFoundException') return undefined;
    throw err;
  }
}

async function createRepository(ecr: Pick<ECRClient, 'send'>, settings: RepositorySettings) {
  const answer = await ecr.send(
    new CreateRepositoryCommand({
      repositoryName: settings.name,
      imageScanningConfiguration: { scanOnPush: settings.scanOnPush },
      imageTagMutability: settings.immutableTags ? 'IMMUTABLE' : 'MUTABLE',
      tags: settings.tags.map(({ Key, Value }) => ({ Key, Value })),
    }),
  );
  if (settings.keepImages > 0) {
    await ecr.send(
      new PutLifecyclePolicyCommand({
        repositoryName: settings.name,
        lifecyclePolicyText: keepNewestPolicy(settings.keepImages),
      }),
    );
  }
  return answer.repository;
}

/** The repository, created with its scanning, tag mutability and lifecycle rule when asked and missing. */
export async function ensureRepository(
  ecr: Pick<ECRClient, 'send'>,
  settings: RepositorySettings,
): Promise<RepositoryState> {
  const found = await findRepository(ecr, settings.name);
  if (found?.repositoryUri) return { uri: found.repositoryUri, created: false };
  if (!settings.create) {
    throw new ModelshipError(
      `ECR repository ${settings.name} does not exist, and create-repository is false.`,
      'Create the repository, or set create-repository: true to let the action create it.',
    );
  }
  const created = await createRepository(ecr, settings);
  if (!created?.repositoryUri) {
    throw new ModelshipError(`ECR created repository ${settings.name} but returned no URI.`);
  }
  return { uri: created.repositoryUri, created: true };
}
