import type {
  DesiredWeightAndCapacity,
  UpdateEndpointWeightsAndCapacitiesInput,
  UpdateEndpointWeightsAndCapacitiesOutput,
} from '@aws-sdk/client-sagemaker';
import type { EmulatorEnvironment } from '../../../environment';
import type { Fleet } from '../../../modelServing/types';
import { validationError } from '../../../protocol/awsError';
import type { OperationHandler } from '../../../protocol/types';
import { assertUpdatable } from './endpoints';
import { capFailureReason, type DeployedVariant, type EndpointState } from './endpointState';
import type { HostingStore } from '../hostingStore';
import type { SageMakerContext } from '../index';
import { steadyRoutes } from './trafficRoutes';
import { hostingOf } from './variantFleets';
import { checkRange, constraints, requireMember } from '../validation';

interface DesiredChange {
  variant: DeployedVariant;
  weight?: number;
  instanceCount?: number;
  serverless?: { MaxConcurrency?: number; ProvisionedConcurrency?: number };
}

function desiredChanges(
  endpoint: EndpointState,
  input: UpdateEndpointWeightsAndCapacitiesInput,
): DesiredChange[] {
  const desired: DesiredWeightAndCapacity[] = requireMember(
    input.DesiredWeightsAndCapacities,
    'desiredWeightsAndCapacities',
  );
  constraints.count(desired, 'desiredWeightsAndCapacities', 1, 10);
  const names = desired.map((d) => d.VariantName as string);
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  if (repeated.length) {
    throw validationError(
      `The variant(s) "[${[...new Set(repeated)].join(', ')}]" appear more than once in DesiredWeightsAndCapacities; name each variant once.`,
    );
  }
  const missing = desired
    .map((d) => d.VariantName as string)
    .filter((name) => !endpoint.variants.some((v) => v.name === name));
  if (missing.length) {
    throw validationError(
      `The variant(s) "[${missing.join(', ')}]" are not present in the endpoint configuration of endpoint "${endpoint.arn}".`,
    );
  }
  return desired.map((d, i) => {
    const member = `desiredWeightsAndCapacities.${i + 1}.member`;
    const variant = endpoint.variants.find((v) => v.name === d.VariantName) as DeployedVariant;
    checkRange(d.DesiredWeight, `${member}.desiredWeight`, 0, Number.MAX_VALUE);
    if (d.DesiredInstanceCount !== undefined) {
      if (variant.serverless) {
        throw validationError(
          `Variant "${variant.name}" is serverless; change its ServerlessUpdateConfig instead of DesiredInstanceCount.`,
        );
      }
      if (!Number.isInteger(d.DesiredInstanceCount) || d.DesiredInstanceCount < 1) {
        throw validationError(
          `DesiredInstanceCount ${d.DesiredInstanceCount} is not valid for variant "${variant.name}": an instance-based variant needs at least 1 instance.`,
        );
      }
    }
    const serverless = d.ServerlessUpdateConfig;
    if (serverless) {
      if (!variant.serverless)
        throw validationError(
          `Variant "${variant.name}" is not serverless; ServerlessUpdateConfig does not apply.`,
        );
      checkRange(serverless.MaxConcurrency, `${member}.serverlessUpdateConfig.maxConcurrency`, 1, 200);
      checkRange(
        serverless.ProvisionedConcurrency,
        `${member}.serverlessUpdateConfig.provisionedConcurrency`,
        1,
        200,
      );
    }
    return { variant, weight: d.DesiredWeight, instanceCount: d.DesiredInstanceCount, serverless };
  });
}

/**
 * Applies the changes after the update time: a new instance count means a fleet of that size replacing
 * the old one. If it cannot start, the endpoint goes RollingBack and returns to InService as it was,
 * with a FailureReason, as SageMaker documents for failed capacity changes.
 */
async function applyChanges(env: EmulatorEnvironment, endpoint: EndpointState, changes: DesiredChange[]) {
  const signal = endpoint.abort.signal;
  const replaced = new Map<DeployedVariant, Fleet>();
  try {
    await env.clock.sleep(env.timing.weightUpdateMs, signal);
    for (const change of changes) {
      const template = change.variant.fleets[0];
      if (
        change.instanceCount === undefined ||
        change.instanceCount === change.variant.currentInstanceCount ||
        !template
      )
        continue;
      replaced.set(
        change.variant,
        await hostingOf(env).startFleet({ ...template.spec, instanceCount: change.instanceCount }),
      );
    }
  } catch (err) {
    if (signal.aborted) return;
    await Promise.all([...replaced.values()].map((f) => f.stop().catch(() => undefined)));
    endpoint.status = 'RollingBack';
    for (const { variant } of changes) {
      variant.desiredWeight = variant.currentWeight;
      variant.desiredInstanceCount = variant.currentInstanceCount;
    }
    await env.clock.sleep(env.timing.weightUpdateMs, signal).catch(() => undefined);
    endpoint.status = 'InService';
    endpoint.failureReason = capFailureReason(
      `Failed to update the capacity of the endpoint: ${err instanceof Error ? err.message : String(err)}`,
    );
    endpoint.lastModifiedTime = new Date(env.clock.now());
    return;
  }
  const retired: Fleet[] = [];
  for (const { variant, serverless } of changes) {
    variant.currentWeight = variant.desiredWeight;
    const fleet = replaced.get(variant);
    if (fleet) {
      retired.push(...variant.fleets);
      variant.fleets = [fleet];
      variant.currentInstanceCount = variant.desiredInstanceCount;
    }
    if (serverless && variant.serverless) variant.serverless = { ...variant.serverless, ...serverless };
  }
  hostingOf(env).setRoutes(endpoint.name, steadyRoutes(endpoint.variants));
  endpoint.status = 'InService';
  endpoint.lastModifiedTime = new Date(env.clock.now());
  await Promise.all(retired.map((f) => f.stop().catch(() => undefined)));
}

/** UpdateEndpointWeightsAndCapacities: Updating for the weight-update time, then the new weights route. */
export function weightUpdateOperations(
  sm: SageMakerContext,
  store: HostingStore,
): Record<string, OperationHandler> {
  const env = sm.env;
  return {
    UpdateEndpointWeightsAndCapacities: (
      input: UpdateEndpointWeightsAndCapacitiesInput,
    ): UpdateEndpointWeightsAndCapacitiesOutput => {
      const endpoint = store.endpoint(requireMember(input.EndpointName, 'endpointName'));
      assertUpdatable(endpoint);
      const changes = desiredChanges(endpoint, input);
      for (const change of changes) {
        if (change.weight !== undefined) change.variant.desiredWeight = change.weight;
        if (change.instanceCount !== undefined) change.variant.desiredInstanceCount = change.instanceCount;
      }
      endpoint.status = 'Updating';
      endpoint.failureReason = undefined;
      endpoint.lastModifiedTime = new Date(env.clock.now());
      void applyChanges(env, endpoint, changes);
      return { EndpointArn: endpoint.arn };
    },
  };
}
