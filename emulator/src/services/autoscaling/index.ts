import type {
  DeleteScalingPolicyRequest,
  DeleteScalingPolicyResponse,
  DeleteScheduledActionResponse,
  DeregisterScalableTargetResponse,
  DescribeScalableTargetsResponse,
  DescribeScalingPoliciesResponse,
  DescribeScheduledActionsResponse,
  PutScalingPolicyResponse,
  PutScheduledActionResponse,
  RegisterScalableTargetResponse,
  ScalableTarget,
  ScalingPolicy,
  ScheduledAction,
  DeleteScheduledActionRequest,
  DeregisterScalableTargetRequest,
  DescribeScalableTargetsRequest,
  DescribeScalingPoliciesRequest,
  DescribeScheduledActionsRequest,
  PutScalingPolicyRequest,
  PutScheduledActionRequest,
  RegisterScalableTargetRequest,
} from '@aws-sdk/client-application-auto-scaling';
import type { EmulatorEnvironment } from '../../environment';
import { validationError as validation } from '../../protocol/awsError';
import type { OperationService, RequestContext } from '../../protocol/types';
import { checkScope, describePage, keyOf, notFound } from './scalingRequestChecks';

/** The members the Describe operations filter on; each kind of item has some of them. */
interface Filterable {
  ServiceNamespace?: string;
  ResourceId?: string;
  ScalableDimension?: string;
  PolicyName?: string;
  ScheduledActionName?: string;
}

/**
 * Application Auto Scaling for SageMaker variants (AWS JSON 1.1): targets, policies and scheduled
 * actions are kept, not acted on. SageMaker reads the targets to refuse instance-type changes.
 */
export function createAutoScalingService(env: EmulatorEnvironment): OperationService {
  const targets = new Map<string, ScalableTarget>();
  const policies = new Map<string, ScalingPolicy>();
  const scheduled = new Map<string, ScheduledAction>();
  env.stores.scalableTargets = {
    isRegistered: (resourceId) => [...targets.values()].some((t) => t.ResourceId === resourceId),
  };
  env.onReset(() => {
    targets.clear();
    policies.clear();
    scheduled.clear();
  });
  /** The filters DescribeScalableTargets, DescribeScalingPolicies and DescribeScheduledActions share. */
  const matching = <T extends Filterable>(
    items: Map<string, T>,
    input: {
      ServiceNamespace?: string;
      ResourceId?: string;
      ResourceIds?: readonly unknown[];
      ScalableDimension?: string;
      PolicyNames?: readonly unknown[];
      ScheduledActionNames?: readonly unknown[];
    },
  ) =>
    [...items.values()].filter(
      (t) =>
        t.ServiceNamespace === input.ServiceNamespace &&
        (!input.ResourceId || t.ResourceId === input.ResourceId) &&
        (!input.ResourceIds || input.ResourceIds.includes(t.ResourceId)) &&
        (!input.ScalableDimension || t.ScalableDimension === input.ScalableDimension) &&
        (!input.PolicyNames || input.PolicyNames.includes(t.PolicyName)) &&
        (!input.ScheduledActionNames || input.ScheduledActionNames.includes(t.ScheduledActionName)),
    );
  const arn = (ctx: RequestContext, kind: string, name: string) =>
    `arn:aws:autoscaling:${ctx.region}:${ctx.accountId}:${kind}:${name}`;

  return {
    kind: 'operations',
    name: 'application-autoscaling',
    signingName: 'application-autoscaling',
    targetPrefix: 'AnyScaleFrontendService',
    jsonVersion: '1.1',
    operations: {
      RegisterScalableTarget: (input: RegisterScalableTargetRequest, ctx): RegisterScalableTargetResponse => {
        const scope = checkScope(input);
        const existing = targets.get(keyOf(scope));
        if (!existing && (input.MinCapacity === undefined || input.MaxCapacity === undefined)) {
          throw validation('MinCapacity and MaxCapacity are required to register a new scalable target.');
        }
        const target: ScalableTarget = {
          ...existing,
          ...input,
          ...scope,
          MinCapacity: input.MinCapacity ?? existing?.MinCapacity,
          MaxCapacity: input.MaxCapacity ?? existing?.MaxCapacity,
          RoleARN:
            input.RoleARN ??
            `arn:aws:iam::${ctx.accountId}:role/aws-service-role/sagemaker.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_SageMakerEndpoint`,
          CreationTime: existing?.CreationTime ?? new Date(env.clock.now()),
        };
        if ((target.MinCapacity ?? 0) > (target.MaxCapacity ?? 0)) {
          throw validation('MinCapacity must be less than or equal to MaxCapacity.');
        }
        targets.set(keyOf(scope), target);
        return { ScalableTargetARN: arn(ctx, 'scalable-target', scope.ResourceId) };
      },
      DeregisterScalableTarget: (
        input: DeregisterScalableTargetRequest,
      ): DeregisterScalableTargetResponse => {
        const scope = checkScope(input);
        if (!targets.delete(keyOf(scope)))
          throw notFound(
            `No scalable target found for service namespace: sagemaker, resource ID: ${scope.ResourceId}, scalable dimension: ${scope.ScalableDimension}`,
          );
        for (const [key, policy] of policies)
          if (policy.ResourceId === scope.ResourceId) policies.delete(key);
        for (const [key, action] of scheduled)
          if (action.ResourceId === scope.ResourceId) scheduled.delete(key);
        return {};
      },
      DescribeScalableTargets: (input: DescribeScalableTargetsRequest): DescribeScalableTargetsResponse => {
        const { page, NextToken } = describePage(matching(targets, input), input);
        return { ScalableTargets: page, NextToken };
      },
      PutScalingPolicy: (input: PutScalingPolicyRequest, ctx): PutScalingPolicyResponse => {
        const scope = checkScope(input);
        if (!targets.has(keyOf(scope)))
          throw notFound(`No scalable target registered for ${scope.ResourceId}; register it first.`);
        if (!input.PolicyName) throw validation('PolicyName is required.');
        const policyArn = arn(ctx, 'scalingPolicy', `${scope.ResourceId}:policyName/${input.PolicyName}`);
        policies.set(`${keyOf(scope)}|${input.PolicyName}`, {
          ...input,
          ...scope,
          PolicyType: input.PolicyType,
          PolicyARN: policyArn,
          CreationTime: new Date(env.clock.now()),
        });
        return { PolicyARN: policyArn, Alarms: [] };
      },
      DeleteScalingPolicy: (input: DeleteScalingPolicyRequest): DeleteScalingPolicyResponse => {
        const scope = checkScope(input);
        if (!policies.delete(`${keyOf(scope)}|${input.PolicyName}`))
          throw notFound(`No scaling policy found for ${input.PolicyName}.`);
        return {};
      },
      DescribeScalingPolicies: (input: DescribeScalingPoliciesRequest): DescribeScalingPoliciesResponse => {
        const { page, NextToken } = describePage(matching(policies, input), input);
        return { ScalingPolicies: page, NextToken };
      },
      PutScheduledAction: (input: PutScheduledActionRequest, ctx): PutScheduledActionResponse => {
        const scope = checkScope(input);
        if (!/^(at|rate|cron)\(.+\)$/.test(String(input.Schedule ?? ''))) {
          throw validation(`Schedule ${String(input.Schedule)} must be at(...), rate(...) or cron(...).`);
        }
        scheduled.set(`${keyOf(scope)}|${input.ScheduledActionName}`, {
          ...input,
          ...scope,
          Schedule: input.Schedule,
          ScheduledActionARN: arn(
            ctx,
            'scheduledAction',
            `${scope.ResourceId}:scheduledActionName/${input.ScheduledActionName}`,
          ),
          CreationTime: new Date(env.clock.now()),
        });
        return {};
      },
      DeleteScheduledAction: (input: DeleteScheduledActionRequest): DeleteScheduledActionResponse => {
        const scope = checkScope(input);
        if (!scheduled.delete(`${keyOf(scope)}|${input.ScheduledActionName}`))
          throw notFound(`No scheduled action ${input.ScheduledActionName}.`);
        return {};
      },
      DescribeScheduledActions: (
        input: DescribeScheduledActionsRequest,
      ): DescribeScheduledActionsResponse => {
        const { page, NextToken } = describePage(matching(scheduled, input), input);
        return { ScheduledActions: page, NextToken };
      },
    },
  };
}
