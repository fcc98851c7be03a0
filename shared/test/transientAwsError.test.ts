import { describe, expect, it } from '@jest/globals';
import { ModelshipError } from '../src/errors';
import { isTransientAwsError, TransientReadTolerance } from '../src/transientAwsError';

const awsError = (name: string, httpStatusCode: number) =>
  Object.assign(new Error(`${name} from AWS`), { name, $metadata: { httpStatusCode } });
const networkError = (code: string) => Object.assign(new Error(`socket: ${code}`), { code });

describe('isTransientAwsError', () => {
  it.each([
    ['throttling', awsError('ThrottlingException', 400)],
    ['Query-protocol throttling', awsError('Throttling', 400)],
    ['429', awsError('SomethingElse', 429)],
    ['a 500', awsError('InternalFailure', 500)],
    ['a 503', awsError('ServiceUnavailable', 503)],
    ['a connection reset', networkError('ECONNRESET')],
    ['a reset wrapped as the cause', Object.assign(new Error('wrapped'), { cause: networkError('EPIPE') })],
  ])('is true for %s', (_what, err) => {
    expect(isTransientAwsError(err)).toBe(true);
  });

  it.each([
    ['a validation error', awsError('ValidationException', 400)],
    ['access denied', awsError('AccessDeniedException', 400)],
    ['a cancel', Object.assign(new Error('aborted'), { name: 'AbortError' })],
    ['a plain error', new Error('bug')],
    ['not an error', 'ThrottlingException'],
  ])('is false for %s', (_what, err) => {
    expect(isTransientAwsError(err)).toBe(false);
  });
});

describe('TransientReadTolerance', () => {
  it('turns transient failures into no news and resets the count on a success', async () => {
    const reads = new TransientReadTolerance('DescribeEndpoint on churn', 3);
    const throttled = () => Promise.reject(awsError('ThrottlingException', 400));
    expect(await reads.read(throttled)).toBeUndefined();
    expect(await reads.read(throttled)).toBeUndefined();
    expect(await reads.read(() => Promise.resolve('InService'))).toBe('InService');
    expect(await reads.read(throttled)).toBeUndefined();
    expect(await reads.read(throttled)).toBeUndefined();
  });

  it('gives up after the limit in a row, saying what failed, how often and the last error', async () => {
    const reads = new TransientReadTolerance('DescribeEndpoint on churn', 3);
    const throttled = () => Promise.reject(awsError('ThrottlingException', 400));
    await reads.read(throttled);
    await reads.read(throttled);
    const failure = reads.read(throttled);
    await expect(failure).rejects.toBeInstanceOf(ModelshipError);
    await expect(reads.read(throttled)).rejects.toThrow(
      /DescribeEndpoint on churn failed 4 polls in a row with transient errors \(last: ThrottlingException/,
    );
  });

  it('throws an error that is not transient at once', async () => {
    const reads = new TransientReadTolerance('DescribeEndpoint on churn', 3);
    const denied = awsError('AccessDeniedException', 400);
    await expect(reads.read(() => Promise.reject(denied))).rejects.toBe(denied);
  });
});
