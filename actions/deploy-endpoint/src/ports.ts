import type { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import type { EndpointWatchPorts } from '@modelship/shared';

/**
 * What the deployment core needs from the outside world, handed in by main.ts so that tests pass fakes
 * (aws-sdk-client-mock clients, a fake clock, a recording logger) without module mocking.
 */
export interface DeployPorts extends EndpointWatchPorts {
  autoscaling: Pick<ApplicationAutoScalingClient, 'send'>;
  /** Called as soon as an output is known, so a cancelled or timed-out step still reports it. */
  setOutput(name: string, value: string): void;
}
