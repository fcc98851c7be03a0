import {
  awsClientSettings,
  elapsedSeconds,
  MODELSHIP_VERSION,
  type ActionContext,
  type AwsClientSettings,
} from '@modelship/shared';
import type { inputs, outputs } from './inputs';

/** What runAction hands each of deploy-endpoint's steps: inputs, setOutput, signal, logger, clock, env. */
export type DeployContext = ActionContext<typeof inputs, typeof outputs>;

/** A step that fails before an outcome is known still says so in its outputs. */
export function reportFailedStep(context: DeployContext, startedAtMs: number): void {
  context.setOutput('status', 'failed');
  context.setOutput('rolled-back', 'false');
  context.setOutput('duration-seconds', String(elapsedSeconds(startedAtMs, context.clock.now())));
}

/** The AWS client settings every deploy-endpoint step builds its clients from (region, retries, user agent). */
export function deployClientSettings(context: Pick<DeployContext, 'inputs' | 'env'>): AwsClientSettings {
  return awsClientSettings({
    region: context.inputs.region,
    env: context.env,
    action: 'deploy-endpoint',
    version: MODELSHIP_VERSION,
  });
}
