import type { EmulatorEnvironment } from '../../environment';
import type { OperationService } from '../../protocol/types';
import { alarmOperations } from './alarmOperations';
import { AlarmScheduler } from './alarmScheduler';
import { AlarmStore } from './alarmStore';
import { metricOperations } from './metricOperations';
import { CloudWatchMetricStore } from './metricStore';

/**
 * CloudWatch over all three of its protocols: JSON 1.0 (current JS SDK, query-compatible errors),
 * Query (older SDKs) and Smithy RPC v2 CBOR (botocore lists it first). Handlers see the same input
 * either way, except that Query sends every scalar as a string, which `wireValues` coerces.
 */
export function createCloudWatchService(env: EmulatorEnvironment): OperationService {
  const metrics = new CloudWatchMetricStore(() => env.clock.now());
  const alarms = new AlarmStore(env.clock);
  const scheduler = new AlarmScheduler(env, alarms, metrics);
  env.stores.metrics = metrics;
  env.stores.alarms = alarms;
  env.onReset(() => {
    metrics.clear();
    alarms.clear();
  });
  env.onShutdown(() => scheduler.stop());

  return {
    kind: 'operations',
    name: 'cloudwatch',
    signingName: 'monitoring',
    targetPrefix: 'GraniteServiceVersion20100801',
    jsonVersion: '1.0',
    query: { xmlNamespace: 'http://monitoring.amazonaws.com/doc/2010-08-01/', version: '2010-08-01' },
    cborServiceName: 'GraniteServiceVersion20100801',
    operations: {
      ...metricOperations(metrics, env.clock),
      ...alarmOperations(env, alarms, scheduler),
    },
  };
}
