// An offline machine cannot run the model's real image (its base image cannot be pulled), so where the
// pipeline tests an image as a local container, the local runner serves it the way the emulator serves
// that image everywhere else: through the image's binding in the emulator config (a local command).
// The step log says so; the action itself runs unchanged with local-command instead of local-image.
import net from 'node:net';
import path from 'node:path';
import YAML from 'yaml';
import { readFileSync } from 'node:fs';

/** `123.dkr.ecr.us-east-1.amazonaws.com/team/churn-model@sha256:...` → `churn-model`. */
export function imageName(image) {
  const withoutDigest = image.split('@')[0];
  const lastSegment = withoutDigest.split('/').at(-1) ?? withoutDigest;
  return lastSegment.split(':')[0];
}

/** The image bindings of an emulator config file: image name → { entrypoint, cwd } with cwd absolute. */
export function imageBindingsOf(configFile) {
  const config = YAML.parse(readFileSync(configFile, 'utf8')) ?? {};
  return Object.fromEntries(
    Object.entries(config.images ?? {}).map(([name, binding]) => [
      name,
      { entrypoint: binding.entrypoint, cwd: path.resolve(path.dirname(configFile), binding.cwd ?? '.') },
    ]),
  );
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {net.AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The integration-test inputs with `local-image` replaced by the image's bound command, on a free port;
 * unchanged when the step tests no local image or the image has no binding.
 * @param {Record<string, string>} inputs @param {Record<string, { entrypoint: string[], cwd: string }>} bindings
 * @param {string} workspace @param {(line: string) => void} log
 */
export async function withImageStandIn(inputs, bindings, workspace, log) {
  const image = inputs['local-image'];
  const binding = image && bindings[imageName(image)];
  if (!binding) return inputs;
  const port = await freePort();
  // The entrypoint's relative paths are relative to the binding's folder; the action runs in the workspace.
  const [program, ...args] = binding.entrypoint.map((part, index) =>
    index > 0 && !path.isAbsolute(part) ? path.relative(workspace, path.join(binding.cwd, part)) : part,
  );
  const command = ['env', `SAGEMAKER_BIND_TO_PORT=${port}`, program, ...args, 'serve'].join(' ');
  log(
    `local-image ${image} is served as the emulator serves it (no container runtime here can pull its base image): ` +
      `local-command "${command}", local-url http://127.0.0.1:${port}.`,
  );
  const { 'local-image': _replaced, ...rest } = inputs;
  return { ...rest, 'local-command': command, 'local-url': `http://127.0.0.1:${port}` };
}
