import type { Logger } from '@modelship/shared';

/**
 * What the rollback did, in order, as the log said it: each line is logged when it happens and kept
 * for the job summary's "What was done".
 */
export class RollbackJournal {
  readonly steps: string[] = [];

  constructor(private readonly logger: Pick<Logger, 'info' | 'warning'>) {}

  did(line: string): void {
    this.steps.push(line);
    this.logger.info(line);
  }

  /** A step that was asked for and could not be done: a warning in the log, a line in the summary. */
  couldNot(line: string): void {
    this.steps.push(line);
    this.logger.warning(line);
  }
}
