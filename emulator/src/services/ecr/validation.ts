import { memberConstraints } from '../../protocol/memberConstraints';
import { invalidParameter, parameterConstraint } from './ecrErrors';

/** ECR's member checks, in the wording every service shares, answered with InvalidParameterException. */
export const constraints = memberConstraints(invalidParameter);

/** The model's repositoryName pattern; it also keeps names safe to use as registry and storage paths. */
const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
/** Docker's tag grammar (ECR allows up to 300 characters). */
const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,299}$/;
const IMAGE_DIGEST = /^sha256:[a-f0-9]{64}$/;

export const TAG_MUTABILITIES = [
  'MUTABLE',
  'IMMUTABLE',
  'IMMUTABLE_WITH_EXCLUSION',
  'MUTABLE_WITH_EXCLUSION',
] as const;
export type TagMutability = (typeof TAG_MUTABILITIES)[number];

export const ENCRYPTION_TYPES = ['AES256', 'KMS', 'KMS_DSSE'] as const;
export const TAG_STATUSES = ['TAGGED', 'UNTAGGED', 'ANY'] as const;
export type TagStatus = (typeof TAG_STATUSES)[number];

export function requireString(value: unknown, member: string): string {
  if (typeof value !== 'string' || value === '') {
    throw invalidParameter(`${member} is required: pass a non-empty string.`);
  }
  return value;
}

export function checkRepositoryName(value: unknown): string {
  const name = requireString(value, 'repositoryName');
  if (name.length < 2 || name.length > 256 || !REPOSITORY_NAME.test(name)) {
    throw parameterConstraint(
      'repositoryName',
      "must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*' and be 2 to 256 characters long",
      ` (got '${name}'). Use lower-case letters, digits, and . _ - / between them.`,
    );
  }
  return name;
}

export const isValidImageTag = (tag: string): boolean => IMAGE_TAG.test(tag);
export const isValidImageDigest = (digest: string): boolean => IMAGE_DIGEST.test(digest);

export function checkImageTag(value: unknown): string {
  const tag = requireString(value, 'imageTag');
  if (!isValidImageTag(tag)) {
    throw parameterConstraint(
      'imageTag',
      'must be 1 to 300 characters of letters, digits, _ . - not starting with . or -',
      ` (got '${tag}').`,
    );
  }
  return tag;
}

export function checkEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  member: string,
): T | undefined {
  constraints.oneOf(value, member, allowed);
  return value as T | undefined;
}

/** maxResults of the Describe/List operations: a whole number from 1 to 1000. */
export function checkMaxResults(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw constraints.violation(value, 'maxResults', 'Member must be an integer');
  }
  constraints.range(value, 'maxResults', 1, 1000);
  return value;
}
