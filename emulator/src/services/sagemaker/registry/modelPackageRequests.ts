import type {
  AdditionalInferenceSpecificationDefinition,
  CreateModelPackageInput,
} from '@aws-sdk/client-sagemaker';
import { validationError } from '../../../protocol/awsError';
import { checkEnum, checkName, constraints, requireMember } from '../validation';
import { APPROVAL } from './modelPackageListing';

const METADATA_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_INFERENCE_SPECIFICATIONS = 15;

/** CustomerMetadataProperties: 1 to 50 entries, keys and values within SageMaker's lengths and characters. */
export function checkMetadata(properties: Record<string, string> | undefined): void {
  if (!properties) return;
  const entries = Object.entries(properties);
  if (entries.length < 1 || entries.length > 50)
    throw validationError('CustomerMetadataProperties must have 1 to 50 entries.');
  for (const [key, value] of entries) {
    if (key.length < 1 || key.length > 128 || !METADATA_PATTERN.test(key))
      throw validationError(`Invalid CustomerMetadataProperties key "${key}".`);
    if (value.length < 1 || value.length > 256 || !METADATA_PATTERN.test(value))
      throw validationError(`Invalid CustomerMetadataProperties value for "${key}".`);
  }
}

/** AdditionalInferenceSpecifications: named, 1–15 containers each, at most 15 in all, names unique. */
export function checkAdditionalSpecifications(
  current: AdditionalInferenceSpecificationDefinition[],
  added: AdditionalInferenceSpecificationDefinition[] | undefined,
  member: string,
): AdditionalInferenceSpecificationDefinition[] {
  if (added === undefined) return current;
  constraints.count(added, member, 1, MAX_INFERENCE_SPECIFICATIONS);
  const names = new Set(current.map((s) => s.Name));
  added.forEach((spec, index) => {
    const name = checkName(spec.Name, `${member}.${index + 1}.member.name`);
    if (names.has(name)) {
      throw validationError(
        `An additional inference specification named "${name}" already exists on this model package; names must be unique.`,
      );
    }
    names.add(name);
    const containers = spec.Containers ?? [];
    if (containers.length < 1 || containers.length > 15) {
      throw validationError(`${member}.${index + 1}.Containers must have 1 to 15 containers.`);
    }
    containers.forEach((c, i) =>
      requireMember(c.Image, `${member}.${index + 1}.member.containers.${i + 1}.member.image`),
    );
  });
  const all = [...current, ...added];
  if (all.length > MAX_INFERENCE_SPECIFICATIONS) {
    throw validationError(
      `A model package can have at most ${MAX_INFERENCE_SPECIFICATIONS} additional inference specifications; this would make ${all.length}.`,
    );
  }
  return all;
}

/** Where a new package goes: a version in a group, or an unversioned package under its own name. */
export function placementOf(input: CreateModelPackageInput): { group: string } | { name: string } {
  if (input.ModelPackageName !== undefined && input.ModelPackageGroupName !== undefined) {
    throw validationError(
      'ModelPackageName and ModelPackageGroupName cannot both be given: give ModelPackageGroupName for a versioned package, or ModelPackageName for an unversioned one.',
    );
  }
  if (input.ModelPackageGroupName !== undefined)
    return { group: requireMember(input.ModelPackageGroupName, 'modelPackageGroupName') };
  if (input.ModelPackageName !== undefined)
    return { name: checkName(input.ModelPackageName, 'modelPackageName') };
  throw validationError(
    'Either ModelPackageGroupName (a versioned package) or ModelPackageName (an unversioned package) must be given.',
  );
}

/** CreateModelPackage's own members, once the package's place (group or name) is known. */
export function checkPackage(input: CreateModelPackageInput): void {
  checkEnum(input.ModelApprovalStatus, 'modelApprovalStatus', APPROVAL);
  constraints.length(input.ModelPackageDescription, 'modelPackageDescription', 0, 1024);
  const containers = input.InferenceSpecification?.Containers ?? [];
  if (input.InferenceSpecification && (containers.length < 1 || containers.length > 15)) {
    throw validationError('InferenceSpecification.Containers must have 1 to 15 containers.');
  }
  for (const container of containers)
    requireMember(container.Image, 'inferenceSpecification.containers.member.image');
  checkMetadata(input.CustomerMetadataProperties);
}
