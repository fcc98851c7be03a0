import type {
  AddTagsInput,
  AddTagsOutput,
  DeleteTagsInput,
  DeleteTagsOutput,
  ListTagsInput,
  ListTagsOutput,
  SearchRequest,
  SearchResponse,
} from '@aws-sdk/client-sagemaker';
import type { EmulatorEnvironment } from '../../environment';
import type { OperationHandler, OperationService } from '../../protocol/types';
import { search, SearchableResources } from './search';
import { TagStore } from './tagStore';
import { checkRange, paginate, requireMember } from './validation';

/** What every group of SageMaker operations gets: the environment and the shared tag store. */
export interface SageMakerContext {
  env: EmulatorEnvironment;
  tags: TagStore;
  /** What Search finds: each module registers the resources it keeps. */
  searchable: SearchableResources;
}

type OperationGroup = (sm: SageMakerContext) => Record<string, OperationHandler>;

/**
 * SageMaker over AWS JSON 1.1. Each resource family is its own module contributing operations; they
 * share the tag store (AddTags works on any ARN) and the environment. The families have a folder each
 * (models/, endpoints/ with its deployment/, transform/, training/, pipelines/, registry/); the files
 * beside this one are what several of them use.
 */
export function createSageMakerService(env: EmulatorEnvironment, groups: OperationGroup[]): OperationService {
  const tags = new TagStore();
  env.onReset(() => tags.clear());
  const searchable = new SearchableResources();
  const sm: SageMakerContext = { env, tags, searchable };
  const operations: Record<string, OperationHandler> = {
    AddTags: (input: AddTagsInput): AddTagsOutput => {
      tags.set(input.ResourceArn as string, input.Tags);
      return { Tags: input.Tags };
    },
    ListTags: (input: ListTagsInput): ListTagsOutput => {
      const arn = requireMember(input.ResourceArn, 'resourceArn');
      checkRange(input.MaxResults, 'maxResults', 50, 100);
      const { page, next } = paginate(tags.list(arn), input.MaxResults ?? 50, input.NextToken);
      return { Tags: page, NextToken: next };
    },
    Search: (input: SearchRequest): SearchResponse => search(searchable, input),
    DeleteTags: (input: DeleteTagsInput): DeleteTagsOutput => {
      tags.remove(input.ResourceArn as string, input.TagKeys ?? []);
      return {};
    },
  };
  for (const group of groups) Object.assign(operations, group(sm));
  return {
    kind: 'operations',
    name: 'sagemaker',
    signingName: 'sagemaker',
    targetPrefix: 'SageMaker',
    jsonVersion: '1.1',
    operations,
  };
}
