import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { BatchPorts } from './batchPorts';

export const TRANSFORM_LOG_GROUP = '/aws/sagemaker/TransformJobs';
const TAIL_LINES = 20;

/**
 * Reads a transform job's log streams (`<job>/<instance>`, one per instance) as they grow. Each read
 * asks from the newest timestamp seen and drops events already printed, so nothing is printed twice and
 * nothing is skipped when events share a timestamp. The last lines are kept for a failure's message.
 */
export class TransformLogFollower {
  private readonly seen = new Set<string>();
  private from = 0;
  readonly tail: string[] = [];

  constructor(
    private readonly logs: BatchPorts['logs'],
    private readonly jobName: string,
  ) {}

  /** The lines that arrived since the last read; none while the job has no stream yet. */
  async read(): Promise<string[]> {
    const lines: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.page(nextToken);
      for (const event of page.events ?? []) {
        const id = event.eventId ?? `${event.logStreamName}:${event.timestamp}:${event.message}`;
        if (this.seen.has(id)) continue;
        this.seen.add(id);
        this.from = Math.max(this.from, event.timestamp ?? 0);
        lines.push((event.message ?? '').replace(/\n$/, ''));
      }
      nextToken = page.nextToken;
    } while (nextToken);
    this.tail.push(...lines);
    this.tail.splice(0, Math.max(0, this.tail.length - TAIL_LINES));
    return lines;
  }

  private async page(nextToken: string | undefined) {
    try {
      return await this.logs.send(
        new FilterLogEventsCommand({
          logGroupName: TRANSFORM_LOG_GROUP,
          logStreamNamePrefix: `${this.jobName}/`,
          startTime: this.from || undefined,
          nextToken,
        }),
      );
    } catch (err) {
      // Before the job's first line, the group itself may not exist yet.
      if ((err as { name?: string }).name === 'ResourceNotFoundException')
        return { events: [], nextToken: undefined };
      throw err;
    }
  }
}
