import type { RequestContext } from '../../protocol/types';

/** `arn:aws:sagemaker:<region>:<account>:<type>/<name>`; SageMaker lower-cases names in ARNs. */
export function sagemakerArn(
  ctx: Pick<RequestContext, 'region' | 'accountId'>,
  type: string,
  name: string,
): string {
  return `arn:aws:sagemaker:${ctx.region}:${ctx.accountId}:${type}/${name.toLowerCase()}`;
}
