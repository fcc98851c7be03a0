import type { BuildDefinition } from './contextHash';
import type { RegistryLogin } from './ecrLogin';
import type { PingProbe, ServeImage } from './imageServe';

/** The part of an image's config that decides how SageMaker starts it. */
export interface ImageConfig {
  entrypoint?: string[];
  cmd?: string[];
}

/** A local container engine (docker or buildah): the steps of a build on the runner. */
export interface ContainerEngine {
  /** As the log and the summary name it, e.g. `buildah` or `docker buildx`. */
  readonly name: string;
  login(login: RegistryLogin): Promise<void>;
  build(definition: BuildDefinition, imageRef: string): Promise<void>;
  imageConfig(imageRef: string): Promise<ImageConfig>;
  push(imageRef: string): Promise<void>;
  /** Starts the built image as SageMaker does, for the /ping check. */
  serve: ServeImage;
  /** GET on the runner's loopback, where the served image's port 8080 is published. */
  ping: PingProbe;
  /** Removes what the engine kept for this run (storage, login); safe to call more than once. */
  dispose(): Promise<void>;
}

/** The flags every builder takes from the build definition: Dockerfile, platform, args, target. */
export function buildFlags(definition: BuildDefinition): string[] {
  const flags = ['--file', definition.dockerfilePath, '--platform', definition.platform];
  for (const [name, value] of Object.entries(definition.buildArgs))
    flags.push('--build-arg', `${name}=${value}`);
  if (definition.target) flags.push('--target', definition.target);
  return flags;
}

/** Reads `Entrypoint`/`Cmd` from an image config as docker and buildah print it (JSON). */
export function parseImageConfig(json: string): ImageConfig {
  const config = (JSON.parse(json || 'null') ?? {}) as {
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
  };
  return { entrypoint: config.Entrypoint ?? undefined, cmd: config.Cmd ?? undefined };
}
