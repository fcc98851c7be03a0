import type {
  CreateEndpointInput,
  CreateEndpointOutput,
  DeleteEndpointInput,
  DescribeEndpointInput,
  DescribeEndpointOutput,
  ListEndpointsInput,
  ListEndpointsOutput,
} from '@aws-sdk/client-sagemaker';
import type { EmulatorEnvironment } from '../../../environment';
import { validationError } from '../../../protocol/awsError';
import type { OperationHandler, RequestContext } from '../../../protocol/types';
import { sagemakerArn } from '../arn';
import { describeEndpoint } from './endpointDescription';
import { capFailureReason, setPhase, type EndpointState } from './endpointState';
import { listHostingResources } from '../hostingListing';
import type { HostingStore } from '../hostingStore';
import type { SageMakerContext } from '../index';
import { steadyRoutes } from './trafficRoutes';
import {
  deployedVariant,
  hostingOf,
  planVariants,
  startAllFleets,
  stopFleets,
  type PlannedVariant,
} from './variantFleets';
import { checkEnum, checkName, requireMember } from '../validation';

const ENDPOINT_STATUSES = [
  'OutOfService',
  'Creating',
  'Updating',
  'SystemUpdating',
  'RollingBack',
  'InService',
  'Deleting',
  'Failed',
  'UpdateRollbackFailed',
];
const IN_PROGRESS = new Set(['Creating', 'Updating', 'RollingBack', 'Deleting', 'SystemUpdating']);

/**
 * SageMaker's refusals to change an endpoint: one that is creating, updating or deleting, and a Failed
 * one, on which only DeleteEndpoint is allowed.
 */
export function assertUpdatable(endpoint: EndpointState): void {
  if (IN_PROGRESS.has(endpoint.status)) {
    throw validationError(`Cannot update in-progress endpoint "${endpoint.arn}".`);
  }
  if (endpoint.status === 'Failed') {
    throw validationError(
      `Cannot update failed endpoint "${endpoint.arn}". The only operation allowed on a failed endpoint is DeleteEndpoint.`,
    );
  }
}

/** Creating -> (every variant's fleet answers /ping, then provisioning time) -> InService, or Failed. */
async function provision(env: EmulatorEnvironment, endpoint: EndpointState, planned: PlannedVariant[]) {
  const signal = endpoint.abort.signal;
  const variants = endpoint.pending?.variants ?? [];
  try {
    const fleets = await startAllFleets(env, planned);
    fleets.forEach((fleet, i) => {
      const variant = variants[i];
      if (variant) variant.fleets = [fleet];
    });
    await env.clock.sleep(env.timing.provisioningMs, signal);
    setPhase(variants, new Date(env.clock.now()));
    endpoint.variants = variants;
    hostingOf(env).setRoutes(endpoint.name, steadyRoutes(variants));
    endpoint.status = 'InService';
  } catch (err) {
    if (signal.aborted) return;
    await stopFleets(variants);
    // SageMaker finds a missing model archive or a failing container only after provisioning the
    // instances: the endpoint reports Creating for that time, then Failed.
    await env.clock.sleep(env.timing.provisioningMs, signal).catch(() => undefined);
    if (signal.aborted) return;
    endpoint.status = 'Failed';
    endpoint.failureReason = capFailureReason(err instanceof Error ? err.message : String(err));
  }
  endpoint.pending = undefined;
  endpoint.lastModifiedTime = new Date(env.clock.now());
}

/** CreateEndpoint, DescribeEndpoint, DeleteEndpoint, ListEndpoints. */
export function endpointOperations(
  sm: SageMakerContext,
  store: HostingStore,
): Record<string, OperationHandler> {
  const env = sm.env;
  const now = () => new Date(env.clock.now());
  sm.searchable.register('Endpoint', () =>
    [...store.endpoints.values()].map((e) => ({ ...describeEndpoint(e), Tags: sm.tags.list(e.arn) })),
  );
  return {
    CreateEndpoint: (input: CreateEndpointInput, ctx: RequestContext): CreateEndpointOutput => {
      const name = checkName(input.EndpointName, 'endpointName');
      const arn = sagemakerArn(ctx, 'endpoint', name);
      if (store.endpoints.has(name))
        throw validationError(`Cannot create already existing endpoint "${arn}".`);
      const config = store.config(checkName(input.EndpointConfigName, 'endpointConfigName'));
      const planned = planVariants(store, name, config, ctx);
      sm.tags.set(arn, input.Tags);
      const variants = planned.map((p) => deployedVariant(p));
      setPhase(variants, now(), 'Creating', 'Creating the instances of the variant.');
      const endpoint: EndpointState = {
        name,
        arn,
        configName: config.name,
        configRequest: config.request,
        status: 'Creating',
        creationTime: now(),
        lastModifiedTime: now(),
        variants: [],
        pending: { configName: config.name, startTime: now(), variants },
        deployments: [],
        abort: new AbortController(),
      };
      store.endpoints.set(name, endpoint);
      void provision(env, endpoint, planned);
      return { EndpointArn: arn };
    },

    DescribeEndpoint: (input: DescribeEndpointInput): DescribeEndpointOutput =>
      describeEndpoint(store.endpoint(requireMember(input.EndpointName, 'endpointName'))),

    // DeleteEndpoint answers with an empty body.
    DeleteEndpoint: (input: DeleteEndpointInput): Record<string, never> => {
      const endpoint = store.endpoint(requireMember(input.EndpointName, 'endpointName'));
      if (IN_PROGRESS.has(endpoint.status)) {
        throw validationError(`Cannot update in-progress endpoint "${endpoint.arn}".`);
      }
      endpoint.status = 'Deleting';
      endpoint.lastModifiedTime = now();
      endpoint.abort.abort();
      setPhase(endpoint.variants, now(), 'Deleting', 'Terminating the instances of the variant.');
      env.stores.hosting?.setRoutes(endpoint.name, undefined);
      void stopFleets(endpoint.variants).finally(() => {
        if (store.endpoints.get(endpoint.name) === endpoint) store.endpoints.delete(endpoint.name);
        sm.tags.forget(endpoint.arn);
      });
      return {};
    },

    ListEndpoints: (input: ListEndpointsInput): ListEndpointsOutput => {
      checkEnum(input.StatusEquals, 'statusEquals', ENDPOINT_STATUSES);
      const endpoints = [...store.endpoints.values()].map((e) => ({
        name: e.name,
        creationTime: e.creationTime,
        lastModifiedTime: e.lastModifiedTime,
        status: e.status,
        endpoint: e,
      }));
      const { page, next } = listHostingResources(endpoints, input, ['Name', 'CreationTime', 'Status']);
      return {
        Endpoints: page.map(({ endpoint: e }) => ({
          EndpointName: e.name,
          EndpointArn: e.arn,
          CreationTime: e.creationTime,
          LastModifiedTime: e.lastModifiedTime,
          EndpointStatus: e.status,
        })),
        NextToken: next,
      };
    },
  };
}
