import type { EmulatorEnvironment } from '../../environment';
import type { Fleet } from '../../modelServing/types';

const NAMESPACE = 'AWS/SageMaker';

export interface InvocationOutcome {
  /** The model's HTTP status; 0 when it did not answer (timeout, connection lost). */
  status: number;
  modelLatencyMicros: number;
  /** Time spent in the emulator around the model call; left out for async invocations. */
  overheadLatencyMicros?: number;
  /** False for InvokeEndpointAsync, which does not publish Invocations or InvocationsPerInstance. */
  countInvocation: boolean;
}

interface FleetDimensions {
  variant: Record<string, string>;
  /** With EndpointConfigName: what alarms scoped to one fleet of a blue/green deployment watch. */
  config: Record<string, string>;
}

/**
 * Publishes the AWS/SageMaker metrics of one invocation, twice: by EndpointName and VariantName, and
 * with EndpointConfigName as well. Dimension maps are built once per fleet: this is the hot path.
 */
export function createInvocationMetrics(env: EmulatorEnvironment) {
  const dimensionsByFleet = new WeakMap<Fleet, FleetDimensions>();
  const dimensionsOf = (endpointName: string, fleet: Fleet): FleetDimensions => {
    let dims = dimensionsByFleet.get(fleet);
    if (!dims || dims.variant.EndpointName !== endpointName) {
      const variant = { EndpointName: endpointName, VariantName: fleet.spec.variantName };
      dims = { variant, config: { ...variant, EndpointConfigName: fleet.spec.endpointConfigName } };
      dimensionsByFleet.set(fleet, dims);
    }
    return dims;
  };

  return (endpointName: string, fleet: Fleet, outcome: InvocationOutcome): void => {
    const store = env.stores.metrics;
    if (!store) return;
    const { variant, config } = dimensionsOf(endpointName, fleet);
    const timestamp = env.clock.now();
    const put = (metricName: string, value: number, unit: string) => {
      store.put({ namespace: NAMESPACE, metricName, dimensions: variant, value, unit, timestamp });
      store.put({ namespace: NAMESPACE, metricName, dimensions: config, value, unit, timestamp });
    };
    const { status } = outcome;
    if (outcome.countInvocation) {
      put('Invocations', 1, 'Count');
      put('InvocationsPerInstance', 1 / Math.max(1, fleet.spec.instanceCount), 'Count');
    }
    put('Invocation4XXErrors', status >= 400 && status < 500 ? 1 : 0, 'Count');
    put('Invocation5XXErrors', status >= 500 || status === 0 ? 1 : 0, 'Count');
    put('ModelLatency', outcome.modelLatencyMicros, 'Microseconds');
    if (outcome.overheadLatencyMicros !== undefined)
      put('OverheadLatency', outcome.overheadLatencyMicros, 'Microseconds');
  };
}

export type InvocationMetrics = ReturnType<typeof createInvocationMetrics>;
