import type {
  BlueGreenDeploymentConfiguration,
  DeploymentOption,
  DeploymentType,
  ErrorCode,
  LifecycleErrorCode,
  LoadBalancerInfo,
  RevisionLocation,
} from '@aws-sdk/client-codedeploy';
import type { AppSpec, TrafficPlatform } from './appSpec';
import {
  applicationMissing,
  codeDeployError,
  deploymentConfigMissing,
  deploymentGroupMissing,
  deploymentMissing,
} from './codeDeployErrors';
import { predefinedDeploymentConfigs, type DeploymentConfig } from './predefinedDeploymentConfigs';
import type { TrafficStep } from './trafficSchedule';

export interface Application {
  applicationId: string;
  applicationName: string;
  computePlatform: TrafficPlatform;
  createTime: Date;
}

export interface AlarmConfiguration {
  enabled: boolean;
  ignorePollAlarmFailure: boolean;
  alarms: Array<{ name: string }>;
}

export type AutoRollbackEvent =
  'DEPLOYMENT_FAILURE' | 'DEPLOYMENT_STOP_ON_ALARM' | 'DEPLOYMENT_STOP_ON_REQUEST';

export interface AutoRollbackConfiguration {
  enabled: boolean;
  events: AutoRollbackEvent[];
}

export interface DeploymentGroup {
  applicationName: string;
  deploymentGroupId: string;
  deploymentGroupName: string;
  deploymentConfigName: string;
  serviceRoleArn: string;
  alarmConfiguration?: AlarmConfiguration;
  autoRollbackConfiguration?: AutoRollbackConfiguration;
  deploymentStyle: { deploymentType: DeploymentType; deploymentOption: DeploymentOption };
  /** Kept as sent: the emulator has no ECS or load balancers to check them against. */
  ecsServices?: Array<{ serviceName?: string; clusterName?: string }>;
  loadBalancerInfo?: LoadBalancerInfo;
  blueGreenDeploymentConfiguration?: BlueGreenDeploymentConfiguration;
  tags: Array<{ Key?: string; Value?: string }>;
  lastAttemptedDeploymentId?: string;
  lastSuccessfulDeploymentId?: string;
}

/** applicationName, which every operation on an application or its groups requires. */
export function requiredApplicationName(name: unknown): string {
  if (typeof name !== 'string' || name === '') {
    throw codeDeployError(
      'ApplicationNameRequiredException',
      'The minimum number of required application names was not specified: set applicationName.',
    );
  }
  return name;
}

export type DeploymentStatus = 'Created' | 'InProgress' | 'Succeeded' | 'Failed' | 'Stopped';
export type LifecycleStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped';
export type TargetStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed';

export interface LifecycleEventRecord {
  lifecycleEventName: string;
  status: LifecycleStatus;
  startTime?: Date;
  endTime?: Date;
  diagnostics?: { errorCode?: LifecycleErrorCode; scriptName?: string; message?: string };
  /** The hook function named in the AppSpec, and the id a hook reports its result with. */
  hookFunction?: string;
  hookExecutionId?: string;
  /** Whether PutLifecycleEventHookExecutionStatus has reported on this hook already. */
  reported?: boolean;
}

/** The Lambda alias or ECS service whose traffic a deployment moves, and where its traffic is. */
export interface TrafficTarget {
  targetId: string;
  targetArn: string;
  status: TargetStatus;
  lastUpdatedAt: Date;
  lifecycleEvents: LifecycleEventRecord[];
  /** Share of traffic (0..1) on the target version (Lambda) or green task set (ECS). */
  weight: number;
  spec: AppSpec;
  /** ECS task set identifiers: blue serves the current version, green the new one. */
  blueTaskSet: string;
  greenTaskSet: string;
}

export interface Deployment {
  deploymentId: string;
  applicationName: string;
  deploymentGroupName: string;
  deploymentConfigName: string;
  computePlatform: TrafficPlatform;
  status: DeploymentStatus;
  createTime: Date;
  startTime?: Date;
  completeTime?: Date;
  creator: 'user' | 'codeDeployRollback';
  description?: string;
  revision: RevisionLocation;
  errorInformation?: { code: ErrorCode; message: string };
  rollbackInfo?: {
    rollbackDeploymentId?: string;
    rollbackTriggeringDeploymentId?: string;
    rollbackMessage?: string;
  };
  autoRollbackConfiguration?: AutoRollbackConfiguration;
  alarmConfiguration?: AlarmConfiguration;
  deploymentStyle: DeploymentGroup['deploymentStyle'];
  target: TrafficTarget;
  schedule: TrafficStep[];
  statusMessages: string[];
}

export const isActive = (d: Deployment): boolean => d.status === 'Created' || d.status === 'InProgress';

/** Everything CodeDeploy holds, with look-ups that fail with the service's errors. */
export class CodeDeployState {
  readonly applications = new Map<string, Application>();
  readonly configs = new Map<string, DeploymentConfig>();
  /** Keyed by `${applicationName}/${deploymentGroupName}`. */
  readonly groups = new Map<string, DeploymentGroup>();
  readonly deployments = new Map<string, Deployment>();

  constructor() {
    this.clear();
  }

  clear(): void {
    this.applications.clear();
    this.groups.clear();
    this.deployments.clear();
    this.configs.clear();
    for (const config of predefinedDeploymentConfigs()) this.configs.set(config.deploymentConfigName, config);
  }

  application(name: unknown): Application {
    const given = requiredApplicationName(name);
    const app = this.applications.get(given);
    if (!app) throw applicationMissing(given);
    return app;
  }

  group(applicationName: unknown, groupName: unknown): DeploymentGroup {
    const app = this.application(applicationName);
    if (typeof groupName !== 'string' || groupName === '') {
      throw codeDeployError(
        'DeploymentGroupNameRequiredException',
        'The deployment group name was not specified: set deploymentGroupName.',
      );
    }
    const group = this.groups.get(groupKey(app.applicationName, groupName));
    if (!group) throw deploymentGroupMissing(app.applicationName, groupName);
    return group;
  }

  config(name: unknown): DeploymentConfig {
    if (typeof name !== 'string' || name === '') {
      throw codeDeployError(
        'DeploymentConfigNameRequiredException',
        'The deployment configuration name was not specified: set deploymentConfigName.',
      );
    }
    const config = this.configs.get(name);
    if (!config) throw deploymentConfigMissing(name);
    return config;
  }

  deployment(id: unknown): Deployment {
    if (typeof id !== 'string' || id === '') {
      throw codeDeployError(
        'DeploymentIdRequiredException',
        'At least one deployment ID must be specified: set deploymentId.',
      );
    }
    if (!DEPLOYMENT_ID.test(id)) {
      throw codeDeployError(
        'InvalidDeploymentIdException',
        `${id} is not a deployment ID: CodeDeploy's IDs look like d-ABCDEF123.`,
      );
    }
    const deployment = this.deployments.get(id);
    if (!deployment) throw deploymentMissing(id);
    return deployment;
  }

  groupsOf(applicationName: string): DeploymentGroup[] {
    return [...this.groups.values()].filter((g) => g.applicationName === applicationName);
  }
}

export const DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/;

export const groupKey = (applicationName: string, groupName: string): string =>
  `${applicationName}/${groupName}`;
