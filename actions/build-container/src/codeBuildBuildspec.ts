import path from 'node:path';
import type { BuildDefinition } from './contextHash';

/**
 * The build script CodeBuild runs. It holds no input at all: every value arrives in a MODELSHIP_*
 * environment variable and is only ever expanded in double quotes, so nothing a workflow passes can
 * become shell syntax. It builds with docker when a daemon answers (CodeBuild images in privileged
 * mode), else with buildah, logs in with the project's role (`aws ecr get-login-password`, the password
 * on stdin), and pushes the image under its ctx tag, which the action then finds with DescribeImages. It runs
 * in a subshell, so its `set -eu` and positional arguments stay out of the phase's shell.
 */
const SCRIPT = String.raw`(
set -eu
set --
if [ -n "$MODELSHIP_TARGET" ]; then set -- "$@" --target "$MODELSHIP_TARGET"; fi
i=0
while [ "$i" -lt "$MODELSHIP_BUILD_ARG_COUNT" ]; do
  eval "modelship_arg=\"\${MODELSHIP_BUILD_ARG_$i}\""
  set -- "$@" --build-arg "$modelship_arg"
  i=$((i + 1))
done
if docker info >/dev/null 2>&1; then
  echo "Building $MODELSHIP_IMAGE with docker"
  aws ecr get-login-password --region "$AWS_REGION" | docker login --username AWS --password-stdin "$MODELSHIP_REGISTRY"
  docker build --file "$MODELSHIP_DOCKERFILE" --platform "$MODELSHIP_PLATFORM" "$@" --tag "$MODELSHIP_IMAGE" "$MODELSHIP_CONTEXT"
  docker push "$MODELSHIP_IMAGE"
else
  echo "Building $MODELSHIP_IMAGE with buildah (no docker daemon in this build)"
  modelship_store=$(mktemp -d)
  trap 'rm -rf "$modelship_store"' EXIT
  modelship_buildah() { buildah --root "$modelship_store/root" --runroot "$modelship_store/runroot" --storage-driver vfs "$@"; }
  aws ecr get-login-password --region "$AWS_REGION" | modelship_buildah login --authfile "$modelship_store/auth.json" --tls-verify="$MODELSHIP_TLS_VERIFY" --username AWS --password-stdin "$MODELSHIP_REGISTRY"
  modelship_buildah bud --isolation chroot --file "$MODELSHIP_DOCKERFILE" --platform "$MODELSHIP_PLATFORM" "$@" --tag "$MODELSHIP_IMAGE" "$MODELSHIP_CONTEXT"
  modelship_buildah push --authfile "$modelship_store/auth.json" --tls-verify="$MODELSHIP_TLS_VERIFY" "$MODELSHIP_IMAGE" "docker://$MODELSHIP_IMAGE"
fi
)
`;

/** The buildspec, as YAML: one command, the script above, in the build phase. */
export function codeBuildBuildspec(): string {
  const indented = SCRIPT.trimEnd()
    .split('\n')
    .map((line) => `        ${line}`)
    .join('\n');
  return `version: 0.2\nphases:\n  build:\n    commands:\n      - |\n${indented}\n`;
}

export interface CodeBuildImage {
  registry: string;
  /** `<registry>/<repository>:ctx-<hash>`: what the build pushes. */
  imageRef: string;
  plainHttp: boolean;
}

/** The script's variables: paths relative to the checkout, because the build has its own. */
export function codeBuildVariables(
  definition: BuildDefinition,
  workspace: string,
  image: CodeBuildImage,
): Array<{ name: string; value: string; type: 'PLAINTEXT' }> {
  const relative = (p: string) => path.relative(workspace, p) || '.';
  const args = Object.entries(definition.buildArgs).map(([name, value]) => `${name}=${value}`);
  const variables: Record<string, string> = {
    MODELSHIP_IMAGE: image.imageRef,
    MODELSHIP_REGISTRY: image.registry,
    MODELSHIP_TLS_VERIFY: String(!image.plainHttp),
    MODELSHIP_CONTEXT: relative(definition.contextDir),
    MODELSHIP_DOCKERFILE: relative(definition.dockerfilePath),
    MODELSHIP_PLATFORM: definition.platform,
    MODELSHIP_TARGET: definition.target ?? '',
    MODELSHIP_BUILD_ARG_COUNT: String(args.length),
    ...Object.fromEntries(args.map((arg, i) => [`MODELSHIP_BUILD_ARG_${i}`, arg])),
  };
  return Object.entries(variables).map(([name, value]) => ({ name, value, type: 'PLAINTEXT' }));
}
