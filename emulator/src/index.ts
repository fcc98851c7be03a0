export { startEmulator, systemClock, type EmulatorOptions, type RunningEmulator } from './emulator';
export type { EmulatorTiming, EmulatorEnvironment, MetricDatum } from './environment';
export { ImageBindings, repositoryOf, type ImageBinding, type EmulatorConfigFile } from './imageBindings';
export type { Fault } from './faults';
export type { LoggedRequest } from './requestLog';
export type { PolicyCheckOptions, PolicyUsage } from './policies/policyEnforcer';
