import { GetLogEventsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { Logger } from '@modelship/shared';

export interface LogStreamPosition {
  groupName: string;
  streamName: string;
  nextToken?: string;
}

/**
 * Copies the build's new CloudWatch Logs lines into the step's log and returns where to read on from.
 * A stream CodeBuild has not created yet is simply not there yet.
 */
export async function streamNewLogLines(
  logs: Pick<CloudWatchLogsClient, 'send'>,
  position: LogStreamPosition,
  logger: Logger,
): Promise<LogStreamPosition> {
  let token = position.nextToken;
  for (;;) {
    let answer;
    try {
      answer = await logs.send(
        new GetLogEventsCommand({
          logGroupName: position.groupName,
          logStreamName: position.streamName,
          startFromHead: true,
          nextToken: token,
        }),
      );
    } catch (err) {
      if ((err as Error).name === 'ResourceNotFoundException') return position;
      throw err;
    }
    for (const event of answer.events ?? []) logger.info((event.message ?? '').replace(/\n$/, ''));
    // GetLogEvents returns the same token once it has nothing newer.
    if (!answer.nextForwardToken || answer.nextForwardToken === token)
      return { ...position, nextToken: token };
    token = answer.nextForwardToken;
    if (!answer.events?.length) return { ...position, nextToken: token };
  }
}
