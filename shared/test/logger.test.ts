import { describe, expect, it } from '@jest/globals';
import { RecordingLogger } from '../src/testing';

describe('RecordingLogger', () => {
  it('records lines by level and runs groups', async () => {
    const logger = new RecordingLogger();
    const result = await logger.group('Create the endpoint config', async () => {
      logger.info('created churn-abc1234-9f8e7d');
      logger.debug('CreateEndpointConfig took 120 ms');
      return 42;
    });
    logger.warning('alarm churn-5xx has no data');
    logger.error('rolled back');
    expect(result).toBe(42);
    expect(logger.lines.map((l) => l.level)).toEqual(['group', 'info', 'debug', 'warning', 'error']);
    expect(logger.text('warning')).toBe('alarm churn-5xx has no data');
    expect(logger.text()).toContain('Create the endpoint config\ncreated churn-abc1234-9f8e7d');
  });
});
