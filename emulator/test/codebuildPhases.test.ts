import { describe, expect, it } from '@jest/globals';
import { buildStatusOf, phaseAfter, PhaseHistory } from '../src/services/codebuild/buildPhases';

describe('phaseAfter', () => {
  it('moves through the phases in order when each succeeds', () => {
    expect(phaseAfter('DOWNLOAD_SOURCE', false)).toBe('INSTALL');
    expect(phaseAfter('POST_BUILD', false)).toBe('UPLOAD_ARTIFACTS');
    expect(phaseAfter('FINALIZING', false)).toBe('COMPLETED');
  });

  it('follows CodeBuild transitions on failure', () => {
    expect(phaseAfter('DOWNLOAD_SOURCE', true)).toBe('FINALIZING');
    expect(phaseAfter('INSTALL', true)).toBe('FINALIZING');
    expect(phaseAfter('PRE_BUILD', true)).toBe('FINALIZING');
    expect(phaseAfter('BUILD', true)).toBe('POST_BUILD');
    expect(phaseAfter('POST_BUILD', true)).toBe('UPLOAD_ARTIFACTS');
    expect(phaseAfter('UPLOAD_ARTIFACTS', true)).toBe('FINALIZING');
  });

  it('obeys the buildspec on-failure setting', () => {
    expect(phaseAfter('PRE_BUILD', true, 'CONTINUE')).toBe('BUILD');
    expect(phaseAfter('BUILD', true, 'ABORT')).toBe('FINALIZING');
    expect(phaseAfter('INSTALL', false, 'ABORT')).toBe('PRE_BUILD');
  });
});

describe('buildStatusOf and PhaseHistory', () => {
  it('records phases with times, durations and contexts, and derives the build status', () => {
    const history = new PhaseHistory();
    history.enter('BUILD', 1_000);
    history.end('FAILED', 3_600, { statusCode: 'COMMAND_EXECUTION_ERROR', message: 'boom' });
    history.enter('COMPLETED', 4_000);
    history.end('SUCCEEDED', 5_000);
    expect(history.phases).toEqual([
      {
        phaseType: 'BUILD',
        phaseStatus: 'FAILED',
        startTime: new Date(1_000),
        endTime: new Date(3_600),
        durationInSeconds: 3,
        contexts: [{ statusCode: 'COMMAND_EXECUTION_ERROR', message: 'boom' }],
      },
      { phaseType: 'COMPLETED', startTime: new Date(4_000) },
    ]);
    expect(buildStatusOf(history.phases, undefined)).toBe('FAILED');
    expect(buildStatusOf(history.phases, 'STOPPED')).toBe('STOPPED');
    expect(buildStatusOf([], undefined)).toBe('SUCCEEDED');
  });
});
