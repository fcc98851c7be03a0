import {
  ListEndpointConfigsCommand,
  ListModelPackagesCommand,
  ListTagsCommand,
  type DescribeEndpointConfigCommandOutput,
  type ModelPackageSummary,
} from '@aws-sdk/client-sagemaker';
import { findEndpointConfig, readProvenance, type Provenance, type Tag } from '@modelship/shared';
import { pickLastApproved } from './lastApprovedPackage';
import type { RollbackPorts } from './ports';
import { candidateNamePrefix, rankCandidates, type RollbackCandidate } from './rollbackCandidates';

type SageMakerPort = Pick<RollbackPorts, 'sagemaker'>;

export interface ConfigWithProvenance {
  config: DescribeEndpointConfigCommandOutput;
  provenance: Provenance;
}

/** An endpoint config and what its modelship tags say (previous config, model package); undefined if missing. */
export async function configWithProvenance(
  ports: SageMakerPort,
  name: string,
): Promise<ConfigWithProvenance | undefined> {
  const config = await findEndpointConfig(ports, name);
  if (!config) return undefined;
  const tags = config.EndpointConfigArn
    ? ((await ports.sagemaker.send(new ListTagsCommand({ ResourceArn: config.EndpointConfigArn }))).Tags ??
      [])
    : [];
  return { config, provenance: readProvenance(tags as Tag[]) };
}

/** How many configs to describe for the candidates list: enough to choose from, few enough to be quick. */
const CANDIDATES_SHOWN = 5;

/** Recent endpoint configs named for this endpoint, newest first, with their model, for error messages. */
export async function findRollbackCandidates(
  ports: SageMakerPort,
  endpointName: string,
  servingConfig: string | undefined,
): Promise<RollbackCandidate[]> {
  const listed = await ports.sagemaker.send(
    new ListEndpointConfigsCommand({
      NameContains: candidateNamePrefix(endpointName),
      SortBy: 'CreationTime',
      SortOrder: 'Descending',
      MaxResults: 20,
    }),
  );
  const ranked = rankCandidates(
    (listed.EndpointConfigs ?? []).map((c) => ({
      name: c.EndpointConfigName ?? '?',
      createdAt: c.CreationTime,
    })),
    servingConfig,
    CANDIDATES_SHOWN,
  );
  const described: RollbackCandidate[] = [];
  for (const candidate of ranked) {
    // A config deleted since it was listed is still worth naming.
    const config = await findEndpointConfig(ports, candidate.name);
    described.push({ ...candidate, modelName: config?.ProductionVariants?.[0]?.ModelName });
  }
  return described;
}

/** Pages are asked for newest first; more pages only while every version on them is excluded. */
const MAX_PACKAGE_PAGES = 5;

/** The newest Approved version of the group that is not excluded, or undefined when there is none. */
export async function findLastApprovedPackage(
  ports: SageMakerPort,
  group: string,
  excludedArns: ReadonlySet<string>,
): Promise<ModelPackageSummary | undefined> {
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_PACKAGE_PAGES; page++) {
    const listed = await ports.sagemaker.send(
      new ListModelPackagesCommand({
        ModelPackageGroupName: group,
        ModelApprovalStatus: 'Approved',
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: 100,
        NextToken: nextToken,
      }),
    );
    const picked = pickLastApproved(listed.ModelPackageSummaryList ?? [], excludedArns);
    if (picked) return picked;
    nextToken = listed.NextToken;
    if (!nextToken) return undefined;
  }
  return undefined;
}
