// Bundles each action (and the emulator's CLI) into a committed dist/ with ncc. Two at a time: the
// machines have two cores, and ncc is CPU-bound.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
const actions = ['build-container', 'train', 'deploy-endpoint', 'rollback', 'integration-test'];

// `node scripts/build.js train emulator` builds only those; with no names, everything.
const only = new Set(process.argv.slice(2));
const jobs = actions.map((name) => ({
  label: `actions/${name}`,
  entry: `actions/${name}/src/index.ts`,
  out: `actions/${name}/dist`,
}));
if (existsSync(path.join(root, 'emulator/src/cli.ts'))) {
  jobs.push({ label: 'emulator', entry: 'emulator/src/cli.ts', out: 'emulator/dist', rename: 'cli.js' });
}

function run(job) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      // Transpile only: `npm run build` and CI type-check the whole repository once with tsc; letting
      // ncc check it again per action took most of the build time, and failed every action on an
      // error in an unrelated test file.
      [ncc, 'build', job.entry, '-o', job.out, '--license', 'licenses.txt', '--transpile-only', '-q'],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc failed for ${job.label} (exit ${code})`)),
    );
  });
}

async function build(job) {
  await rm(path.join(root, job.out), { recursive: true, force: true });
  await run(job);
  if (job.rename) {
    const bin = path.join(root, job.out, job.rename);
    await rename(path.join(root, job.out, 'index.js'), bin);
    // `npx modelship-emulator` and `./cli.js` need the shebang; ncc keeps the source's, this covers its absence.
    const code = await readFile(bin, 'utf8');
    if (!code.startsWith('#!')) await writeFile(bin, `#!/usr/bin/env node\n${code}`);
    await chmod(bin, 0o755);
  }
  console.log(`built ${job.label}`);
}

const selected = only.size ? jobs.filter((job) => only.has(job.label.replace(/^actions\//, ''))) : jobs;
if (only.size && selected.length !== only.size) {
  console.error(`unknown build target among: ${[...only].join(', ')}`);
  process.exit(2);
}
const queue = [...selected];
await Promise.all(
  [0, 1].map(async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await build(job);
  }),
);
