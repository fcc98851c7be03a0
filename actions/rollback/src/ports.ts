import type { AutoScalingPorts, CodeDeployWatchPorts, EndpointWatchPorts } from '@modelship/shared';

/**
 * What the rollback core needs from the outside world, handed in by main.ts so that tests pass fakes
 * (aws-sdk-client-mock clients, a FakeClock, a RecordingLogger) without module mocking.
 */
export interface RollbackPorts extends EndpointWatchPorts, AutoScalingPorts {
  /** Called as soon as an output is known, so a cancelled or timed-out step still reports it. */
  setOutput(name: string, value: string): void;
}

/** The same for target codedeploy: a CodeDeploy client instead of SageMaker's. */
export interface CodeDeployRollbackPorts extends CodeDeployWatchPorts {
  setOutput(name: string, value: string): void;
}
