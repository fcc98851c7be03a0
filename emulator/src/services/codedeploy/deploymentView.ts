import type { Deployment, LifecycleEventRecord } from './codeDeployState';

/** How much of the deployment's traffic is where, in ECS's percentages. */
const percent = (weight: number) => Math.round(weight * 10_000) / 100;

const lifecycleEventView = (event: LifecycleEventRecord) => ({
  lifecycleEventName: event.lifecycleEventName,
  status: event.status,
  startTime: event.startTime,
  endTime: event.endTime,
  diagnostics: event.diagnostics,
});

/** GetDeployment's deploymentInfo. */
export function deploymentInfo(d: Deployment) {
  const status = d.target.status;
  return {
    applicationName: d.applicationName,
    deploymentGroupName: d.deploymentGroupName,
    deploymentConfigName: d.deploymentConfigName,
    deploymentId: d.deploymentId,
    revision: d.revision,
    status: d.status,
    errorInformation: d.errorInformation,
    createTime: d.createTime,
    startTime: d.startTime,
    completeTime: d.completeTime,
    deploymentOverview: {
      Pending: status === 'Pending' ? 1 : 0,
      InProgress: status === 'InProgress' ? 1 : 0,
      Succeeded: status === 'Succeeded' ? 1 : 0,
      Failed: status === 'Failed' ? 1 : 0,
      Skipped: 0,
      Ready: 0,
    },
    description: d.description,
    creator: d.creator,
    ignoreApplicationStopFailures: false,
    autoRollbackConfiguration: d.autoRollbackConfiguration,
    updateOutdatedInstancesOnly: false,
    rollbackInfo: d.rollbackInfo,
    deploymentStyle: d.deploymentStyle,
    instanceTerminationWaitTimeStarted: false,
    fileExistsBehavior: 'DISALLOW' as const,
    deploymentStatusMessages: d.statusMessages,
    computePlatform: d.computePlatform,
    overrideAlarmConfiguration: d.alarmConfiguration,
  };
}

/** GetDeploymentTarget's deploymentTarget: a LambdaTarget or an ECSTarget, with where the traffic is. */
export function deploymentTarget(d: Deployment) {
  const t = d.target;
  const common = {
    deploymentId: d.deploymentId,
    targetId: t.targetId,
    targetArn: t.targetArn,
    status: t.status,
    lastUpdatedAt: t.lastUpdatedAt,
    lifecycleEvents: t.lifecycleEvents.map(lifecycleEventView),
  };
  if (t.spec.platform === 'Lambda') {
    return {
      deploymentTargetType: 'LambdaTarget' as const,
      lambdaTarget: {
        ...common,
        lambdaFunctionInfo: {
          functionName: t.spec.functionName,
          functionAlias: t.spec.alias,
          currentVersion: t.spec.currentVersion,
          targetVersion: t.spec.targetVersion,
          targetVersionWeight: t.weight,
        },
      },
    };
  }
  const taskSet = (identifer: string, label: 'Blue' | 'Green', weight: number) => ({
    identifer,
    desiredCount: 1,
    pendingCount: 0,
    runningCount: 1,
    status: label === 'Blue' ? 'PRIMARY' : 'ACTIVE',
    trafficWeight: percent(weight),
    taskSetLabel: label,
  });
  return {
    deploymentTargetType: 'ECSTarget' as const,
    ecsTarget: {
      ...common,
      taskSetsInfo: [
        taskSet(t.blueTaskSet, 'Blue', 1 - t.weight),
        taskSet(t.greenTaskSet, 'Green', t.weight),
      ],
    },
  };
}
