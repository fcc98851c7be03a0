import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startEmulator, type RunningEmulator } from '../src';
import { sdkClientConfig } from '../src/testing/sdkClientConfig';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ accountId: '111122223333' });
});
afterAll(async () => {
  await emulator.stop();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the emulator server', () => {
  it('answers STS over the Query protocol through the real SDK client', async () => {
    const sts = new STSClient(sdkClientConfig(emulator));
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe('111122223333');
    expect(identity.$metadata.requestId).toMatch(/[0-9a-f-]{36}/);
  });

  it('logs each AWS request with service, operation and status', async () => {
    await post('/_emulator/reset', '');
    await new STSClient(sdkClientConfig(emulator)).send(new GetCallerIdentityCommand({}));
    const log = (await (await fetch(`${emulator.url}/_emulator/requests?service=sts`)).json()) as Array<
      Record<string, unknown>
    >;
    expect(log).toEqual([
      expect.objectContaining({ service: 'sts', operation: 'GetCallerIdentity', status: 200 }),
    ]);
  });

  it('throttles calls when a throttle fault is injected, and the SDK sees ThrottlingException', async () => {
    await post('/_emulator/faults', { kind: 'throttle', service: 'sts', count: 1 });
    const sts = new STSClient(sdkClientConfig(emulator));
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'ThrottlingException',
    });
    // The fault had a count of one: the next call goes through.
    await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Account: '111122223333',
    });
  });

  it('answers an unknown X-Amz-Target and malformed JSON with AWS errors, and keeps serving', async () => {
    const unknown = await post('/', '{}', {
      'x-amz-target': 'NoSuchService.DoThing',
      'content-type': 'application/x-amz-json-1.1',
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ __type: 'UnknownOperationException' });

    const health = await fetch(`${emulator.url}/_emulator/health`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('rejects an unknown fault kind with the kinds it accepts', async () => {
    const response = await post('/_emulator/faults', { kind: 'explode' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/throttle, server-error/);
  });
});
