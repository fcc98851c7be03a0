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

  it('skips quietly outside a runner, where there is no summary file', async () => {
    expect(await writeJobSummary('## Deployed', { env: {} })).toBe(false);
  });
});
