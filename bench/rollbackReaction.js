// Rollback reaction in weights mode: deploy-endpoint (the bundled dist) shifts weights on a serverless
// endpoint of the emulator at time scale 1, guarded by an alarm; once 50% of traffic is on the new
// model the alarm is set to ALARM, and the figure is the time from that SetAlarmState to the action's
// first UpdateEndpointWeightsAndCapacities after it (the restore), both from the emulator's request log.
// The alarm is set at a different moment of the action's read cycle in each of the runs.
// Usage: node bench/rollbackReaction.js [runs]
import { CloudWatchClient, PutMetricAlarmCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { runAction } from '../scripts/actionRunner.js';
import { median, report, row } from './lib/benchReport.js';
import { CHURN_IMAGE, ROLE, startEmulatorProcess, uploadChurnModel } from './lib/emulatorProcess.js';

const RUNS = Number(process.argv[2] ?? 5);
const ALARM = 'bench-guard';
const ENDPOINT = 'bench-weights';

async function main() {
  const emulator = await startEmulatorProcess({ timeScale: 1 });
  try {
    const cloudwatch = new CloudWatchClient(emulator.clientConfig);
    const modelData = await uploadChurnModel(emulator.clientConfig);
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: ALARM,
        Namespace: 'Bench',
        MetricName: 'Errors',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanThreshold',
        // Only SetAlarmState moves it: no data keeps whatever state it has.
        TreatMissingData: 'ignore',
      }),
    );
    const deploy = (extra, options = {}) =>
      runAction('deploy-endpoint', {
        inputs: {
          'endpoint-name': ENDPOINT,
          image: CHURN_IMAGE,
          'model-data-url': modelData,
          'execution-role-arn': ROLE,
          'endpoint-type': 'serverless',
          'serverless-memory-mb': '1024',
          'serverless-max-concurrency': '5',
          ...extra,
        },
        env: emulator.actionEnv,
        timeoutMs: 300_000,
        ...options,
      });
    const created = await deploy({});
    if (created.exitCode !== 0) throw new Error(`create failed:\n${created.stdout.slice(-3000)}`);
    const reactions = [];
    for (let i = 0; i < RUNS; i++) {
      reactions.push(await reactionOnce(emulator, cloudwatch, deploy, i));
    }
    const rows = [
      row({
        name: `weights mode: alarm in ALARM → first weight-restore call, median of ${RUNS}`,
        value: median(reactions),
        unit: 's',
        target: { op: '<=', limit: 5 },
      }),
      row({
        name: `weights mode: alarm in ALARM → first weight-restore call, slowest of ${RUNS}`,
        value: Math.max(...reactions),
        unit: 's',
        target: { op: '<=', limit: 5 },
      }),
    ];
    await report('rollbackReaction', rows, { details: { reactionsSeconds: reactions } });
  } finally {
    await emulator.stop();
  }
}

async function reactionOnce(emulator, cloudwatch, deploy, run) {
  await cloudwatch.send(
    new SetAlarmStateCommand({ AlarmName: ALARM, StateValue: 'OK', StateReason: 'reset' }),
  );
  // A different offset into the action's 2 s alarm-read cycle each time.
  const offsetMs = 300 + ((run * 730) % 2000);
  let alarmSet;
  const result = await deploy(
    {
      environment: `RELEASE: "r${run}"`,
      'deployment-config': 'Linear50PercentEvery10Minutes',
      alarms: ALARM,
    },
    {
      onStdout: (text) => {
        if (alarmSet || !text.includes('Weights: 50%')) return;
        alarmSet = new Promise((resolve) => setTimeout(resolve, offsetMs)).then(() =>
          cloudwatch.send(
            new SetAlarmStateCommand({ AlarmName: ALARM, StateValue: 'ALARM', StateReason: 'bench' }),
          ),
        );
      },
    },
  );
  await alarmSet;
  if (result.outputs.status !== 'rolled-back') {
    throw new Error(
      `expected a rollback, got ${result.outputs.status} (exit ${result.exitCode}):\n${result.stdout.slice(-3000)}`,
    );
  }
  const alarmAt = (await emulator.requests({ operation: 'SetAlarmState' }))
    .filter((r) => r.params?.StateValue === 'ALARM')
    .pop().time;
  const restore = (await emulator.requests({ operation: 'UpdateEndpointWeightsAndCapacities' })).find(
    (r) => r.time > alarmAt,
  );
  if (!restore) throw new Error('no UpdateEndpointWeightsAndCapacities after the alarm');
  return (restore.time - alarmAt) / 1000;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
