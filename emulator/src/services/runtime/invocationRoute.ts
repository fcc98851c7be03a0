import type { EmulatorEnvironment } from '../../environment';
import type { RoutingHosting } from '../../modelServing/hostingService';
import { pickRoute } from '../../modelServing/trafficRouter';
import type { Fleet } from '../../modelServing/types';
import { AwsError } from '../../protocol/awsError';
import type { RequestContext } from '../../protocol/types';

/**
 * The variant and fleet that serve one request, or the ValidationError SageMaker answers: an endpoint
 * with no routes is unknown to the data plane (never created, deleted, or not yet in service).
 */
export function routeInvocation(
  env: EmulatorEnvironment,
  endpointName: string,
  targetVariant: string | undefined,
  ctx: RequestContext,
): { variantName: string; fleet: Fleet } {
  const hosting = env.stores.hosting;
  const choice =
    hosting && 'route' in hosting
      ? (hosting as RoutingHosting).route(endpointName, targetVariant)
      : (() => {
          const routes = hosting?.routesOf(endpointName);
          return routes && pickRoute(endpointName, routes, targetVariant, Math.random);
        })();
  if (!choice) {
    throw new AwsError('ValidationError', `Endpoint ${endpointName} of account ${ctx.accountId} not found.`);
  }
  if (choice.kind === 'rejected') throw new AwsError('ValidationError', choice.message);
  return choice;
}
