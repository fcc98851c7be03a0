import { execFile } from 'node:child_process';
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ObjectStore } from '../../environment';
import type { SourceType } from './projects';
import { readZipEntries, ZipFormatError } from './zipArchive';

const run = promisify(execFile);

/** A source that cannot be downloaded; the build fails DOWNLOAD_SOURCE with this as its context. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly statusCode = 'CLIENT_ERROR',
  ) {
    super(message);
  }
}

export interface SourceRequest {
  type: SourceType;
  location?: string;
  sourceVersion?: string;
  /** An empty directory to fill: the build's CODEBUILD_SRC_DIR. */
  srcDir: string;
  objects?: ObjectStore;
  /** Environment for git (PATH, HOME), without credentials. */
  env: Record<string, string>;
  signal: AbortSignal;
  log: (message: string) => void;
}

/** The local path a source location names, if it names one: an absolute path or a file:// URL. */
export function localSourcePath(location: string): string | undefined {
  if (location.startsWith('file://')) {
    try {
      return fileURLToPath(location);
    } catch {
      return undefined;
    }
  }
  return path.isAbsolute(location) ? location : undefined;
}

/** `bucket/key` or `arn:aws:s3:::bucket/key`, CodeBuild's forms of an S3 source location. */
export function s3SourceLocation(location: string): { bucket: string; key: string } | undefined {
  const match = /^(?:arn:aws[a-z-]*:s3:::)?([^/]+)\/(.+)$/.exec(location);
  return match ? { bucket: match[1] as string, key: match[2] as string } : undefined;
}

async function git(request: SourceRequest, args: string[], cwd?: string): Promise<string> {
  const { stdout } = await run('git', args, {
    cwd,
    env: { ...request.env, GIT_TERMINAL_PROMPT: '0' },
    signal: request.signal,
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout.trim();
}

const gitMessage = (err: unknown) =>
  ((err as { stderr?: string }).stderr || (err as Error).message).trim().split('\n').slice(-2).join(' ');

async function resolveCommit(request: SourceRequest, version: string): Promise<string | undefined> {
  const branch = version.replace(/^refs\/heads\//, '');
  for (const candidate of [version, `origin/${branch}`]) {
    try {
      return await git(
        request,
        ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`],
        request.srcDir,
      );
    } catch {
      // Not this form of the name; try the next.
    }
  }
  return undefined;
}

async function checkoutGit(request: SourceRequest, location: string): Promise<string> {
  const repository = localSourcePath(location);
  if (!repository) {
    throw new SourceError(
      `CLIENT_ERROR: the modelship emulator checks out only local git repositories, not ${location}; ` +
        'give the repository as an absolute path or file:// URL (e.g. with sourceLocationOverride).',
    );
  }
  const found = await stat(repository).catch(() => undefined);
  if (!found?.isDirectory()) {
    throw new SourceError(
      `CLIENT_ERROR: repository not found for primary source: no directory at ${repository}`,
    );
  }
  const version = request.sourceVersion;
  if (version?.startsWith('-')) {
    throw new SourceError(
      `CLIENT_ERROR: invalid source version ${version}; give a commit SHA, branch or tag`,
    );
  }
  request.log(`Cloning ${repository}`);
  try {
    await git(request, ['clone', '--quiet', '--no-checkout', '--', repository, request.srcDir]);
  } catch (err) {
    if (request.signal.aborted) throw err;
    throw new SourceError(`CLIENT_ERROR: could not clone ${repository}: ${gitMessage(err)}`);
  }
  const commit = version
    ? await resolveCommit(request, version)
    : await git(request, ['rev-parse', 'HEAD'], request.srcDir).catch(() => undefined);
  if (!commit) {
    throw new SourceError(
      version
        ? `CLIENT_ERROR: reference not found for primary source and source version ${version}`
        : `CLIENT_ERROR: the repository ${repository} has no commits to build`,
    );
  }
  try {
    await git(
      request,
      ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', commit],
      request.srcDir,
    );
  } catch (err) {
    if (request.signal.aborted) throw err;
    throw new SourceError(`CLIENT_ERROR: could not check out ${commit}: ${gitMessage(err)}`);
  }
  return commit;
}

async function extractS3Zip(request: SourceRequest, location: string): Promise<void> {
  const object = s3SourceLocation(location);
  if (!object) {
    throw new SourceError(
      `CLIENT_ERROR: invalid S3 source location ${location}; use bucket/key of a zip file`,
    );
  }
  const stored = request.objects?.get(object.bucket, object.key);
  if (!stored) {
    throw new SourceError(
      `CLIENT_ERROR: no such S3 object: s3://${object.bucket}/${object.key}; upload the source zip first`,
    );
  }
  let entries;
  try {
    entries = readZipEntries(stored.body);
  } catch (err) {
    if (!(err instanceof ZipFormatError)) throw err;
    throw new SourceError(
      `CLIENT_ERROR: s3://${object.bucket}/${object.key} is not a zip the emulator can read: ${err.message}`,
    );
  }
  for (const entry of entries) {
    const target = path.resolve(request.srcDir, entry.name);
    // An entry with `..` segments must not write outside the source directory.
    if (target !== request.srcDir && !target.startsWith(request.srcDir + path.sep)) continue;
    if (entry.name.endsWith('/')) {
      await mkdir(target, { recursive: true });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, entry.data);
    if (entry.mode) await chmod(target, entry.mode);
  }
}

/**
 * Fills the source directory: nothing for NO_SOURCE, a zip from emulated S3, or a git checkout of a
 * local repository at the source version. Returns the resolved commit for git sources.
 */
export async function checkoutSource(request: SourceRequest): Promise<{ resolvedSourceVersion?: string }> {
  await mkdir(request.srcDir, { recursive: true });
  const location = request.location ?? '';
  switch (request.type) {
    case 'NO_SOURCE':
      return {};
    case 'S3':
      await extractS3Zip(request, location);
      return {};
    case 'CODEPIPELINE':
      throw new SourceError(
        'CLIENT_ERROR: CODEPIPELINE sources come from CodePipeline, which the modelship emulator does not run; start the build with sourceTypeOverride and sourceLocationOverride.',
      );
    default:
      return { resolvedSourceVersion: await checkoutGit(request, location) };
  }
}
