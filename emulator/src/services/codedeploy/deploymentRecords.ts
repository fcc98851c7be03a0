import type { RevisionLocation } from '@aws-sdk/client-codedeploy';
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { ECS_HOOKS, LAMBDA_HOOKS, type AppSpec } from './appSpec';
import type { Deployment, DeploymentGroup, LifecycleEventRecord, TrafficTarget } from './codeDeployState';

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** CodeDeploy's deployment ids: `d-` and nine upper-case letters or digits. */
export function newDeploymentId(): string {
  let id = 'd-';
  for (let i = 0; i < 9; i++) id += ID_CHARS[randomInt(ID_CHARS.length)];
  return id;
}

const LAMBDA_EVENTS = ['BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic'];
const ECS_EVENTS = [
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'AllowTestTraffic',
  'AfterAllowTestTraffic',
  'BeforeAllowTraffic',
  'AllowTraffic',
  'AfterAllowTraffic',
];

/** The target's lifecycle events in order, all Pending; hook events carry the AppSpec's function. */
export function lifecycleEventsFor(spec: AppSpec): LifecycleEventRecord[] {
  const names = spec.platform === 'Lambda' ? LAMBDA_EVENTS : ECS_EVENTS;
  return names.map((name) => {
    const hookFunction = spec.hooks[name];
    return {
      lifecycleEventName: name,
      status: 'Pending',
      ...(hookFunction ? { hookFunction, hookExecutionId: randomUUID() } : {}),
    };
  });
}

export const isHookEvent = (spec: AppSpec, name: string): boolean =>
  (spec.platform === 'Lambda'
    ? (LAMBDA_HOOKS as readonly string[])
    : (ECS_HOOKS as readonly string[])
  ).includes(name);

const taskSetId = () =>
  `ecs-svc/${String(randomInt(1e9)).padStart(9, '0')}${String(randomInt(1e9)).padStart(9, '0')}`;

/** The Lambda alias or ECS service of `spec`, with no traffic on the new version yet. */
export function trafficTargetFor(
  spec: AppSpec,
  group: DeploymentGroup,
  where: { region: string; accountId: string },
  now: Date,
): TrafficTarget {
  const base = {
    status: 'Pending' as const,
    lastUpdatedAt: now,
    lifecycleEvents: lifecycleEventsFor(spec),
    weight: 0,
    spec,
    blueTaskSet: taskSetId(),
    greenTaskSet: taskSetId(),
  };
  if (spec.platform === 'Lambda') {
    return {
      ...base,
      targetId: `${spec.functionName}:${spec.alias}`,
      targetArn: `arn:aws:lambda:${where.region}:${where.accountId}:function:${spec.functionName}:${spec.alias}`,
    };
  }
  // The service comes from the group's ecsServices; the AppSpec only names its resource.
  const service = group.ecsServices?.[0];
  const cluster = service?.clusterName ?? 'default';
  const serviceName = service?.serviceName ?? spec.resourceName;
  return {
    ...base,
    targetId: `${cluster}:${serviceName}`,
    targetArn: `arn:aws:ecs:${where.region}:${where.accountId}:service/${cluster}/${serviceName}`,
  };
}

/**
 * What a rollback of `original` deploys: traffic back to the version (or blue task set) that served
 * before, starting from where `original` left it. Hooks are not part of it.
 */
export function rollbackTarget(
  original: Deployment,
  now: Date,
): { target: TrafficTarget; revision: RevisionLocation } {
  const from = original.target;
  const spec: AppSpec =
    from.spec.platform === 'Lambda'
      ? {
          ...from.spec,
          currentVersion: from.spec.targetVersion,
          targetVersion: from.spec.currentVersion,
          hooks: {},
        }
      : { ...from.spec, hooks: {} };
  const target: TrafficTarget = {
    ...from,
    status: 'Pending',
    lastUpdatedAt: now,
    lifecycleEvents: lifecycleEventsFor(spec),
    weight: 1 - from.weight,
    spec,
    blueTaskSet: from.greenTaskSet,
    greenTaskSet: from.blueTaskSet,
  };
  if (spec.platform !== 'Lambda') return { target, revision: original.revision };
  const content = JSON.stringify({
    version: 0.0,
    Resources: [
      {
        [spec.resourceName]: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Name: spec.functionName,
            Alias: spec.alias,
            CurrentVersion: spec.currentVersion,
            TargetVersion: spec.targetVersion,
          },
        },
      },
    ],
  });
  return {
    target,
    revision: {
      revisionType: 'AppSpecContent',
      appSpecContent: { content, sha256: createHash('sha256').update(content).digest('hex') },
    },
  };
}
