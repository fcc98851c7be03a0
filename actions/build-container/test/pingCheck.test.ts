import { describe, expect, it } from '@jest/globals';
import { ModelshipError } from '@modelship/shared';
import { FakeClock, RecordingLogger } from '@modelship/shared/testing';
import type { ContainerEngine } from '../src/containerEngine';
import type { PingAnswer, ServedContainer } from '../src/imageServe';
import { buildLocally } from '../src/localBuild';
import { checkPing, PING_URL, PING_WAIT_MS } from '../src/pingCheck';

const REFUSED: PingAnswer = { error: 'ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:8080)', refused: true };

/** A fake container: runs until `exitAfterPings` pings (if set), then reports `exitCode`. */
function fakeServer(options: {
  answers: PingAnswer[];
  exitAfterPings?: number;
  exitCode?: number;
  output?: string[];
}) {
  const calls = { pings: 0, started: [] as string[][], removed: 0, urls: [] as string[] };
  const container: ServedContainer = {
    exitCode: async () =>
      options.exitAfterPings !== undefined && calls.pings > options.exitAfterPings
        ? options.exitCode
        : undefined,
    lastOutput: async () => options.output ?? [],
    remove: async () => {
      calls.removed++;
    },
  };
  const ping = async (url: string) => {
    calls.urls.push(url);
    const answer = options.answers[Math.min(calls.pings, options.answers.length - 1)] as PingAnswer;
    calls.pings++;
    return answer;
  };
  const serve = async (_image: string, command: string[]) => {
    calls.started.push(command);
    return container;
  };
  return { calls, serve, ping };
}

const edges = (clock = new FakeClock()) => ({
  clock,
  logger: new RecordingLogger(),
  signal: new AbortController().signal,
});
const CONFIG = { entrypoint: ['/opt/program/serve'] };

describe('checkPing: the image started with serve must answer GET /ping with 200', () => {
  it('passes when /ping answers 200 while the container runs, then removes the container', async () => {
    const server = fakeServer({ answers: [REFUSED, REFUSED, REFUSED, { status: 200 }] });
    const clock = new FakeClock();
    const check = await checkPing({ ...edges(clock), ...server }, 'img:ctx-1', CONFIG);
    expect(check.passed).toBe(true);
    expect(check.notChecked).toEqual([]);
    expect(check.findings.join(' ')).toContain('GET /ping on port 8080 answered 200 2 s after');
    expect(server.calls.started).toEqual([['/opt/program/serve', 'serve']]);
    expect(server.calls.urls.every((url) => url === PING_URL)).toBe(true);
    expect(server.calls.removed).toBe(1);
  });

  it('runs `serve` itself when the image has no ENTRYPOINT', async () => {
    const server = fakeServer({ answers: [REFUSED, { status: 200 }] });
    await checkPing({ ...edges(), ...server }, 'img', { cmd: ['python', 'app.py'] });
    expect(server.calls.started).toEqual([['serve']]);
  });

  it('fails after the 60 s wait when /ping never answers 200, naming the wait, the last answer, the output and the contract', async () => {
    const server = fakeServer({
      answers: [REFUSED, { status: 500 }],
      output: ['Traceback (most recent call last):', 'ModuleNotFoundError: No module named flask'],
    });
    const clock = new FakeClock();
    const check = await checkPing({ ...edges(clock), ...server }, 'img', CONFIG);
    expect(check.passed).toBe(false);
    const message = check.findings.join('\n');
    expect(message).toContain('did not answer 200 within 60 s after `/opt/program/serve serve`');
    expect(message).toContain('last answer: HTTP 500');
    expect(message).toContain('No module named flask');
    expect(message).toContain('port 8080');
    expect(message).toContain('docker run <image> serve');
    expect(clock.now()).toBeGreaterThanOrEqual(PING_WAIT_MS);
    expect(server.calls.removed).toBe(1);
  });

  it('fails when serve exits before /ping answers, with its exit code and output', async () => {
    const server = fakeServer({
      answers: [REFUSED],
      exitAfterPings: 2,
      exitCode: 1,
      output: ['usage: serve'],
    });
    const check = await checkPing({ ...edges(), ...server }, 'img', CONFIG);
    expect(check.passed).toBe(false);
    expect(check.findings.join('\n')).toMatch(
      /exited with code 1 before GET \/ping answered 200[\s\S]*usage: serve/,
    );
    expect(server.calls.removed).toBe(1);
  });

  it('says plainly it could not check, and passes, when the engine cannot start a container (exit 125)', async () => {
    const output = ['Error: chrooting to directory "/x": operation not permitted'];
    const server = fakeServer({ answers: [REFUSED], exitAfterPings: 1, exitCode: 125, output });
    const check = await checkPing({ ...edges(), ...server }, 'img', CONFIG);
    expect(check.passed).toBe(true);
    expect(check.notChecked.join(' ')).toContain('could not start a container on this runner (exit 125)');
    expect(check.notChecked.join(' ')).toContain('operation not permitted');
    expect(server.calls.removed).toBe(1);
  });

  it("does not test someone else's server: a port 8080 that answers before the start is reported, nothing started", async () => {
    const server = fakeServer({ answers: [{ status: 200 }] });
    const check = await checkPing({ ...edges(), ...server }, 'img', CONFIG);
    expect(check.passed).toBe(true);
    expect(check.notChecked.join(' ')).toContain(
      'port 8080 on this runner is already in use (it gave HTTP 200',
    );
    expect(server.calls.started).toEqual([]);
  });

  it('a 200 that comes while the container has already exited on "address in use" is not a pass', async () => {
    const server = fakeServer({
      answers: [REFUSED, { status: 200 }],
      exitAfterPings: 1,
      exitCode: 1,
      output: ['bind: Address already in use'],
    });
    const check = await checkPing({ ...edges(), ...server }, 'img', CONFIG);
    expect(check.findings).toEqual([]);
    expect(check.notChecked.join(' ')).toContain('port 8080 on this runner is taken by another process');
  });
});

describe('buildLocally with the /ping check', () => {
  const engine = (server: ReturnType<typeof fakeServer>, entrypoint: string[]) => {
    const done = { pushed: 0, disposed: 0 };
    const fake: ContainerEngine = {
      name: 'fake',
      login: async () => undefined,
      build: async () => undefined,
      imageConfig: async () => ({ entrypoint }),
      push: async () => {
        done.pushed++;
      },
      serve: server.serve,
      ping: server.ping,
      dispose: async () => {
        done.disposed++;
      },
    };
    return { fake, done };
  };
  const request = {
    definition: { contextDir: '/c', dockerfilePath: '/c/Dockerfile', buildArgs: {}, platform: 'linux/amd64' },
    imageRef: 'r/churn:ctx-1',
    login: { registry: 'r', username: 'AWS', password: 'p', plainHttp: false },
    sagemakerCheck: true,
  };

  it('does not push an image whose /ping never answers, and says what SageMaker expects', async () => {
    const { fake, done } = engine(fakeServer({ answers: [REFUSED] }), ['/opt/program/serve']);
    const failure = buildLocally(fake, request, edges());
    await expect(failure).rejects.toBeInstanceOf(ModelshipError);
    await expect(failure).rejects.toThrow(/not pushed: .*did not answer 200 within 60 s/);
    expect(done).toEqual({ pushed: 0, disposed: 1 });
  });

  it('pushes a healthy image and does not start a shell-form one', async () => {
    const healthy = engine(fakeServer({ answers: [REFUSED, { status: 200 }] }), ['/opt/program/serve']);
    const check = await buildLocally(healthy.fake, request, edges());
    expect(check?.findings.join(' ')).toContain('ENTRYPOINT is exec form');
    expect(check?.findings.join(' ')).toContain('answered 200');
    expect(healthy.done.pushed).toBe(1);

    const shellServer = fakeServer({ answers: [REFUSED, { status: 200 }] });
    const shell = engine(shellServer, ['/bin/sh', '-c', 'serve.py']);
    await expect(buildLocally(shell.fake, request, edges())).rejects.toThrow(/shell form/);
    expect(shellServer.calls.started).toEqual([]);
    expect(shell.done.pushed).toBe(0);
  });
});
