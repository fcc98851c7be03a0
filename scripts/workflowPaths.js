// What a `uses:` points at in this repository: `./actions/train` and `<owner>/modelship/actions/train@v1`
// both mean actions/train, whoever owns the copy (a fork or a renamed owner keeps the layout).
import path from 'node:path';

const OWN_REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/modelship\/([^@]+)@.+$/;

/** This repository's path a `uses:` points at (`actions/train`), or undefined for anything else. */
export function ownPathOf(uses) {
  if (typeof uses !== 'string') return undefined;
  if (uses.startsWith('./')) return path.posix.normalize(uses.slice(2));
  return OWN_REPOSITORY.exec(uses)?.[1];
}
