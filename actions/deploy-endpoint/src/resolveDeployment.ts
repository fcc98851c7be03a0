import type {
  ContainerDefinition,
  CreateEndpointConfigCommandInput,
  CreateModelCommandInput,
  DescribeEndpointCommandOutput,
  DescribeEndpointConfigCommandOutput,
} from '@aws-sdk/client-sagemaker';
import { deterministicName, findEndpoint, findEndpointConfig, ModelshipError } from '@modelship/shared';
import type { ShiftingMode } from './deploymentPlan';
import { endpointNameOf, type DeployRequest } from './deployRequest';
import { endpointConfigSettings } from './endpointConfigRequest';
import type { DeployPorts } from './ports';
import { resolveContainers } from './sagemakerLookups';

export type ModelSettings = Omit<CreateModelCommandInput, 'ModelName' | 'Tags'>;
export type EndpointConfigSettings = Omit<CreateEndpointConfigCommandInput, 'EndpointConfigName'>;

/** The resolve phase's result: what serves now, and the names and settings of what will. */
export interface ResolvedDeployment {
  endpointName: string;
  containers: ContainerDefinition[];
  existing?: DescribeEndpointCommandOutput;
  previousConfig?: DescribeEndpointConfigCommandOutput;
  previousContainers?: ContainerDefinition[];
  previousEndpointConfigName?: string;
  modelName: string;
  modelSettings: ModelSettings;
  endpointConfigName: string;
  configSettings: EndpointConfigSettings;
  shifting: ShiftingMode;
  /**
   * The endpoint is already updating to this very config under guardrails: an earlier run of the same
   * workflow started it and died. This run follows that update instead of starting another.
   */
  followsInFlight?: boolean;
}

/**
 * Resolve: the model's containers, the endpoint as it is (which must not be in the middle of an update),
 * and the deterministic names of the model and config to deploy.
 */
export async function resolveDeployment(
  ports: Pick<DeployPorts, 'sagemaker' | 'logger'>,
  request: DeployRequest,
): Promise<ResolvedDeployment> {
  const endpointName = endpointNameOf(request);
  const containers = await resolveContainers(ports, request.source);
  const existing = await findEndpoint(ports, endpointName);
  const previousConfig = existing?.EndpointConfigName
    ? await findEndpointConfig(ports, existing.EndpointConfigName)
    : undefined;
  const modelSettings = modelSettingsOf(request, containers);
  // Without a commit (a run outside GitHub) the settings hash alone tells deployments apart.
  const gitSha = request.provenance.gitSha ?? '0000000';
  const modelName =
    request.source.kind === 'model'
      ? request.source.name
      : deterministicName(endpointName, gitSha, modelSettings);
  const configSettings = endpointConfigSettings(request.inputs, modelName);
  const endpointConfigName = deterministicName(endpointName, gitSha, configSettings);
  const shifting = shiftingMode(request, existing, endpointConfigName);
  const followsInFlight =
    shifting === 'guardrails' &&
    existing?.EndpointStatus === 'Updating' &&
    existing.PendingDeploymentSummary?.EndpointConfigName === endpointConfigName;
  if (!followsInFlight) refuseEndpointInFlight(endpointName, existing);
  ports.logger.info(
    `Endpoint ${endpointName} ${existing ? `serves ${existing.EndpointConfigName}` : 'does not exist yet'}; model ${modelName} goes out as endpoint config ${endpointConfigName} (${SHIFTING_WORDS[shifting]}).`,
  );
  return {
    endpointName,
    containers,
    existing,
    previousConfig: previousConfig ?? undefined,
    previousContainers: await previousModelContainers(
      ports,
      previousConfig?.ProductionVariants?.[0]?.ModelName,
    ),
    previousEndpointConfigName: existing?.EndpointConfigName,
    modelName,
    modelSettings,
    endpointConfigName,
    configSettings,
    shifting,
    followsInFlight,
  };
}

const SHIFTING_WORDS: Record<ShiftingMode, string> = {
  create: 'a new endpoint',
  guardrails: 'an update under SageMaker guardrails',
  weights: 'an update that shifts variant weights step by step',
  unchanged: 'already deployed',
};

/** Check: an endpoint being created or updated cannot take another update. */
function refuseEndpointInFlight(
  endpointName: string,
  existing: DescribeEndpointCommandOutput | undefined,
): void {
  if (!existing || existing.EndpointStatus === 'InService') return;
  throw new ModelshipError(
    `Endpoint ${endpointName} is ${existing.EndpointStatus}${existing.FailureReason ? ` (${existing.FailureReason})` : ''}; it must be InService to be updated.`,
    existing.EndpointStatus === 'Failed'
      ? 'A Failed endpoint can only be deleted: delete it and run again to create it anew.'
      : 'Wait for the current update to end, or stop it with the rollback action (in-flight: force).',
  );
}

/** The model's settings (role, containers, network), which its deterministic name hashes. */
export function modelSettingsOf(
  request: Pick<DeployRequest, 'inputs' | 'source'>,
  containers: ContainerDefinition[],
): ModelSettings {
  const { inputs } = request;
  const vpc =
    inputs['vpc-subnets']?.length && inputs['vpc-security-groups']?.length
      ? { Subnets: inputs['vpc-subnets'], SecurityGroupIds: inputs['vpc-security-groups'] }
      : undefined;
  return {
    ExecutionRoleArn: inputs['execution-role-arn'],
    ...(containers.length > 1
      ? {
          Containers: containers,
          InferenceExecutionConfig: {
            Mode: request.source.kind === 'containers' ? request.source.mode : 'Serial',
          },
        }
      : { PrimaryContainer: containers[0] }),
    VpcConfig: vpc,
    EnableNetworkIsolation: inputs['network-isolation'] || undefined,
  };
}

/** Guardrails where SageMaker runs them; client-side weights where it would silently go all at once. */
function shiftingMode(
  request: DeployRequest,
  existing: DescribeEndpointCommandOutput | undefined,
  endpointConfigName: string,
): ShiftingMode {
  if (!existing) return 'create';
  if (existing.EndpointConfigName === endpointConfigName) return 'unchanged';
  const choice = request.inputs['traffic-shifting'];
  if (choice !== 'auto') return choice;
  const type = request.inputs['endpoint-type'];
  return (type === 'serverless' || type === 'async') && request.strategy.kind !== 'all-at-once'
    ? 'weights'
    : 'guardrails';
}

async function previousModelContainers(ports: Pick<DeployPorts, 'sagemaker'>, modelName: string | undefined) {
  if (!modelName) return undefined;
  try {
    return await resolveContainers(ports, { kind: 'model', name: modelName });
  } catch {
    return undefined;
  }
}
