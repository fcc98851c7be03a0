import { ModelshipError, pullRequestCommentKey, type InputValues } from '@modelship/shared';
import { findChampion, type Champion } from './champion';
import type { inputs } from './inputs';
import { registerModelVersion } from './modelRegistration';
import type { TrainPorts } from './ports';
import { judgeQualityGate, qualityGateFailures, type GateVerdict } from './qualityGate';
import { resolveTrainPlan, type TrainPlan } from './trainPlan';
import { trainSummary, type TrainResult } from './trainReport';
import {
  runPipeline,
  runTrainingJob,
  startPipeline,
  startTrainingJob,
  type TrainingRun,
} from './trainingRun';

/** Phase: the champion the gate and the summary compare with, when there is a group. */
async function lookUpChampion(ports: TrainPorts, plan: TrainPlan): Promise<Champion | undefined> {
  if (!plan.registry) return undefined;
  const { group } = plan.registry;
  return ports.logger.group(`Champion of ${group}`, async () => {
    const champion = await findChampion(ports, group);
    ports.logger.info(
      champion
        ? `Champion: ${champion.arn} with ${JSON.stringify(champion.metrics)}.`
        : `No champion: ${group} has no Approved version yet, so conditions against the champion pass.`,
    );
    return champion;
  });
}

/** Phase: start the job or the execution, then follow it to its end (unless wait is false). */
async function startAndFollow(
  ports: TrainPorts,
  plan: TrainPlan,
  env: NodeJS.ProcessEnv,
): Promise<TrainingRun | undefined> {
  const { source } = plan;
  if (source.kind === 'job') {
    await startTrainingJob(ports, source.job, env);
    return plan.wait ? runTrainingJob(ports, source.job, plan.timeoutMs) : undefined;
  }
  const arn = await startPipeline(ports, source.pipelineName, source.parameters);
  return plan.wait ? runPipeline(ports, arn, plan.timeoutMs) : undefined;
}

/** Phase: judge the gate on the final metrics of a run that succeeded. */
function judgeGate(
  ports: TrainPorts,
  plan: TrainPlan,
  run: TrainingRun,
  champion: Champion | undefined,
): GateVerdict[] {
  if (!plan.gate.length || !run.succeeded) return [];
  const verdicts = judgeQualityGate(plan.gate, run.metrics, champion?.metrics);
  for (const v of verdicts)
    ports.logger.info(`${v.passed ? 'passed' : 'FAILED'}: ${v.condition.text} (${v.reason})`);
  return verdicts;
}

/** Phase: register a version when the run succeeded, the gate passed and there is a group. */
async function registerIfPassed(
  ports: TrainPorts,
  plan: TrainPlan,
  run: TrainingRun,
  verdicts: GateVerdict[],
  env: NodeJS.ProcessEnv,
) {
  if (!plan.registry || !run.succeeded || verdicts.some((v) => !v.passed)) return undefined;
  if (!run.image || !run.modelDataUrl || !plan.outputPath) {
    ports.logger.warning('Nothing to register: the run produced no training job artifact.');
    return undefined;
  }
  const { group, approvalStatus } = plan.registry;
  return ports.logger.group(`Register in ${group}`, async () => {
    const arn = await registerModelVersion(
      ports,
      {
        group,
        approvalStatus,
        image: run.image!,
        modelDataUrl: run.modelDataUrl!,
        metrics: run.metrics,
        outputPath: plan.outputPath!,
        source: {
          trainingJob: run.trainingJobName,
          pipelineExecution: run.pipelineExecutionArn?.split('/').pop(),
        },
        gate: plan.gate.map((c) => c.text),
      },
      env,
    );
    ports.logger.info(`Registered ${arn} as ${approvalStatus}.`);
    return arn;
  });
}

/** The outcome in one word and one line, and whether the step succeeded. */
function verdictOf(
  run: TrainingRun,
  verdicts: GateVerdict[],
): Pick<TrainResult, 'status' | 'headline' | 'succeeded'> {
  const what = run.pipelineExecutionArn ? 'pipeline execution' : `training job ${run.trainingJobName}`;
  if (run.cancelled)
    return { status: 'Stopped', headline: `cancelled; the ${what} was stopped`, succeeded: false };
  if (!run.succeeded)
    return { status: run.status, headline: `the ${what} ended ${run.status}`, succeeded: false };
  const failed = verdicts.filter((v) => !v.passed).length;
  if (failed)
    return {
      status: 'gate-failed',
      headline: `the gate failed (${failed} of ${verdicts.length} conditions)`,
      succeeded: false,
    };
  return {
    status: run.status,
    headline: verdicts.length ? `${run.status}, the gate passed` : run.status,
    succeeded: true,
  };
}

/** Phase: outputs, job summary and PR comment, then the step's status. */
async function report(ports: TrainPorts, result: TrainResult, env: NodeJS.ProcessEnv): Promise<void> {
  ports.setOutput('status', result.status);
  ports.setOutput('metrics', JSON.stringify(result.metrics));
  ports.setOutput(
    'gate-passed',
    result.verdicts.length ? String(result.verdicts.every((v) => v.passed)) : '',
  );
  if (result.modelDataUrl) ports.setOutput('model-data-url', result.modelDataUrl);
  if (result.modelPackageArn) ports.setOutput('model-package-arn', result.modelPackageArn);
  const markdown = trainSummary(result);
  await ports.writeSummary(markdown);
  const subject = result.group ?? result.trainingJobName ?? result.pipelineExecutionArn ?? 'train';
  await ports.commentOnPullRequest?.({
    key: pullRequestCommentKey('train', env.GITHUB_WORKFLOW, subject),
    body: markdown,
  });
  if (result.succeeded) return;
  const failures = qualityGateFailures(result.verdicts);
  if (failures.length)
    throw new ModelshipError(
      `The quality gate failed:\n${failures.join('\n')}`,
      'The model was not registered. Improve it, or change the gate if it asks too much.',
    );
  const tail = result.logTail.length
    ? `\nLast ${result.logTail.length} log lines:\n${result.logTail.join('\n')}`
    : '';
  throw new ModelshipError(
    `train: ${result.headline}. ${result.failureReason ?? ''}`.trim() + tail,
    'Read the reason and the log above; fix the code, data or settings it names, then re-run.',
  );
}

/** The step: resolve → champion → start and follow → gate → register → report. */
export async function trainStep(
  values: InputValues<typeof inputs>,
  env: NodeJS.ProcessEnv,
  ports: TrainPorts,
): Promise<void> {
  const plan = resolveTrainPlan(values, env, ports.clock.now());
  const champion = await lookUpChampion(ports, plan);
  const run = await startAndFollow(ports, plan, env);
  if (!run) {
    ports.setOutput('status', 'started');
    ports.logger.info('wait is false: the step ends here, and the job goes on in SageMaker.');
    return;
  }
  const verdicts = judgeGate(ports, plan, run, champion);
  const modelPackageArn = await registerIfPassed(ports, plan, run, verdicts, env);
  const result: TrainResult = {
    ...run,
    ...verdictOf(run, verdicts),
    modelPackageArn,
    group: plan.registry?.group,
    champion,
    verdicts,
  };
  await report(ports, result, env);
}
