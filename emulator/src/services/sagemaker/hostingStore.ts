import type { CreateModelInput } from '@aws-sdk/client-sagemaker';
import { validationError } from '../../protocol/awsError';
import type { RequestContext } from '../../protocol/types';
import { sagemakerArn } from './arn';
import type { EndpointState } from './endpoints/endpointState';
import type { ValidEndpointConfigInput } from './validHostingRequests';

type ArnContext = Pick<RequestContext, 'region' | 'accountId'>;

/** A created model or endpoint config: immutable once created, so the request is what describes it. */
export interface HostingRecord<Request> {
  name: string;
  arn: string;
  creationTime: Date;
  request: Request;
}

export type ModelRecord = HostingRecord<CreateModelInput>;
export type EndpointConfigRecord = HostingRecord<ValidEndpointConfigInput>;

/**
 * Models, endpoint configs and endpoints of the SageMaker hosting control plane, with SageMaker's
 * not-found errors. Models are named by ARN in errors and configs and endpoints by name, as the service does.
 */
export class HostingStore {
  readonly models = new Map<string, ModelRecord>();
  readonly configs = new Map<string, EndpointConfigRecord>();
  readonly endpoints = new Map<string, EndpointState>();

  model(name: string | undefined, ctx: ArnContext): ModelRecord {
    const model = this.models.get(name ?? '');
    if (!model) throw validationError(`Could not find model "${sagemakerArn(ctx, 'model', String(name))}".`);
    return model;
  }

  config(name: string | undefined): EndpointConfigRecord {
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
