import type {
  CreateModelInput,
  CreateModelOutput,
  DeleteModelInput,
  DescribeModelInput,
  DescribeModelOutput,
  ListModelsInput,
  ListModelsOutput,
} from '@aws-sdk/client-sagemaker';
import { validationError } from '../../../protocol/awsError';
import type { OperationHandler, RequestContext } from '../../../protocol/types';
import { sagemakerArn } from '../arn';
import { listHostingResources } from '../hostingListing';
import type { HostingStore } from '../hostingStore';
import { validateCreateModel } from '../hostingValidation';
import type { SageMakerContext } from '../index';
import { requireMember } from '../validation';

/** CreateModel, DescribeModel, DeleteModel, ListModels. */
export function modelOperations(sm: SageMakerContext, store: HostingStore): Record<string, OperationHandler> {
  return {
    CreateModel: (input: CreateModelInput, ctx: RequestContext): CreateModelOutput => {
      validateCreateModel(input);
      const name = requireMember(input.ModelName, 'modelName');
      const arn = sagemakerArn(ctx, 'model', name);
      if (store.models.has(name)) throw validationError(`Cannot create already existing model "${arn}".`);
      sm.tags.set(arn, input.Tags);
      store.models.set(name, { name, arn, creationTime: new Date(sm.env.clock.now()), request: input });
      return { ModelArn: arn };
    },

    DescribeModel: (input: DescribeModelInput, ctx: RequestContext): DescribeModelOutput => {
      const model = store.model(input.ModelName, ctx);
      const { Tags: _tags, ...request } = model.request;
      return {
        ...request,
        EnableNetworkIsolation: request.EnableNetworkIsolation ?? false,
        ModelArn: model.arn,
        CreationTime: model.creationTime,
      };
    },

    // DeleteModel answers with an empty body.
    DeleteModel: (input: DeleteModelInput, ctx: RequestContext): Record<string, never> => {
      const model = store.model(input.ModelName, ctx);
      store.models.delete(model.name);
      sm.tags.forget(model.arn);
      return {};
    },

    ListModels: (input: ListModelsInput): ListModelsOutput => {
      const records = [...store.models.values()];
      const { page, next } = listHostingResources(records, input, ['Name', 'CreationTime']);
      return {
        Models: page.map((m) => ({ ModelName: m.name, ModelArn: m.arn, CreationTime: m.creationTime })),
        NextToken: next,
      };
    },
  };
}
