import type { InvocationOutcome, InvocationRequest, InvocationTarget } from './ports';

/**
 * A model server the step started itself (a command, a container): ready and invoked through its
 * HTTP target, and stopped with it, also when a case fails or the run is cancelled.
 */
export class StartedServerTarget implements InvocationTarget {
  constructor(
    private readonly server: InvocationTarget,
    private readonly started: { stop(): Promise<void> },
    readonly description: string,
  ) {}

  ready(signal: AbortSignal): Promise<void> {
    return this.server.ready(signal);
  }

  invoke(request: InvocationRequest, signal: AbortSignal): Promise<InvocationOutcome> {
    return this.server.invoke(request, signal);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.started.stop();
  }
}
