import type {
  DeploymentConfig,
  UpdateEndpointInput,
  UpdateEndpointOutput,
  VariantProperty,
} from '@aws-sdk/client-sagemaker';
import type { EmulatorEnvironment } from '../../../environment';
import { validationError } from '../../../protocol/awsError';
import type { OperationHandler, RequestContext } from '../../../protocol/types';
import { runBlueGreenDeployment } from './deployment/blueGreenDeployment';
import { planDeployment, type DeploymentPlan } from './deployment/deploymentPolicy';
import { DeploymentRun } from './deployment/deploymentRun';
import { assertUpdatable } from './endpoints';
import type { EndpointState } from './endpointState';
import type { HostingStore } from '../hostingStore';
import type { SageMakerContext } from '../index';
import { runRollingDeployment } from './deployment/rollingDeployment';
import { deployedVariant, planVariants, type PlannedVariant } from './variantFleets';
import { checkEnum, checkName, constraints, requireMember } from '../validation';

const RETAINABLE = ['DesiredInstanceCount', 'DesiredWeight', 'DataCaptureConfig'];

/** RetainAllVariantProperties: same-named variants keep their current weight and count unless excluded. */
function retainVariantProperties(
  input: UpdateEndpointInput,
  endpoint: EndpointState,
  planned: PlannedVariant[],
) {
  const excluded: VariantProperty[] = input.ExcludeRetainedVariantProperties ?? [];
  constraints.count(excluded, 'excludeRetainedVariantProperties', 0, 3);
  for (const property of excluded)
    checkEnum(
      property.VariantPropertyType,
      'excludeRetainedVariantProperties.member.variantPropertyType',
      RETAINABLE,
    );
  if (!input.RetainAllVariantProperties) return;
  const isExcluded = (type: string) => excluded.some((p) => p.VariantPropertyType === type);
  for (const p of planned) {
    const current = endpoint.variants.find((v) => v.name === p.spec.variantName);
    if (!current) continue;
    if (!isExcluded('DesiredWeight')) p.weight = current.desiredWeight;
    if (
      !isExcluded('DesiredInstanceCount') &&
      p.instanceCount !== undefined &&
      current.desiredInstanceCount
    ) {
      p.instanceCount = current.desiredInstanceCount;
      p.spec.instanceCount = current.desiredInstanceCount;
    }
  }
}

/** SageMaker refuses to change the instance type of a variant that Application Auto Scaling manages [facts §1]. */
function assertAutoScalingAllows(
  env: EmulatorEnvironment,
  endpoint: EndpointState,
  planned: PlannedVariant[],
) {
  for (const p of planned) {
    const current = endpoint.variants.find((v) => v.name === p.spec.variantName);
    const resourceId = `endpoint/${endpoint.name}/variant/${p.spec.variantName}`;
    if (
      current &&
      current.instanceType !== p.variant.InstanceType &&
      env.stores.scalableTargets?.isRegistered(resourceId)
    ) {
      throw validationError(
        `The variant "${p.spec.variantName}" is registered with Application Auto Scaling (${resourceId}), so its instance type cannot change from ${current.instanceType} to ${p.variant.InstanceType}. Deregister the scalable target, update the endpoint, then register it again.`,
      );
    }
  }
}

async function runDeployment(run: DeploymentRun, plan: DeploymentPlan, planned: PlannedVariant[]) {
  try {
    if (plan.kind === 'rolling') await runRollingDeployment(run, plan, planned);
    else await runBlueGreenDeployment(run, plan, planned);
  } catch (err) {
    if (run.signal.aborted) return;
    const reason = err instanceof Error ? err.message : String(err);
    // A rollback that cannot finish (hosting gone) must still leave the endpoint usable on blue.
    await run.rollBack(reason).catch(() => {
      run.endpoint.status = 'InService';
      run.endpoint.failureReason = reason;
      run.endpoint.pending = undefined;
    });
  }
}

/** UpdateEndpoint: validates, then runs the deployment in the background (the call returns at once). */
export function endpointUpdateOperations(
  sm: SageMakerContext,
  store: HostingStore,
): Record<string, OperationHandler> {
  const env = sm.env;
  return {
    UpdateEndpoint: (input: UpdateEndpointInput, ctx: RequestContext): UpdateEndpointOutput => {
      const endpoint = store.endpoint(requireMember(input.EndpointName, 'endpointName'));
      const config = store.config(checkName(input.EndpointConfigName, 'endpointConfigName'));
      assertUpdatable(endpoint);
      const planned = planVariants(store, endpoint.name, config, ctx);
      retainVariantProperties(input, endpoint, planned);
      assertAutoScalingAllows(env, endpoint, planned);
      const deploymentConfig: DeploymentConfig | undefined =
        input.DeploymentConfig ?? (input.RetainDeploymentConfig ? endpoint.lastDeploymentConfig : undefined);
      const plan = planDeployment(deploymentConfig, endpoint.variants, planned);

      const started = new Date(env.clock.now());
      const green = planned.map((p) => deployedVariant(p));
      for (const variant of green)
        if (variant.desiredInstanceCount !== undefined) variant.currentInstanceCount = 0;
      endpoint.status = 'Updating';
      endpoint.failureReason = undefined;
      endpoint.lastModifiedTime = started;
      if (deploymentConfig) endpoint.lastDeploymentConfig = deploymentConfig;
      endpoint.pending = { configName: config.name, startTime: started, variants: green };
      const run = new DeploymentRun(env, endpoint, config, endpoint.variants, green, plan);
      void runDeployment(run, plan, planned);
      return { EndpointArn: endpoint.arn };
    },
  };
}
