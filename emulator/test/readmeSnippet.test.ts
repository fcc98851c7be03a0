import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

/** The fenced `sh` block under "## The emulator" in the README, line by line. */
async function readmeEmulatorSnippet(): Promise<string[]> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The emulator'));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md has no ```sh block under "## The emulator"');
  return (block[1] as string).trim().split('\n');
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The environment of a new shell: no AWS settings, and a HOME without ~/.aws. */
function cleanEnvironment(home: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')));
  return { ...env, HOME: home };
}

let snippet: string[];
let port: number;
let home: string;
let server: ChildProcess | undefined;

beforeAll(async () => {
  snippet = await readmeEmulatorSnippet();
  port = await freePort();
  home = await mkdtemp(path.join(os.tmpdir(), 'readme-home-'));
});
afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  await rm(home, { recursive: true, force: true });
});

/** Runs the snippet's first line (the server) in its own process group; resolves once it listens. */
function startServer(command: string): Promise<string> {
  server = spawn('bash', ['-c', command], { cwd: repoRoot, env: cleanEnvironment(home), detached: true });
  let output = '';
  return new Promise((resolve, reject) => {
    server?.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve(output);
    });
    server?.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server?.once('exit', (code) => reject(new Error(`the emulator exited (${code}): ${output}`)));
  });
}

describe("the README's emulator snippet, run as written", () => {
  it('starts the emulator and answers the aws commands it shows', async () => {
    const onPort = (line: string) => line.replaceAll('4566', String(port));
    const [serverLine, ...shellLines] = snippet;
    expect(serverLine).toContain('npm run emulator');
    expect(await startServer(onPort(serverLine as string))).toContain(`127.0.0.1:${port}`);
    expect(shellLines.some((line) => line.startsWith('aws '))).toBe(true);
    const script = ['set -e', ...shellLines.map(onPort)].join('\n');
    const { stdout } = await run('bash', ['-c', script], { cwd: repoRoot, env: cleanEnvironment(home) });
    expect(JSON.parse(stdout)).toEqual({ Endpoints: [] });
  });
});
