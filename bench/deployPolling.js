// Deploy overshoot and API cost: deploy-endpoint (the bundled dist) runs a Canary10Percent1Minute and
// a Linear25PercentEvery1Minute update against the emulator at time scale 1, side by side, and the
// SDK's waitUntilEndpointInService with its defaults follows each same update as the baseline.
// Overshoot is the step's exit (or the waiter's return) minus the moment the endpoint went InService
// (its LastModifiedTime); calls are counted from the emulator's request log.
// Usage: node bench/deployPolling.js
import {
  DescribeEndpointCommand,
  SageMakerClient,
  waitUntilEndpointInService,
} from '@aws-sdk/client-sagemaker';
import { runAction } from '../scripts/actionRunner.js';
import { report, row } from './lib/benchReport.js';
import { CHURN_IMAGE, ROLE, startEmulatorProcess, uploadChurnModel } from './lib/emulatorProcess.js';

const UPDATES = [
  { preset: 'Canary10Percent1Minute', endpoint: 'bench-canary' },
  { preset: 'Linear25PercentEvery1Minute', endpoint: 'bench-linear' },
];
const MINUTE = 60_000;

async function main() {
  const emulator = await startEmulatorProcess({ timeScale: 1 });
  try {
    const modelData = await uploadChurnModel(emulator.clientConfig);
    const deploy = (endpoint, extra = {}) =>
      runAction('deploy-endpoint', {
        inputs: {
          'endpoint-name': endpoint,
          image: CHURN_IMAGE,
          'model-data-url': modelData,
          'execution-role-arn': ROLE,
          // Four instances: Linear25Percent moves one instance a step, in four steps.
          'instance-count': '4',
          ...extra,
        },
        env: emulator.actionEnv,
        timeoutMs: 15 * MINUTE,
      });
    const created = await Promise.all(UPDATES.map((u) => deploy(u.endpoint)));
    for (const run of created) expectStatus(run, 'deployed');
    const measured = await Promise.all(UPDATES.map((u) => measureUpdate(emulator, u, deploy)));
    const rows = measured.flatMap(rowsOf);
    await report('deployPolling', rows, { details: measured });
  } finally {
    await emulator.stop();
  }
}

function expectStatus(run, status) {
  if (run.exitCode === 0 && run.outputs.status === status) return;
  throw new Error(
    `deploy-endpoint ended ${run.outputs.status ?? 'without a status'} (exit ${run.exitCode}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`,
  );
}

/** The update through the action, with the SDK waiter following it from the moment it starts. */
async function measureUpdate(emulator, update, deploy) {
  const waiterCalls = [];
  const waiterClient = new SageMakerClient(emulator.clientConfig);
  waiterClient.middlewareStack.add(
    (next) => (args) => {
      waiterCalls.push(Date.now());
      return next(args);
    },
    { step: 'initialize', name: 'countWaiterCalls' },
  );
  const startedAt = Date.now();
  let exitedAt;
  const action = deploy(update.endpoint, {
    environment: 'RELEASE: "2"',
    'deployment-config': update.preset,
    'alarm-thresholds': '5xx-rate=1%',
  }).then((run) => {
    exitedAt = Date.now();
    return run;
  });
  const updateStartedAt = await updateEndpointSeen(emulator, update.endpoint, () => exitedAt !== undefined);
  const waiterStartedAt = Date.now();
  const waiter = waitUntilEndpointInService(
    { client: waiterClient, maxWaitTime: 20 * 60 },
    { EndpointName: update.endpoint },
  ).then(() => Date.now());
  const [run, waiterReturnedAt] = await Promise.all([action, waiter]);
  expectStatus(run, 'deployed');
  const endpoint = await new SageMakerClient(emulator.clientConfig).send(
    new DescribeEndpointCommand({ EndpointName: update.endpoint }),
  );
  const inServiceAt = endpoint.LastModifiedTime.getTime();
  // Only this endpoint's requests: the other update runs at the same time on the same emulator.
  const mine = (r) => JSON.stringify(r.params ?? {}).includes(update.endpoint);
  const between = (from, to) => (t) => t >= from && t <= to;
  const describes = (await emulator.requests({ operation: 'DescribeEndpoint' })).filter(mine);
  const actionDescribesIn = (from, to) =>
    describes.filter((r) => between(from, to)(r.time)).length - waiterCalls.filter(between(from, to)).length;
  const stepCalls = actionDescribesIn(startedAt, exitedAt);
  const updateCalls = actionDescribesIn(updateStartedAt, exitedAt);
  const alarmReads = (await emulator.requests({ operation: 'DescribeAlarms' })).filter(
    (r) => mine(r) && between(updateStartedAt, exitedAt)(r.time),
  ).length;
  const updateMinutes = (exitedAt - updateStartedAt) / MINUTE;
  return {
    preset: update.preset,
    updateSeconds: (inServiceAt - updateStartedAt) / 1000,
    action: {
      stepSeconds: (exitedAt - startedAt) / 1000,
      secondsFromUpdateEndpoint: (exitedAt - updateStartedAt) / 1000,
      overshootSeconds: (exitedAt - inServiceAt) / 1000,
      describeEndpointCallsInStep: stepCalls,
      describeEndpointPerMinuteInStep: stepCalls / ((exitedAt - startedAt) / MINUTE),
      describeEndpointCallsInUpdate: updateCalls,
      describeEndpointPerMinute: updateCalls / updateMinutes,
      describeAlarmsPerMinute: alarmReads / updateMinutes,
      describeEndpointAtSecondsActionAndWaiter: describes
        .filter((r) => between(startedAt, exitedAt)(r.time))
        .map((r) => (r.time - updateStartedAt) / 1000),
    },
    waiter: {
      seconds: (waiterReturnedAt - waiterStartedAt) / 1000,
      overshootSeconds: (waiterReturnedAt - inServiceAt) / 1000,
      describeEndpointCalls: waiterCalls.length,
      describeEndpointPerMinute: waiterCalls.length / ((waiterReturnedAt - waiterStartedAt) / MINUTE),
    },
  };
}

/** When the emulator received the action's UpdateEndpoint for `endpoint`. */
async function updateEndpointSeen(emulator, endpoint, gaveUp) {
  for (;;) {
    const updates = (await emulator.requests({ operation: 'UpdateEndpoint' })).filter(
      (r) => r.params?.EndpointName === endpoint,
    );
    if (updates.length) return updates[updates.length - 1].time;
    if (gaveUp()) throw new Error(`deploy-endpoint ended without calling UpdateEndpoint on ${endpoint}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function rowsOf(m) {
  const waiterName = 'SDK waitUntilEndpointInService';
  return [
    row({
      name: `${m.preset}: overshoot (step exit − InService)`,
      value: m.action.overshootSeconds,
      unit: 's',
      baseline: m.waiter.overshootSeconds,
      baselineName: waiterName,
      target: { op: '<=', limit: 2 },
    }),
    row({
      name: `${m.preset}: DescribeEndpoint calls a minute, UpdateEndpoint to step exit`,
      value: m.action.describeEndpointPerMinute,
      unit: '/min',
      baseline: m.waiter.describeEndpointPerMinute,
      baselineName: waiterName,
      target: { op: '<=', limit: 6 },
    }),
    row({
      name: `${m.preset}: DescribeEndpoint calls a minute, whole step (resolve and plan included)`,
      value: m.action.describeEndpointPerMinuteInStep,
      unit: '/min',
    }),
    row({
      name: `${m.preset}: DescribeAlarms calls a minute during the update (alarms read between polls)`,
      value: m.action.describeAlarmsPerMinute,
      unit: '/min',
    }),
  ];
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
