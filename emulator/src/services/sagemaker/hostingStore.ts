import { validationError } from '../../protocol/awsError';
import type { RequestContext } from '../../protocol/types';
import { sagemakerArn } from './arn';
import type { EndpointState } from './endpointState';

type ArnContext = Pick<RequestContext, 'region' | 'accountId'>;

/** A created model or endpoint config: immutable once created, so the request is what describes it. */
export interface HostingRecord {
  name: string;
  arn: string;
  creationTime: Date;
  request: Record<string, any>;
}

/**
 * Models, endpoint configs and endpoints of the SageMaker hosting control plane, with SageMaker's
 * not-found errors. Models are named by ARN in errors and configs and endpoints by name, as the service does.
 */
export class HostingStore {
  readonly models = new Map<string, HostingRecord>();
  readonly configs = new Map<string, HostingRecord>();
  readonly endpoints = new Map<string, EndpointState>();

  model(name: string | undefined, ctx: ArnContext): HostingRecord {
    const model = this.models.get(name ?? '');
    if (!model) throw validationError(`Could not find model "${sagemakerArn(ctx, 'model', String(name))}".`);
    return model;
  }

  config(name: string | undefined): HostingRecord {
    const config = this.configs.get(name ?? '');
    if (!config) throw validationError(`Could not find endpoint configuration "${name}".`);
    return config;
  }

  endpoint(name: string | undefined): EndpointState {
    const endpoint = this.endpoints.get(name ?? '');
    if (!endpoint) throw validationError(`Could not find endpoint "${name}".`);
    return endpoint;
  }

  clear(): void {
    for (const endpoint of this.endpoints.values()) endpoint.abort.abort();
    this.endpoints.clear();
    this.models.clear();
    this.configs.clear();
  }
}
