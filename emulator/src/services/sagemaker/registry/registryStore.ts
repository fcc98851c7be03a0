import type {
  AdditionalInferenceSpecificationDefinition,
  CreateModelPackageInput,
} from '@aws-sdk/client-sagemaker';
import { validationError } from '../../../protocol/awsError';
import type { RequestContext } from '../../../protocol/types';
import { sagemakerArn } from '../arn';
import type { ModelPackage, PackageGroup } from './modelPackageListing';
import { placementOf } from './modelPackageRequests';

export interface PackageRecord extends ModelPackage {
  request: CreateModelPackageInput;
  approvalDescription?: string;
  metadata: Record<string, string>;
  additional: AdditionalInferenceSpecificationDefinition[];
}

/** Where a new package will be: its name, ARN, group and version, and how to take that version. */
export interface PackagePlace {
  name: string;
  arn: string;
  group?: string;
  version?: number;
  /** Moves the group's version counter; called only once the package is accepted. */
  commit(): void;
}

/** Package groups by name and packages by ARN, found as the API finds them. */
export class ModelRegistry {
  readonly groups = new Map<string, PackageGroup>();
  readonly packages = new Map<string, PackageRecord>();

  clear(): void {
    this.groups.clear();
    this.packages.clear();
  }

  /** A group by name or ARN, in any case. */
  groupOf(nameOrArn: string): PackageGroup {
    const name = nameOrArn.startsWith('arn:') ? (nameOrArn.split('/').pop() ?? '') : nameOrArn;
    const group = [...this.groups.values()].find((g) => g.name.toLowerCase() === name.toLowerCase());
    if (!group) throw validationError(`Model Package Group ${name} does not exist.`);
    return group;
  }

  /** A package by ARN, by `group/version`, or (unversioned) by name. */
  packageOf(nameOrArn: string): PackageRecord {
    const found =
      this.packages.get(nameOrArn) ??
      [...this.packages.values()].find((p) =>
        p.group === undefined ? p.name === nameOrArn : `${p.group}/${p.version}` === nameOrArn,
      );
    if (!found) throw validationError(`ModelPackage ${nameOrArn} does not exist.`);
    return found;
  }

  /** A new package's place; a group's version counter moves only on commit. */
  place(input: CreateModelPackageInput, ctx: RequestContext): PackagePlace {
    const placement = placementOf(input);
    if ('name' in placement) {
      const arn = sagemakerArn(ctx, 'model-package', placement.name);
      if (this.packages.has(arn)) throw validationError(`Model Package ${arn} already exists.`);
      return { name: placement.name, arn, commit: () => undefined };
    }
    const group = this.groupOf(placement.group);
    const version = group.versions + 1;
    return {
      name: group.name,
      group: group.name,
      version,
      arn: sagemakerArn(ctx, 'model-package', `${group.name}/${version}`),
      commit: () => {
        group.versions = version;
      },
    };
  }
}
