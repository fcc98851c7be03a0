import {
  CreateEndpointConfigCommand,
  CreateModelCommand,
  type ProductionVariant,
} from '@aws-sdk/client-sagemaker';
import { findEndpointConfig, modelExists } from '@modelship/shared';
import type { RollbackPorts } from './ports';
import type { RollbackTarget } from './resolveRollbackTarget';
import type { RollbackJournal } from './rollbackJournal';

/** last-approved: creates the target's model and config, unless they exist from an earlier run. */
export async function createTargetResources(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  target: RollbackTarget,
  journal: RollbackJournal,
): Promise<void> {
  if (!target.create) return;
  const { model, config } = target.create;
  if (model.ModelName && !(await modelExists(ports, model.ModelName))) {
    await ports.sagemaker.send(new CreateModelCommand(model));
    journal.did(`Created model ${model.ModelName} from ${target.modelPackageArn}.`);
  }
  if (!(await findEndpointConfig(ports, target.configName))) {
    await ports.sagemaker.send(new CreateEndpointConfigCommand(config));
    journal.did(`Created endpoint config ${target.configName}.`);
  }
}

/** The instance types before and after, when the rollback changes it (SageMaker then refuses auto scaling). */
export interface InstanceTypeChange {
  changes: boolean;
  from?: string;
  to?: string;
}

export async function instanceTypeChange(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  servingConfig: string | undefined,
  targetVariant: ProductionVariant | undefined,
): Promise<InstanceTypeChange> {
  const serving = await variantOfConfig(ports, servingConfig, targetVariant?.VariantName);
  const from = serving?.InstanceType;
  const to = targetVariant?.InstanceType;
  return { changes: Boolean(from && to && from !== to), from, to };
}

/** The variant of an endpoint config with this name (its first when unnamed), to compare instance types. */
async function variantOfConfig(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  configName: string | undefined,
  variantName: string | undefined,
): Promise<ProductionVariant | undefined> {
  if (!configName) return undefined;
  const config = await findEndpointConfig(ports, configName);
  const variants = config?.ProductionVariants ?? [];
  return variants.find((v) => v.VariantName === variantName) ?? variants[0];
}
