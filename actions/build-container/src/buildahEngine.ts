import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { CommandRunner } from './commandRunner';
import { succeeded } from './commandFailure';
import { buildFlags, parseImageConfig, type ContainerEngine } from './containerEngine';
import type { RegistryLogin } from './ecrLogin';
import { startBackground as startProcess } from './backgroundProcess';
import { buildahServe, type StartBackground } from './buildahServe';
import { httpPing } from './httpPing';
import type { PingProbe } from './imageServe';

const HINT =
  'Read the buildah output above; buildah needs to run as root (or rootless with subuids) with --storage-driver vfs --isolation chroot on hosted runners.';

/**
 * buildah with its own storage and login file under `workDir`, so that runs never share images or
 * credentials, and `dispose` removes both. vfs storage and chroot isolation work without a daemon,
 * overlay mounts or user namespaces.
 */
export function buildahEngine(
  runner: CommandRunner,
  workDir: string,
  startBackground: StartBackground = startProcess,
  ping: PingProbe = httpPing,
): ContainerEngine {
  const authFile = path.join(workDir, 'auth.json');
  const storage = storageFlags(workDir);
  let tlsVerify = '--tls-verify=true';
  const buildah = async (what: string, args: string[], options: { stdin?: string; quiet?: boolean } = {}) =>
    succeeded(what, await runner.run('buildah', [...storage, ...args], options), 'buildah', HINT);

  return {
    name: 'buildah',
    async login(login: RegistryLogin) {
      tlsVerify = `--tls-verify=${!login.plainHttp}`;
      await buildah('buildah login', loginArguments(authFile, tlsVerify, login), { stdin: login.password });
    },
    async build(definition, imageRef) {
      await buildah('buildah bud', [
        'bud',
        '--isolation',
        'chroot',
        ...buildFlags(definition),
        '--tag',
        imageRef,
        definition.contextDir,
      ]);
    },
    async imageConfig(imageRef) {
      const inspected = await buildah('buildah inspect', ['inspect', '--type', 'image', imageRef], {
        quiet: true,
      });
      // The whole description, as JSON; its OCI config is the image's own.
      const config = (JSON.parse(inspected.stdout) as { OCIv1?: { config?: unknown } }).OCIv1?.config;
      return parseImageConfig(JSON.stringify(config ?? null));
    },
    async push(imageRef) {
      await buildah('buildah push', [
        'push',
        '--authfile',
        authFile,
        tlsVerify,
        imageRef,
        `docker://${imageRef}`,
      ]);
    },
    serve: buildahServe(runner, storage, startBackground),
    ping,
    async dispose() {
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/** The run's own image storage: vfs needs no overlay mounts or user namespaces. */
const storageFlags = (workDir: string) => [
  '--root',
  path.join(workDir, 'root'),
  '--runroot',
  path.join(workDir, 'runroot'),
  '--storage-driver',
  'vfs',
];

/** The password goes on stdin, never in the arguments, where a process listing would show it. */
function loginArguments(authFile: string, tlsVerify: string, login: RegistryLogin): string[] {
  return [
    'login',
    '--authfile',
    authFile,
    tlsVerify,
    '--username',
    login.username,
    '--password-stdin',
    login.registry,
  ];
}
