import YAML from 'yaml';

export type TrafficPlatform = 'Lambda' | 'ECS';

export const LAMBDA_HOOKS = ['BeforeAllowTraffic', 'AfterAllowTraffic'] as const;
export const ECS_HOOKS = [
  'BeforeInstall',
  'AfterInstall',
  'AfterAllowTestTraffic',
  'BeforeAllowTraffic',
  'AfterAllowTraffic',
] as const;

/** Hook name -> the Lambda function CodeDeploy would call for it. */
export type AppSpecHooks = Partial<Record<string, string>>;

export interface LambdaAppSpec {
  platform: 'Lambda';
  resourceName: string;
  functionName: string;
  alias: string;
  currentVersion: string;
  targetVersion: string;
  hooks: AppSpecHooks;
}

export interface EcsAppSpec {
  platform: 'ECS';
  resourceName: string;
  taskDefinition: string;
  containerName: string;
  containerPort: number;
  hooks: AppSpecHooks;
}

export type AppSpec = LambdaAppSpec | EcsAppSpec;

/** An AppSpec that cannot be deployed; the message says what to fix. */
export class AppSpecError extends Error {}

type Dict = Record<string, unknown>;
const isDict = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function requiredText(properties: Dict, name: string, path: string): string {
  const value = properties[name];
  if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') {
    throw new AppSpecError(`The AppSpec is missing ${path}.${name}; add it to the resource.`);
  }
  return String(value);
}

/** The single resource: Lambda and ECS AppSpecs name exactly one function or one service. */
function singleResource(spec: Dict): { name: string; type: unknown; properties: Dict } {
  const resources = spec.Resources;
  if (!Array.isArray(resources) || resources.length === 0) {
    throw new AppSpecError(
      'The AppSpec needs a Resources list with one entry: Resources: [{<name>: {Type, Properties}}].',
    );
  }
  if (resources.length > 1) {
    throw new AppSpecError(
      `The AppSpec lists ${resources.length} resources; a Lambda or ECS deployment updates exactly one. Split it into one deployment per resource.`,
    );
  }
  const entry = resources[0] as unknown;
  if (!isDict(entry) || Object.keys(entry).length !== 1) {
    throw new AppSpecError(
      'Each entry of Resources must be a map with one key, the resource name: {<name>: {Type, Properties}}.',
    );
  }
  const [name, body] = Object.entries(entry)[0] as [string, unknown];
  if (!isDict(body) || !isDict(body.Properties)) {
    throw new AppSpecError(`Resource ${name} needs Type and Properties.`);
  }
  return { name, type: body.Type, properties: body.Properties };
}

function parseHooks(spec: Dict, allowed: readonly string[], platform: TrafficPlatform): AppSpecHooks {
  if (spec.Hooks === undefined || spec.Hooks === null) return {};
  if (!Array.isArray(spec.Hooks)) {
    throw new AppSpecError(
      'Hooks must be a list of single-key maps, e.g. Hooks: [{BeforeAllowTraffic: myHookFunction}].',
    );
  }
  const hooks: AppSpecHooks = {};
  for (const entry of spec.Hooks as unknown[]) {
    if (!isDict(entry) || Object.keys(entry).length !== 1) {
      throw new AppSpecError(
        'Each entry of Hooks must be a map with one key, the lifecycle event: {BeforeAllowTraffic: myHookFunction}.',
      );
    }
    const [event, target] = Object.entries(entry)[0] as [string, unknown];
    if (!allowed.includes(event)) {
      throw new AppSpecError(
        `${event} is not a ${platform} lifecycle hook; use one of ${allowed.join(', ')}.`,
      );
    }
    if (typeof target !== 'string' || target.trim() === '') {
      throw new AppSpecError(`Hook ${event} must name the Lambda function to call.`);
    }
    hooks[event] = target;
  }
  return hooks;
}

/**
 * Parses a Lambda or ECS AppSpec (YAML, of which JSON is a subset) for an application on `platform`.
 * Throws AppSpecError with what to fix.
 */
export function parseAppSpec(content: string, platform: TrafficPlatform): AppSpec {
  let spec: unknown;
  try {
    spec = YAML.parse(content);
  } catch (err) {
    throw new AppSpecError(`The AppSpec is neither valid YAML nor JSON: ${(err as Error).message}`);
  }
  if (!isDict(spec))
    throw new AppSpecError(
      'The AppSpec must be a YAML or JSON map with Resources (and optionally version and Hooks).',
    );
  const resource = singleResource(spec);
  const where = `Resources.${resource.name}`;
  const properties = `${where}.Properties`;
  if (platform === 'Lambda') {
    if (resource.type !== 'AWS::Lambda::Function') {
      throw new AppSpecError(
        `${where}.Type must be AWS::Lambda::Function for a Lambda application, not ${String(resource.type)}.`,
      );
    }
    const lambdaSpec: LambdaAppSpec = {
      platform,
      resourceName: resource.name,
      functionName: requiredText(resource.properties, 'Name', properties),
      alias: requiredText(resource.properties, 'Alias', properties),
      currentVersion: requiredText(resource.properties, 'CurrentVersion', properties),
      targetVersion: requiredText(resource.properties, 'TargetVersion', properties),
      hooks: parseHooks(spec, LAMBDA_HOOKS, platform),
    };
    if (lambdaSpec.currentVersion === lambdaSpec.targetVersion) {
      throw new AppSpecError(
        `CurrentVersion and TargetVersion are both ${lambdaSpec.targetVersion}: there is no traffic to shift.`,
      );
    }
    return lambdaSpec;
  }
  if (resource.type !== 'AWS::ECS::Service') {
    throw new AppSpecError(
      `${where}.Type must be AWS::ECS::Service for an ECS application, not ${String(resource.type)}.`,
    );
  }
  const loadBalancer = resource.properties.LoadBalancerInfo;
  if (!isDict(loadBalancer)) {
    throw new AppSpecError(
      `${where}.Properties.LoadBalancerInfo{ContainerName, ContainerPort} is required for an ECS deployment.`,
    );
  }
  const port = Number(loadBalancer.ContainerPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new AppSpecError(
      `${where}.Properties.LoadBalancerInfo.ContainerPort must be a port number, not ${String(loadBalancer.ContainerPort)}.`,
    );
  }
  return {
    platform,
    resourceName: resource.name,
    taskDefinition: requiredText(resource.properties, 'TaskDefinition', properties),
    containerName: requiredText(loadBalancer, 'ContainerName', `${where}.Properties.LoadBalancerInfo`),
    containerPort: port,
    hooks: parseHooks(spec, ECS_HOOKS, platform),
  };
}
