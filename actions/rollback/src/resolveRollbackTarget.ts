import {
  DescribeModelPackageCommand,
  type CreateEndpointConfigInput,
  type CreateModelInput,
  type DescribeEndpointConfigCommandOutput,
} from '@aws-sdk/client-sagemaker';
import { deterministicName, ModelshipError, provenanceTags, type Provenance } from '@modelship/shared';
import type { InFlightUpdate } from './inFlightUpdate';
import { packageModelSettings } from './packageModelSettings';
import type { RollbackPorts } from './ports';
import { candidatesText } from './rollbackCandidates';
import { configWithProvenance, findLastApprovedPackage, findRollbackCandidates } from './rollbackLookups';
import type { RollbackInputs } from './rollbackRequest';
import type { RollbackTo } from './rollbackTarget';

/** The config to end on, found and checked before anything changes. */
export interface RollbackTarget {
  configName: string;
  /** The target's first variant, for the deployment config's instance count. */
  variant?: NonNullable<DescribeEndpointConfigCommandOutput['ProductionVariants']>[number];
  modelPackageArn?: string;
  /** For last-approved: the model and config to create (if they do not exist yet) before the update. */
  create?: { model: CreateModelInput; config: CreateEndpointConfigInput };
  /** How the target was chosen, in words, for the log and the summary. */
  why: string;
}

export interface TargetQuery {
  to: RollbackTo;
  endpointName: string;
  /** The config the endpoint reports as its own now. */
  servingConfig: string | undefined;
  inFlight?: InFlightUpdate;
  inputs: RollbackInputs;
  provenance: Provenance;
}

export async function resolveRollbackTarget(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  query: TargetQuery,
): Promise<RollbackTarget> {
  switch (query.to.kind) {
    case 'previous':
      return previousTarget(ports, query);
    case 'config':
      return namedTarget(ports, query, query.to.name, `to: ${query.to.name}`);
    case 'last-approved':
      return lastApprovedTarget(ports, query);
  }
}

async function namedTarget(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  query: TargetQuery,
  name: string,
  why: string,
): Promise<RollbackTarget> {
  const found = await configWithProvenance(ports, name);
  if (!found) {
    const candidates = await findRollbackCandidates(ports, query.endpointName, query.servingConfig);
    throw new ModelshipError(
      `Endpoint config ${name} does not exist, so ${query.endpointName} cannot be rolled back to it; nothing changed.\n${candidatesText(candidates)}`,
      'Set `to` to one of the configs listed, or to previous or last-approved.',
    );
  }
  return {
    configName: name,
    variant: found.config.ProductionVariants?.[0],
    modelPackageArn: found.provenance.modelPackageArn,
    why,
  };
}

/**
 * `previous` means the config before the deployment being undone: the one an in-flight update started
 * from, or else the one the serving config's provenance tags record.
 */
async function previousTarget(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  query: TargetQuery,
): Promise<RollbackTarget> {
  if (query.inFlight?.configBeforeUpdate) {
    return namedTarget(
      ports,
      query,
      query.inFlight.configBeforeUpdate,
      `to: previous, the config the in-flight update to ${query.inFlight.pendingConfig ?? 'a new config'} started from`,
    );
  }
  const recordedOn = query.inFlight?.pendingConfig ?? query.servingConfig;
  const recorded = recordedOn ? await configWithProvenance(ports, recordedOn) : undefined;
  const previous = recorded?.provenance.previousEndpointConfig;
  if (!previous) {
    const candidates = await findRollbackCandidates(ports, query.endpointName, query.servingConfig);
    throw new ModelshipError(
      `Endpoint config ${recordedOn ?? '(none)'} of ${query.endpointName} records no previous endpoint config (tag modelship:previous-endpoint-config), so to: previous has nowhere to go; nothing changed.\n${candidatesText(candidates)}`,
      'Name the config to return to in `to`, or use to: last-approved with model-package-group. Configs deployed by deploy-endpoint record their previous config.',
    );
  }
  return namedTarget(ports, query, previous, `to: previous, recorded on ${recordedOn}`);
}

async function lastApprovedTarget(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  query: TargetQuery,
): Promise<RollbackTarget> {
  const group = query.inputs['model-package-group'];
  const roleArn = query.inputs['execution-role-arn'];
  // rollbackInputProblems requires both; this keeps the types honest.
  if (!group || !roleArn) throw new Error('last-approved needs model-package-group and execution-role-arn.');
  const serving = query.servingConfig ? await configWithProvenance(ports, query.servingConfig) : undefined;
  if (!serving) {
    throw new ModelshipError(
      `Endpoint ${query.endpointName} reports no readable endpoint config, so last-approved has no variant settings to reuse; nothing changed.`,
      'Roll back to a named endpoint config instead (to: <config name>).',
    );
  }
  const pending = query.inFlight?.pendingConfig
    ? await configWithProvenance(ports, query.inFlight.pendingConfig)
    : undefined;
  const excluded = new Set(
    [serving.provenance.modelPackageArn, pending?.provenance.modelPackageArn].filter((arn): arn is string =>
      Boolean(arn),
    ),
  );
  const picked = await findLastApprovedPackage(ports, group, excluded);
  if (!picked?.ModelPackageArn) {
    throw new ModelshipError(
      `Model package group ${group} has no Approved version other than the one ${query.endpointName} serves or is being updated to${excluded.size ? ` (${[...excluded].join(', ')})` : ''}; nothing changed.`,
      'Approve an earlier version in the model registry, or roll back to a named endpoint config (to: <config name>).',
    );
  }
  const pkg = await ports.sagemaker.send(
    new DescribeModelPackageCommand({ ModelPackageName: picked.ModelPackageArn }),
  );
  const settings = packageModelSettings(pkg, serving.config, roleArn);
  // Without a commit (a run outside GitHub) the settings hash alone tells models apart.
  const gitSha = query.provenance.gitSha ?? '0000000';
  const modelName = deterministicName(query.endpointName, gitSha, settings.model);
  const configSettings = settings.config(modelName);
  const configName = deterministicName(query.endpointName, gitSha, configSettings);
  const tags = provenanceTags(
    {
      ...query.provenance,
      modelPackageArn: picked.ModelPackageArn,
      previousEndpointConfig: query.inFlight?.pendingConfig ?? query.servingConfig,
    },
    query.inputs.reason ? { 'modelship:rollback-reason': query.inputs.reason } : {},
  );
  return {
    configName,
    variant: configSettings.ProductionVariants?.[0],
    modelPackageArn: picked.ModelPackageArn,
    create: {
      model: { ModelName: modelName, ...settings.model, Tags: tags },
      config: { EndpointConfigName: configName, ...configSettings, Tags: tags },
    },
    why: `to: last-approved, version ${picked.ModelPackageVersion ?? '?'} of ${group} (${picked.ModelPackageArn})`,
  };
}
