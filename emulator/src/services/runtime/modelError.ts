import { AwsError } from '../../protocol/awsError';
import type { RequestContext } from '../../protocol/types';
import type { ModelCallOutcome } from './modelCall';

/** How much of the model's answer ModelError quotes. */
const MESSAGE_LIMIT = 1024;

/** SageMaker's ModelError (424) for a model that answered non-2xx or did not answer. */
export function modelError(endpointName: string, ctx: RequestContext, outcome: ModelCallOutcome): AwsError {
  const logGroup = `/aws/sagemaker/Endpoints/${endpointName}`;
  const see =
    `See https://${ctx.region}.console.aws.amazon.com/cloudwatch/home?region=${ctx.region}#logEventViewer:group=${logGroup} ` +
    `in account ${ctx.accountId} for more information.`;
  let status: number;
  let original: string;
  let container: string;
  if (outcome.answered) {
    status = outcome.result.status;
    original = outcome.result.body.toString('utf8', 0, Math.min(outcome.result.body.length, MESSAGE_LIMIT));
    container = outcome.result.container ?? 'primary';
  } else {
    status = 0;
    container = outcome.failure.container;
    original = outcome.failure.timedOut
      ? `Your invocation timed out while waiting for a response from container ${container}. Review the latency metrics for each container in Amazon CloudWatch, resolve the issue, and try again.`
      : `The container ${container} could not be reached (${outcome.failure.message}).`;
  }
  const kind = status >= 400 && status < 500 ? 'client' : 'server';
  return new AwsError(
    'ModelError',
    `Received ${kind} error (${status}) from ${container} with message "${original}". ${see}`,
    424,
    {
      OriginalStatusCode: status,
      OriginalMessage: original,
      LogStreamArn: `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:${logGroup}`,
    },
  );
}
