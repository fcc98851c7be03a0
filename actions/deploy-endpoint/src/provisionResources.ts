import { PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CreateEndpointConfigCommand, CreateModelCommand, type Tag } from '@aws-sdk/client-sagemaker';
import { findEndpointConfig, modelExists, provenanceTags } from '@modelship/shared';
import type { DeployRequest } from './deployRequest';
import type { PlannedDeployment } from './planAlarmsAndTraffic';
import type { DeployPorts } from './ports';
import type { ResolvedDeployment } from './resolveDeployment';

/**
 * Provision: the model, the endpoint config and the threshold alarms, each tagged with where it came
 * from; what an earlier run created is reused. Returns the tags, for what the shift creates.
 */
export async function provisionResources(
  ports: Pick<DeployPorts, 'sagemaker' | 'cloudwatch' | 'logger' | 'setOutput'>,
  request: DeployRequest,
  target: ResolvedDeployment,
  planned: PlannedDeployment,
): Promise<Tag[]> {
  ports.setOutput('model-name', target.modelName);
  ports.setOutput('endpoint-config-name', target.endpointConfigName);
  ports.setOutput('previous-endpoint-config-name', target.previousEndpointConfigName ?? '');
  const tags = provenanceTags(
    {
      ...request.provenance,
      modelPackageArn: request.source.kind === 'package' ? request.source.arn : undefined,
      previousEndpointConfig: target.previousEndpointConfigName,
    },
    request.inputs.tags ?? {},
  );
  if (request.source.kind !== 'model' && !(await modelExists(ports, target.modelName))) {
    await ports.sagemaker.send(
      new CreateModelCommand({ ModelName: target.modelName, ...target.modelSettings, Tags: tags }),
    );
    ports.logger.info(`Created model ${target.modelName}.`);
  }
  if (!(await findEndpointConfig(ports, target.endpointConfigName))) {
    await ports.sagemaker.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: target.endpointConfigName,
        ...target.configSettings,
        Tags: tags,
      }),
    );
    ports.logger.info(`Created endpoint config ${target.endpointConfigName}.`);
  }
  for (const alarm of planned.thresholdAlarms) {
    await ports.cloudwatch.send(new PutMetricAlarmCommand({ ...alarm, Tags: tags }));
    ports.logger.info(`Alarm ${alarm.AlarmName}: ${alarm.AlarmDescription}`);
  }
  return tags;
}
