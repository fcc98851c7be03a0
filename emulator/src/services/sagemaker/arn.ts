import type { RequestContext } from '../../protocol/types';

/** The ARN partition of a region: `aws-cn` for China, `aws-us-gov` for GovCloud, `aws` elsewhere. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** `arn:<partition>:sagemaker:<region>:<account>:<type>/<name>`; SageMaker lower-cases names in ARNs. */
export function sagemakerArn(
  ctx: Pick<RequestContext, 'region' | 'accountId'>,
  type: string,
  name: string,
): string {
  return `arn:${partitionOf(ctx.region)}:sagemaker:${ctx.region}:${ctx.accountId}:${type}/${name.toLowerCase()}`;
}
