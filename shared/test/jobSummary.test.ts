import { describe, expect, it } from '@jest/globals';
import { writeJobSummary, type SummaryWriter } from '../src';

function recorder() {
  const written: string[] = [];
  let buffer = '';
  const writer: SummaryWriter = {
    addRaw(text, addEOL) {
      buffer += addEOL ? `${text}\n` : text;
      return writer;
    },
    async write() {
      written.push(buffer);
      buffer = '';
    },
  };
  return { writer, written };
}

describe('writeJobSummary', () => {
  it('appends the markdown and writes it', async () => {
    const { writer, written } = recorder();
    expect(await writeJobSummary('## Deployed', { writer })).toBe(true);
    expect(written).toEqual(['## Deployed\n']);
  });

  it('skips with a notice outside a runner, where there is no summary file, instead of failing', async () => {
    const notices: string[] = [];
    expect(await writeJobSummary('## Deployed', { env: {}, notice: (m) => notices.push(m) })).toBe(false);
    expect(notices).toEqual([expect.stringContaining('GITHUB_STEP_SUMMARY is not set')]);
  });
});
