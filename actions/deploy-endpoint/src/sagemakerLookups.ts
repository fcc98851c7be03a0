import {
  DescribeModelCommand,
  DescribeModelPackageCommand,
  type ContainerDefinition,
} from '@aws-sdk/client-sagemaker';
import { ModelshipError } from '@modelship/shared';
import type { ModelSource } from './modelSource';
import type { DeployPorts } from './ports';

/** The containers to deploy. A registry version must be Approved: the registry is the release gate. */
export async function resolveContainers(
  ports: Pick<DeployPorts, 'sagemaker'>,
  source: ModelSource,
): Promise<ContainerDefinition[]> {
  switch (source.kind) {
    case 'image':
      return [source.container];
    case 'containers':
      return source.containers;
    case 'model': {
      const model = await ports.sagemaker.send(new DescribeModelCommand({ ModelName: source.name }));
      return model.Containers ?? (model.PrimaryContainer ? [model.PrimaryContainer] : []);
    }
    case 'package': {
      const pkg = await ports.sagemaker.send(
        new DescribeModelPackageCommand({ ModelPackageName: source.arn }),
      );
      if (pkg.ModelApprovalStatus !== 'Approved') {
        throw new ModelshipError(
          `Model package ${source.arn} is ${pkg.ModelApprovalStatus ?? 'not approved'}; only Approved versions are deployed.`,
          'Approve it in the model registry (UpdateModelPackage ModelApprovalStatus=Approved), or deploy another version.',
        );
      }
      return (pkg.InferenceSpecification?.Containers ?? []).map((c) => ({
        Image: c.Image,
        ModelDataUrl: c.ModelDataUrl,
        Environment: c.Environment,
      }));
    }
  }
}
