import { describe, expect, it } from '@jest/globals';
import { packageModelSettings } from '../src/packageModelSettings';

const role = 'arn:aws:iam::123456789012:role/sagemaker';
const serving = {
  EndpointConfigName: 'churn-v3',
  EndpointConfigArn: 'arn:aws:sagemaker:us-east-1:1:endpoint-config/churn-v3',
  CreationTime: new Date(0),
  ProductionVariants: [
    {
      VariantName: 'AllTraffic',
      ModelName: 'churn-model-v3',
      InstanceType: 'ml.m5.large' as const,
      InitialInstanceCount: 2,
    },
  ],
};
const pkg = (containers: Array<{ Image: string; ModelDataUrl?: string }>) => ({
  ModelPackageName: 'churn',
  ModelPackageArn: 'arn:aws:sagemaker:us-east-1:1:model-package/churn/2',
  CreationTime: new Date(0),
  ModelPackageStatus: 'Completed' as const,
  InferenceSpecification: {
    Containers: containers,
    SupportedContentTypes: [],
    SupportedResponseMIMETypes: [],
  },
});

describe('packageModelSettings', () => {
  it('puts the package container on the serving variant, same name, type and count', () => {
    const settings = packageModelSettings(
      pkg([{ Image: 'img:2', ModelDataUrl: 's3://b/2.tar.gz' }]),
      serving,
      role,
    );
    expect(settings.model).toEqual({
      ExecutionRoleArn: role,
      PrimaryContainer: { Image: 'img:2', ModelDataUrl: 's3://b/2.tar.gz', Environment: undefined },
    });
    expect(settings.config('churn-model-v2').ProductionVariants).toEqual([
      expect.objectContaining({
        VariantName: 'AllTraffic',
        ModelName: 'churn-model-v2',
        InstanceType: 'ml.m5.large',
        InitialInstanceCount: 2,
      }),
    ]);
  });

  it('serves several containers as a serial pipeline', () => {
    const settings = packageModelSettings(pkg([{ Image: 'pre:1' }, { Image: 'model:1' }]), serving, role);
    expect(settings.model.Containers).toHaveLength(2);
    expect(settings.model.InferenceExecutionConfig).toEqual({ Mode: 'Serial' });
  });

  it('refuses a package without containers and a multi-variant endpoint', () => {
    expect(() => packageModelSettings(pkg([]), serving, role)).toThrow(/has no containers/);
    const twoVariants = {
      ...serving,
      ProductionVariants: [...serving.ProductionVariants, ...serving.ProductionVariants],
    };
    expect(() => packageModelSettings(pkg([{ Image: 'x' }]), twoVariants, role)).toThrow(/2 variants/);
  });
});
