// Fails when a committed dist/ differs from what the sources build: a changed file, a missing one, or a new
// chunk that was never committed (git diff alone misses untracked files, and a clone would lack them).
import { execFileSync } from 'node:child_process';

// Pathspec wildcards match across '/', so dist/* covers every file below a dist folder.
const distPaths = ['actions/*/dist/*', 'emulator/dist/*'];
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', ...distPaths], {
  encoding: 'utf8',
}).trimEnd();
if (status) {
  console.error(`dist/ does not match the sources:\n${status}`);
  console.error('Run `npm run build` and commit every file under dist/ (new chunk files included).');
  process.exit(1);
}
console.log('dist/ matches the sources.');
