import type { DescribeTrainingJobCommandOutput } from '@aws-sdk/client-sagemaker';

/** What SageMaker's terse secondary statuses mean, in words a person acts on. */
const EXPLAINED: Record<string, string> = {
  Interrupted:
    'The spot instances were reclaimed (a spot interruption). With checkpoint-s3-uri set, a new run resumes from the last checkpoint; otherwise raise max-wait-seconds or train without spot.',
  MaxWaitTimeExceeded:
    'Spot capacity plus training took longer than max-wait-seconds (MaxWaitTime), so SageMaker stopped the job. Raise max-wait-seconds, or train without spot.',
  MaxRuntimeExceeded:
    'Training ran longer than max-runtime-seconds (MaxRuntimeInSeconds), so SageMaker stopped it. Raise max-runtime-seconds, or train for fewer epochs.',
};

/** Why a job did not complete, with the spot and time limits explained; undefined for a completed job. */
export function trainingJobFailure(job: DescribeTrainingJobCommandOutput): string | undefined {
  if (job.TrainingJobStatus === 'Completed') return undefined;
  const explanation = EXPLAINED[job.SecondaryStatus ?? ''];
  const reason =
    job.FailureReason ?? (job.TrainingJobStatus === 'Stopped' ? 'The job was stopped.' : undefined);
  return [reason, explanation].filter(Boolean).join(' ') || `The job ended ${job.TrainingJobStatus}.`;
}
