import type { RunningEmulator } from '../emulator';

/** What every emulator test hands to an SDK client: the emulator's URL and throwaway credentials. */
export function sdkClientConfig(emulator: RunningEmulator, extra: { maxAttempts?: number } = {}) {
  return {
    endpoint: emulator.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret' },
    maxAttempts: extra.maxAttempts ?? 1,
  };
}
