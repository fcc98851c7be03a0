import { describe, expect, it } from '@jest/globals';
import {
  assembleOutputs,
  batchRecords,
  outputKeyFor,
  splitRecords,
} from '../src/services/sagemaker/transform/transformRecords';

const texts = (buffers: Buffer[]) => buffers.map((b) => b.toString('utf8'));

describe('batch transform records', () => {
  it('keeps a whole object as one record with SplitType None', () => {
    expect(texts(splitRecords(Buffer.from('a\nb\n'), 'None'))).toEqual(['a\nb\n']);
  });

  it('splits on newlines with SplitType Line, without a phantom record after the last newline', () => {
    expect(texts(splitRecords(Buffer.from('a\nb\n'), 'Line'))).toEqual(['a', 'b']);
    expect(texts(splitRecords(Buffer.from('a\n\nc'), 'Line'))).toEqual(['a', '', 'c']);
  });

  it('sends one record per request with SingleRecord', () => {
    const records = [Buffer.from('1'), Buffer.from('2')];
    expect(texts(batchRecords(records, 'SingleRecord', 'Line', 6))).toEqual(['1', '2']);
  });

  it('packs records up to MaxPayloadInMB with MultiRecord, joined by newlines', () => {
    const half = Buffer.alloc(600 * 1024, 'x');
    const payloads = batchRecords([half, half, Buffer.from('tail')], 'MultiRecord', 'Line', 1);
    expect(payloads).toHaveLength(2);
    expect(payloads[0]?.length).toBe(half.length);
    expect(payloads[1]?.toString('utf8')).toBe(`${half.toString('utf8')}\ntail`);
  });

  it('gives a record larger than the limit a payload of its own rather than cutting it', () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 'y');
    const payloads = batchRecords([Buffer.from('a'), big, Buffer.from('b')], 'MultiRecord', 'Line', 1);
    expect(payloads.map((p) => p.length)).toEqual([1, big.length, 1]);
  });

  it('assembles outputs in order, one line each with AssembleWith Line', () => {
    const out = assembleOutputs([Buffer.from('{"a":1}'), Buffer.from('{"b":2}\n')], 'Line');
    expect(out.toString('utf8')).toBe('{"a":1}\n{"b":2}\n');
    expect(assembleOutputs([Buffer.from('x'), Buffer.from('y')], 'None').toString('utf8')).toBe('xy');
  });

  it('names each output after its input, under the output prefix', () => {
    expect(outputKeyFor('batch/in/day1/a.csv', 'batch/in', 'batch/out/')).toBe('batch/out/day1/a.csv.out');
    expect(outputKeyFor('batch/in/a.csv', 'batch/in/a.csv', 'out')).toBe('out/a.csv.out');
    expect(outputKeyFor('a.csv', '', '')).toBe('a.csv.out');
  });
});
