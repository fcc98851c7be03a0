import type { EmulatorEnvironment } from '../../environment';
import type { OperationService } from '../../protocol/types';
import { applicationOperations } from './applications';
import { CodeDeployState } from './codeDeployState';
import { deploymentConfigOperations } from './deploymentConfigs';
import { deploymentGroupOperations } from './deploymentGroups';
import { DeploymentRunner } from './deploymentRun';
import { deploymentOperations } from './deployments';

/**
 * CodeDeploy (AWS JSON 1.1) for the Lambda and ECS compute platforms: applications, deployment
 * configs and groups, and deployments that shift traffic in emulated time, watched by CloudWatch
 * alarms and rolled back on stop. Nothing is invoked or routed: there is no Lambda or ECS here.
 */
export function createCodeDeployService(env: EmulatorEnvironment): OperationService {
  const state = new CodeDeployState();
  const runner = new DeploymentRunner(env, state);
  const clear = () => {
    runner.stopAll();
    state.clear();
  };
  env.onReset(clear);
  env.onShutdown(clear);
  return {
    kind: 'operations',
    name: 'codedeploy',
    signingName: 'codedeploy',
    targetPrefix: 'CodeDeploy_20141006',
    jsonVersion: '1.1',
    operations: {
      ...applicationOperations(env, state),
      ...deploymentConfigOperations(env, state),
      ...deploymentGroupOperations(state),
      ...deploymentOperations(env, state, runner),
    },
  };
}
