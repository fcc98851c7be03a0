import { elapsedSeconds, type ActionContext } from '@modelship/shared';
import type { inputs, outputs } from './inputs';

/** What runAction hands each of deploy-endpoint's steps: inputs, setOutput, signal, logger, clock, env. */
export type DeployContext = ActionContext<typeof inputs, typeof outputs>;

/** A step that fails before an outcome is known still says so in its outputs. */
export function reportFailedStep(context: DeployContext, startedAtMs: number): void {
  context.setOutput('status', 'failed');
  context.setOutput('rolled-back', 'false');
  context.setOutput('duration-seconds', String(elapsedSeconds(startedAtMs, context.clock.now())));
}
