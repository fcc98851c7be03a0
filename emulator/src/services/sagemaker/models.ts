import { validationError } from '../../protocol/awsError';
import type { OperationHandler, RequestContext } from '../../protocol/types';
import { sagemakerArn } from './arn';
import { listHostingResources } from './hostingListing';
import type { HostingStore } from './hostingStore';
import { validateCreateModel } from './hostingValidation';
import type { SageMakerContext } from './index';

/** CreateModel, DescribeModel, DeleteModel, ListModels. */
export function modelOperations(sm: SageMakerContext, store: HostingStore): Record<string, OperationHandler> {
  return {
    CreateModel: (input: Record<string, any>, ctx: RequestContext) => {
      validateCreateModel(input);
      const name: string = input.ModelName;
      const arn = sagemakerArn(ctx, 'model', name);
      if (store.models.has(name)) throw validationError(`Cannot create already existing model "${arn}".`);
      sm.tags.set(arn, input.Tags);
      store.models.set(name, { name, arn, creationTime: new Date(sm.env.clock.now()), request: input });
      return { ModelArn: arn };
    },

    DescribeModel: (input: Record<string, any>, ctx: RequestContext) => {
      const model = store.model(input.ModelName, ctx);
      const { Tags: _tags, ...request } = model.request;
      return {
        ...request,
        EnableNetworkIsolation: request.EnableNetworkIsolation ?? false,
        ModelArn: model.arn,
        CreationTime: model.creationTime,
      };
    },

    DeleteModel: (input: Record<string, any>, ctx: RequestContext) => {
      const model = store.model(input.ModelName, ctx);
      store.models.delete(model.name);
      sm.tags.forget(model.arn);
      return {};
    },

    ListModels: (input: Record<string, any>) => {
      const records = [...store.models.values()];
      const { page, next } = listHostingResources(records, input, ['Name', 'CreationTime']);
      return {
        Models: page.map((m) => ({ ModelName: m.name, ModelArn: m.arn, CreationTime: m.creationTime })),
        NextToken: next,
      };
    },
  };
}
