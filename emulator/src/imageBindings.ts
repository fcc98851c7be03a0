import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/** How `docker run <image> serve|train` is emulated: a local command run in a directory. */
export interface ImageBinding {
  entrypoint: string[];
  cwd: string;
  env?: Record<string, string>;
}

export interface EmulatorConfigFile {
  images?: Record<string, { entrypoint: string[]; cwd?: string; env?: Record<string, string> }>;
}

export class ImageBindings {
  constructor(private readonly bindings: Map<string, ImageBinding> = new Map()) {}

  static fromConfig(config: EmulatorConfigFile, baseDir: string): ImageBindings {
    const map = new Map<string, ImageBinding>();
    for (const [key, value] of Object.entries(config.images ?? {})) {
      if (!Array.isArray(value.entrypoint) || value.entrypoint.length === 0) {
        throw new Error(
          `Image binding "${key}" needs "entrypoint": a non-empty list such as ["python3", "entry.py"].`,
        );
      }
      map.set(key, {
        entrypoint: value.entrypoint,
        cwd: path.resolve(baseDir, value.cwd ?? '.'),
        env: value.env,
      });
    }
    return new ImageBindings(map);
  }

  static fromFile(file: string): ImageBindings {
    const text = readFileSync(file, 'utf8');
    const parsed = (file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text)) as EmulatorConfigFile;
    return ImageBindings.fromConfig(parsed ?? {}, path.dirname(path.resolve(file)));
  }

  bind(image: string, binding: ImageBinding): void {
    this.bindings.set(image, binding);
  }

  /**
   * The binding for an image URI, trying in order: the exact URI; the URI without its tag or digest
   * (`123.dkr.ecr.us-east-1.amazonaws.com/churn`, the key one copies from ECR); the repository path
   * without the registry host (`team/churn`); its last segment (`churn`).
   */
  resolve(image: string): ImageBinding | undefined {
    for (const key of bindingKeysOf(image)) {
      const binding = this.bindings.get(key);
      if (binding) return binding;
    }
    return undefined;
  }

  /** Why `image` has no binding: the keys tried, in order, and the keys the config has. */
  missReason(image: string): string {
    const quoted = (keys: string[]) => keys.map((k) => `'${k}'`).join(', ');
    const configured = this.keys();
    return (
      `Keys tried: ${quoted(bindingKeysOf(image))}. ` +
      (configured.length ? `Keys in the config: ${quoted(configured)}.` : 'The config binds no images.')
    );
  }

  keys(): string[] {
    return [...this.bindings.keys()];
  }
}

/** `host:port/ns/repo:tag` or `host/repo@sha256:...` -> `ns/repo` / `repo`. */
export function repositoryOf(image: string): string {
  let rest = image.split('@')[0] as string;
  const firstSlash = rest.indexOf('/');
  if (firstSlash > 0) {
    const host = rest.slice(0, firstSlash);
    if (host.includes('.') || host.includes(':') || host === 'localhost') rest = rest.slice(firstSlash + 1);
  }
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) rest = rest.slice(0, lastColon);
  return rest;
}

/** `host/ns/repo:tag` or `host/ns/repo@sha256:...` -> `host/ns/repo`. */
export function withoutTagOrDigest(image: string): string {
  const rest = image.split('@')[0] as string;
  const lastColon = rest.lastIndexOf(':');
  return lastColon > rest.lastIndexOf('/') ? rest.slice(0, lastColon) : rest;
}

/** The keys a binding may have for `image`, most specific first, without repeats. */
export function bindingKeysOf(image: string): string[] {
  const repository = repositoryOf(image);
  const keys = [image, withoutTagOrDigest(image), repository, repository.split('/').pop() as string];
  return [...new Set(keys)];
}
