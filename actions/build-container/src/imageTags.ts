/** Docker's tag rule: up to 128 letters, digits, _ . and -, not starting with . or -. */
export const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** The tag that records what the build saw: the same context gives the same tag, and so is found again. */
export const contextTag = (contextHash: string): string => `ctx-${contextHash}`;

/** `tags`: checked when the inputs are read, so a typo fails before a ten-minute build, not at the push. */
export function validateImageTags(tags: string[]): string | undefined {
  const bad = tags.find((tag) => !IMAGE_TAG.test(tag));
  return bad
    ? `"${bad}" is not an image tag: up to 128 letters, digits, _ . and -, not starting with . or -`
    : undefined;
}

/** A git tag as an image tag: characters docker refuses become `-` (`release/1.0` → `release-1.0`). */
function gitTagAsImageTag(gitTag: string): string | undefined {
  const tag = gitTag
    .replace(/[^A-Za-z0-9_.-]/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
  return tag ? tag : undefined;
}

/**
 * The tags the image gets: `tags`, or the short commit SHA when empty, plus the git tag when the run was
 * triggered by one (a release). The first is the `image-tag` output.
 */
export function requestedTags(tags: string[] | undefined, env: NodeJS.ProcessEnv): string[] {
  const chosen = tags?.length ? [...tags] : env.GITHUB_SHA ? [env.GITHUB_SHA.slice(0, 7)] : [];
  const ref = env.GITHUB_REF ?? '';
  const gitTag = ref.startsWith('refs/tags/') ? gitTagAsImageTag(ref.slice('refs/tags/'.length)) : undefined;
  if (gitTag) chosen.push(gitTag);
  return [...new Set(chosen)];
}
