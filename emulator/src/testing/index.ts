// What tests outside the emulator use to drive it: SDK settings, polling for a state, the example
// churn model installed as an endpoint. Imported as '@modelship/emulator/testing'.
export { sdkClientConfig } from './sdkClientConfig';
export { pollUntil } from './pollUntil';
export * from './churnModelFixture';
