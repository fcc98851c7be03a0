import { describe, expect, it } from '@jest/globals';
import { rollbackSummaryMarkdown } from '../src/rollbackSummary';

describe('rollbackSummaryMarkdown', () => {
  it('shows from → to, why, how long, what was Rejected and each step', () => {
    const markdown = rollbackSummaryMarkdown(
      {
        status: 'rolled-back',
        endpointName: 'churn',
        from: 'churn-v3',
        to: 'churn-v2',
        servingConfig: 'churn-v2',
        rejectedPackageArn: 'arn:aws:sagemaker:us-east-1:1:model-package/churn/3',
        steps: ['Set alarm churn-v3-5xx to ALARM so that SageMaker rolls back the in-flight update.'],
        durationSeconds: 42,
      },
      'us-east-1',
      'p99 doubled',
    );
    expect(markdown).toContain('## ↩️ Rolled back: endpoint `churn`');
    expect(markdown).toContain('| Endpoint config | churn-v3 → churn-v2 |');
    expect(markdown).toContain('| Why | p99 doubled |');
    expect(markdown).toContain('| Duration | 42 s |');
    expect(markdown).toContain('| Marked Rejected | arn:aws:sagemaker:us-east-1:1:model-package/churn/3 |');
    expect(markdown).toContain('1. Set alarm churn-v3-5xx to ALARM');
  });

  it('leads with the failure when the rollback did not complete', () => {
    const markdown = rollbackSummaryMarkdown(
      {
        status: 'failed',
        endpointName: 'churn',
        to: 'churn-v2',
        steps: [],
        durationSeconds: 1,
        failure: 'timed out',
      },
      'us-east-1',
      undefined,
    );
    expect(markdown).toMatch(/Rollback failed[\s\S]*> timed out[\s\S]*\(no reason given\)/);
  });
});
