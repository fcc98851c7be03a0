import { validationError } from '../../protocol/awsError';

export interface Tag {
  Key: string;
  Value: string;
}

const MAX_TAGS_PER_RESOURCE = 50;

/** Tags of every SageMaker resource, by ARN, for AddTags/ListTags/DeleteTags and the Tags of Create* calls. */
export class TagStore {
  private readonly tags = new Map<string, Map<string, string>>();

  /**
   * Adds or overwrites tags. The limit is per resource: the tags it already has plus the new keys may not
   * exceed 50, and nothing is applied when they would.
   */
  set(arn: string, tags: Array<{ Key?: string; Value?: string }> | undefined): void {
    if (!tags?.length) return;
    const current = new Map(this.tags.get(arn) ?? []);
    for (const tag of tags) {
      if (!tag.Key || tag.Key.length > 128)
        throw validationError(`Tag key "${String(tag.Key)}" must be 1 to 128 characters.`);
      if ((tag.Value ?? '').length > 256)
        throw validationError(`Tag value for "${tag.Key}" must be at most 256 characters.`);
      current.set(tag.Key, tag.Value ?? '');
    }
    if (current.size > MAX_TAGS_PER_RESOURCE) {
      const existing = this.tags.get(arn)?.size ?? 0;
      throw validationError(
        `Tags could not be added to ${arn}: a resource can have at most ${MAX_TAGS_PER_RESOURCE} tags, and it would have ${current.size} (${existing} already, ${current.size - existing} new).`,
      );
    }
    this.tags.set(arn, current);
  }

  list(arn: string): Tag[] {
    return [...(this.tags.get(arn) ?? new Map<string, string>())].map(([Key, Value]) => ({ Key, Value }));
  }

  remove(arn: string, keys: string[]): void {
    const current = this.tags.get(arn);
    for (const key of keys) current?.delete(key);
  }

  forget(arn: string): void {
    this.tags.delete(arn);
  }

  clear(): void {
    this.tags.clear();
  }
}
