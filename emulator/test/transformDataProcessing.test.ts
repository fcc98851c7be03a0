import { describe, expect, it } from '@jest/globals';
import {
  csvFields,
  filterInput,
  processOutput,
  RecordError,
  recordFormatOf,
} from '../src/services/sagemaker/transform/transformDataProcessing';
import { isWellFormedJsonPath, selectJsonPath } from '../src/services/sagemaker/transform/transformJsonPath';
import { outputsPerRecord } from '../src/services/sagemaker/transform/transformRecords';

const text = (b: Buffer) => b.toString('utf8');
const csv = { input: 'csv', output: 'csv' } as const;
const json = { input: 'json', output: 'json' } as const;

describe('batch transform DataProcessing, record by record', () => {
  it('selects with JSONPath: one match is a value, a union of names an object, anything else an array', () => {
    const record = ['c1', '0.1', '0.2', '0.3'];
    expect(selectJsonPath(record, '$[1:]')).toEqual(['0.1', '0.2', '0.3']);
    expect(selectJsonPath(record, '$[0,-1]')).toEqual(['c1', '0.3']);
    expect(selectJsonPath(record, '$[-1]')).toBe('0.3');
    expect(selectJsonPath({ id: 1, x: [2], y: 3 }, "$['id','y']")).toEqual({ id: 1, y: 3 });
    expect(selectJsonPath({ id: 1, x: [2] }, '$.x')).toEqual([2]);
  });

  it('reads CSV fields with RFC 4180 quotes, and a quote inside an unquoted field as a character', () => {
    expect(csvFields('a,"b,c",d')).toEqual(['a', 'b,c', 'd']);
    expect(csvFields('"say ""hi""",x')).toEqual(['say "hi"', 'x']);
    expect(csvFields('{"p": 1}')).toEqual(['{"p": 1}']);
    expect(csvFields('')).toEqual(['']);
  });

  it('filters an input record in its own format; without a filter it is untouched', () => {
    expect(
      text(filterInput(Buffer.from('c1,0.1,"x,y"'), { inputFilter: '$[1:]', joinSource: 'None' }, 'csv')),
    ).toBe('0.1,"x,y"');
    expect(
      text(
        filterInput(Buffer.from('{"f":[1,2],"id":"a"}'), { inputFilter: '$.f', joinSource: 'None' }, 'json'),
      ),
    ).toBe('[1,2]');
    const untouched = Buffer.from('c1,0.1');
    expect(filterInput(untouched, { joinSource: 'None' }, 'csv')).toBe(untouched);
  });

  it('joins a prediction to a CSV line as more fields, to a JSON object as SageMakerOutput, to an array at its end', () => {
    const join = { joinSource: 'Input' } as const;
    expect(text(processOutput(Buffer.from('c1,0.1'), Buffer.from('0.9,1\n'), join, csv))).toBe(
      'c1,0.1,0.9,1',
    );
    expect(
      text(
        processOutput(Buffer.from('c1,0.1'), Buffer.from('{"p":[0.9]}'), join, {
          input: 'csv',
          output: 'json',
        }),
      ),
    ).toBe('c1,0.1,"{""p"":[0.9]}"');
    expect(text(processOutput(Buffer.from('{"id":"a"}'), Buffer.from('{"p":1}'), join, json))).toBe(
      '{"id":"a","SageMakerOutput":{"p":1}}',
    );
    expect(text(processOutput(Buffer.from('[1,2]'), Buffer.from('0.5'), join, json))).toBe('[1,2,0.5]');
  });

  it('filters the joined record, or the prediction alone without a join', () => {
    expect(
      text(
        processOutput(
          Buffer.from('c1,0.1,0.2'),
          Buffer.from('0.9'),
          { joinSource: 'Input', outputFilter: '$[0,-1]' },
          csv,
        ),
      ),
    ).toBe('c1,0.9');
    expect(
      text(
        processOutput(
          Buffer.from('{}'),
          Buffer.from('{"p":[0.9],"v":2}'),
          { joinSource: 'None', outputFilter: '$.p' },
          json,
        ),
      ),
    ).toBe('[0.9]');
  });

  it('fails a JSON record that is not JSON with a RecordError naming it', () => {
    expect(() =>
      filterInput(Buffer.from('not json'), { inputFilter: '$.f', joinSource: 'None' }, 'json'),
    ).toThrow(new RecordError('a record is not JSON: not json'));
  });

  it('matches a MultiRecord answer to its records line by line, or not at all', () => {
    expect(outputsPerRecord(Buffer.from('{"p":[1,2]}'), 1)?.map(text)).toEqual(['{"p":[1,2]}']);
    expect(outputsPerRecord(Buffer.from('1\n2\n'), 2)?.map(text)).toEqual(['1', '2']);
    expect(outputsPerRecord(Buffer.from('{"p":[1,2]}'), 2)).toBeUndefined();
  });

  it('knows the content types it reads, and well-formed paths', () => {
    expect([
      recordFormatOf('text/csv; charset=utf-8'),
      recordFormatOf('application/jsonlines'),
      recordFormatOf('image/png'),
    ]).toEqual(['csv', 'json', undefined]);
    expect(['$[1:]', "$['a','b']", '$.a[0]', 'a', '$[0', "$['a]"].map(isWellFormedJsonPath)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
