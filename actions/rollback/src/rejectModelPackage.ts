import { UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import type { RollbackPorts } from './ports';
import type { RollbackJournal } from './rollbackJournal';
import { configWithProvenance } from './rollbackLookups';
import type { RollbackPlan } from './rollbackPlan';

/** SageMaker's ApprovalDescription: at most 1024 characters. */
const APPROVAL_DESCRIPTION_MAX = 1024;

export type RejectionOutcome = { kind: 'rejected'; arn: string } | { kind: 'skipped'; why: string };

/**
 * Marks the model package behind `fromConfig` (its provenance tag) Rejected, so that no pipeline
 * deploys it again. Never the package the endpoint returns to, even when both configs share it.
 */
export async function rejectModelPackageOf(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  fromConfig: string,
  targetPackageArn: string | undefined,
  description: string,
): Promise<RejectionOutcome> {
  const arn = (await configWithProvenance(ports, fromConfig))?.provenance.modelPackageArn;
  if (!arn) {
    return {
      kind: 'skipped',
      why: `endpoint config ${fromConfig} records no model package (tag modelship:model-package-arn), so nothing was marked Rejected`,
    };
  }
  if (arn === targetPackageArn) {
    return {
      kind: 'skipped',
      why: `${arn} is also the package the endpoint returns to, so it was not marked Rejected`,
    };
  }
  await ports.sagemaker.send(
    new UpdateModelPackageCommand({
      ModelPackageArn: arn,
      ModelApprovalStatus: 'Rejected',
      ApprovalDescription: description.slice(0, APPROVAL_DESCRIPTION_MAX),
    }),
  );
  return { kind: 'rejected', arn };
}

/** What reject-model-package did; undefined until it ran, as it runs at most once per rollback. */
export interface PackageRejection {
  rejectedArn?: string;
}

/**
 * reject-model-package: marks the package rolled back away from Rejected, once, and says so in the
 * journal; says why when there is nothing to reject.
 */
export async function rejectIfAsked(
  ports: Pick<RollbackPorts, 'sagemaker'>,
  plan: Pick<RollbackPlan, 'rejectPackage' | 'from' | 'target' | 'reason'>,
  journal: RollbackJournal,
  done: PackageRejection | undefined,
): Promise<PackageRejection | undefined> {
  if (!plan.rejectPackage || done) return done;
  const { from, target } = plan;
  if (!from || from === target.configName) {
    journal.did('reject-model-package: nothing was rolled back away from, so nothing was marked Rejected.');
    return {};
  }
  const rejection = await rejectModelPackageOf(
    ports,
    from,
    target.modelPackageArn,
    plan.reason ?? `Rolled back by modelship from ${from} to ${target.configName}.`,
  );
  if (rejection.kind === 'skipped') {
    journal.couldNot(`reject-model-package: ${rejection.why}.`);
    return {};
  }
  journal.did(`Marked model package ${rejection.arn} Rejected.`);
  return { rejectedArn: rejection.arn };
}
