import { validationError } from '../../protocol/awsError';

export interface Tag {
  Key: string;
  Value: string;
}

/** Tags of every SageMaker resource, by ARN, for AddTags/ListTags/DeleteTags and the Tags of Create* calls. */
export class TagStore {
  private readonly tags = new Map<string, Map<string, string>>();

  set(arn: string, tags: Tag[] | undefined): void {
    if (!tags?.length) return;
    if (tags.length > 50) throw validationError('A resource can have at most 50 tags.');
    const current = this.tags.get(arn) ?? new Map<string, string>();
    for (const tag of tags) {
      if (!tag.Key || tag.Key.length > 128)
        throw validationError(`Tag key "${tag.Key}" must be 1 to 128 characters.`);
      if ((tag.Value ?? '').length > 256)
        throw validationError(`Tag value for "${tag.Key}" must be at most 256 characters.`);
      current.set(tag.Key, tag.Value ?? '');
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
