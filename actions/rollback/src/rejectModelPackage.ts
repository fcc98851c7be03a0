import { UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import type { RollbackPorts } from './ports';
import { configWithProvenance } from './rollbackLookups';

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
