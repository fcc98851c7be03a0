// ESM throughout: @actions/* 3+ ship ESM only, so tests run under --experimental-vm-modules
// and SWC strips types without changing the module format.
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  testMatch: [
    '<rootDir>/{shared,emulator,e2e}/test/**/*.test.ts',
    '<rootDir>/e2e/reliability/**/*.test.ts',
    '<rootDir>/actions/*/test/**/*.test.ts',
    '<rootDir>/test/**/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Every emulator checks the actions' calls against policies/ (least privilege, see scripts/check-policy-usage.js).
  globalSetup: '<rootDir>/e2e/fixtures/policyCheckSetup.js',
  // The emulator starts model processes; a hung test must not hold CI for long.
  testTimeout: 60_000,
  maxWorkers: 2,
};
