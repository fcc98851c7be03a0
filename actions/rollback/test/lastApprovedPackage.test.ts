import { describe, expect, it } from '@jest/globals';
import { pickLastApproved } from '../src/lastApprovedPackage';

const version = (n: number, status = 'Approved') => ({
  ModelPackageArn: `arn:aws:sagemaker:us-east-1:1:model-package/churn/${n}`,
  ModelPackageVersion: n,
  ModelApprovalStatus: status as 'Approved',
  CreationTime: new Date(n * 1000),
  ModelPackageName: 'churn',
  ModelPackageStatus: 'Completed' as const,
});

describe('pickLastApproved', () => {
  it('takes the newest approved version that is not excluded', () => {
    const picked = pickLastApproved(
      [version(3), version(2), version(1)],
      new Set([version(3).ModelPackageArn]),
    );
    expect(picked?.ModelPackageVersion).toBe(2);
  });

  it('does not trust the order it is given, nor a status other than Approved', () => {
    const picked = pickLastApproved([version(1), version(4, 'Rejected'), version(2)], new Set());
    expect(picked?.ModelPackageVersion).toBe(2);
  });

  it('finds nothing when every approved version is excluded', () => {
    expect(pickLastApproved([version(1)], new Set([version(1).ModelPackageArn]))).toBeUndefined();
  });
});
