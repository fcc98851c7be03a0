import type { ScalableDimension } from '@aws-sdk/client-application-auto-scaling';
import { AwsError, validationError } from '../../protocol/awsError';
import { pageOf } from '../../protocol/listPager';
import { memberConstraints } from '../../protocol/memberConstraints';

const DIMENSIONS: readonly ScalableDimension[] = [
  'sagemaker:variant:DesiredInstanceCount',
  'sagemaker:variant:DesiredProvisionedConcurrency',
  'sagemaker:inference-component:DesiredCopyCount',
];
const RESOURCE_ID = /^(endpoint\/[^/]+\/variant\/[^/]+|inference-component\/[^/]+)$/;
/** The Describe operations' page size: MaxResults is 1 to 50, and 50 when not given. */
const MAX_PAGE = 50;

export const notFound = (message: string) => new AwsError('ObjectNotFoundException', message);

/** Application Auto Scaling's member checks: every refusal is a ValidationException. */
export const constraints = memberConstraints(validationError);

/** What every target, policy and scheduled action is keyed by. */
export interface Scope {
  ServiceNamespace: 'sagemaker';
  ResourceId: string;
  ScalableDimension: ScalableDimension;
}

export const keyOf = (s: Scope) => `${s.ServiceNamespace}|${s.ResourceId}|${s.ScalableDimension}`;

export function checkScope(input: {
  ServiceNamespace?: string;
  ResourceId?: string;
  ScalableDimension?: string;
}): Scope {
  if (input.ServiceNamespace !== 'sagemaker') {
    throw validationError(
      `The modelship emulator scales only sagemaker resources, not ${String(input.ServiceNamespace)}.`,
    );
  }
  if (!input.ResourceId || !RESOURCE_ID.test(input.ResourceId)) {
    throw validationError(
      `Unsupported resource ID ${String(input.ResourceId)}: use endpoint/<endpoint>/variant/<variant>.`,
    );
  }
  const dimension = constraints.required(input.ScalableDimension, 'scalableDimension');
  constraints.oneOf(dimension, 'scalableDimension', DIMENSIONS);
  return {
    ServiceNamespace: 'sagemaker',
    ResourceId: input.ResourceId,
    ScalableDimension: dimension as ScalableDimension,
  };
}

/** One page of a Describe operation; NextToken is the offset the previous page handed out. */
export function describePage<T>(
  items: T[],
  input: { MaxResults?: number; NextToken?: string },
): { page: T[]; NextToken?: string } {
  constraints.range(input.MaxResults, 'maxResults', 1, MAX_PAGE);
  const { page, next } = pageOf(items, {
    size: input.MaxResults ?? MAX_PAGE,
    token: input.NextToken,
    invalidToken: () => validationError('Invalid NextToken: pass the NextToken of the previous response.'),
  });
  return next === undefined ? { page } : { page, NextToken: next };
}
