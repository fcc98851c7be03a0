import YAML from 'yaml';
import { ModelshipError } from './errors';

/** What a Lambda AppSpec shifts: an alias of a function, from one version to another. */
export interface LambdaTraffic {
  platform: 'Lambda';
  resource: string;
  functionName: string;
  alias: string;
  currentVersion: string;
  targetVersion: string;
}

/** What an ECS AppSpec deploys: a task definition, whose predecessor the AppSpec does not name. */
export interface EcsTraffic {
  platform: 'ECS';
  resource: string;
  taskDefinition: string;
}

export type AppSpecTraffic = LambdaTraffic | EcsTraffic;

const parseError = (why: string) =>
  new ModelshipError(
    `The CodeDeploy AppSpec cannot be read: ${why}.`,
    'An AppSpec for Lambda lists Resources: [{<name>: {Type: AWS::Lambda::Function, Properties: {Name, Alias, CurrentVersion, TargetVersion}}}]; for ECS, Type AWS::ECS::Service with Properties.TaskDefinition.',
  );

/** Reads the one resource of a Lambda or ECS AppSpec (YAML or JSON). */
export function readAppSpecTraffic(content: string): AppSpecTraffic {
  let document: unknown;
  try {
    document = YAML.parse(content);
  } catch (err) {
    throw parseError(`it is not YAML or JSON (${(err as Error).message})`);
  }
  const resources = (document as { Resources?: unknown } | null)?.Resources;
  if (!Array.isArray(resources) || resources.length !== 1) {
    throw parseError('Resources must be a list with exactly one resource');
  }
  const [resource, spec] =
    Object.entries(resources[0] as Record<string, { Type?: unknown; Properties?: unknown } | null>)[0] ?? [];
  if (!resource || typeof spec !== 'object' || spec === null) throw parseError('the resource has no body');
  const properties = (spec.Properties ?? {}) as Record<string, unknown>;
  const text = (key: string) => {
    const value = properties[key];
    if (value === undefined || value === null || value === '') {
      throw parseError(`${resource}.Properties.${key} is missing`);
    }
    return String(value);
  };
  if (spec.Type === 'AWS::Lambda::Function') {
    return {
      platform: 'Lambda',
      resource,
      functionName: text('Name'),
      alias: text('Alias'),
      currentVersion: text('CurrentVersion'),
      targetVersion: text('TargetVersion'),
    };
  }
  if (spec.Type === 'AWS::ECS::Service') {
    return { platform: 'ECS', resource, taskDefinition: text('TaskDefinition') };
  }
  throw parseError(
    `${resource}.Type is ${String(spec.Type)}; allowed: AWS::Lambda::Function, AWS::ECS::Service`,
  );
}

/** A short name for what serves: `fn:alias@version` for Lambda, the task definition for ECS. */
export function servingLabel(traffic: AppSpecTraffic, side: 'current' | 'target'): string {
  if (traffic.platform === 'ECS') return side === 'target' ? traffic.taskDefinition : '(previous task set)';
  return `${traffic.functionName}:${traffic.alias}@${side === 'current' ? traffic.currentVersion : traffic.targetVersion}`;
}

/**
 * The AppSpec that moves a Lambda alias back: the same function and alias with the versions swapped.
 * Hooks are left out on purpose: they test the new version, and a rollback must not wait on them.
 */
export function reversedLambdaAppSpec(traffic: LambdaTraffic): string {
  return JSON.stringify({
    version: 0.0,
    Resources: [
      {
        [traffic.resource]: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Name: traffic.functionName,
            Alias: traffic.alias,
            CurrentVersion: traffic.targetVersion,
            TargetVersion: traffic.currentVersion,
          },
        },
      },
    ],
  });
}
