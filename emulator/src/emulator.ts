import type http from 'node:http';
import {
  DEFAULT_TIMING,
  type EmulatorClock,
  type EmulatorEnvironment,
  type EmulatorTiming,
} from './environment';
import { FaultRegistry } from './faults';
import { ImageBindings, type EmulatorConfigFile } from './imageBindings';
import { PolicyEnforcer, policyCheckFromEnv, type PolicyCheckOptions } from './policies/policyEnforcer';
import { RequestLog } from './requestLog';
import type { Dispatcher } from './dispatcher';
import { createHttpServer, listen } from './server';
import { createServices } from './services';

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** A config file path (JSON or YAML), or the config itself with `baseDir` for relative paths. */
  config?: string | { file: EmulatorConfigFile; baseDir: string };
  accountId?: string;
  timing?: Partial<EmulatorTiming>;
  clock?: EmulatorClock;
  /**
   * Checks each call from a modelship action against policies/<action>.json: AccessDenied when the
   * policy lacks it. Defaults to MODELSHIP_EMULATOR_POLICIES (a directory; `off` or unset: no check)
   * and MODELSHIP_POLICY_USAGE_DIR, which the e2e tests' jest setup provide; `false` turns it off.
   */
  policies?: PolicyCheckOptions | false;
}

export interface RunningEmulator {
  url: string;
  port: number;
  env: EmulatorEnvironment;
  log: RequestLog;
  faults: FaultRegistry;
  images: ImageBindings;
  /** Forgets every resource and stops every model process, keeping the server up. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export const systemClock: EmulatorClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const images =
    typeof options.config === 'string'
      ? ImageBindings.fromFile(options.config)
      : options.config
        ? ImageBindings.fromConfig(options.config.file, options.config.baseDir)
        : new ImageBindings();
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  if (!(timing.timeScale > 0))
    throw new Error(`timeScale must be a positive number, got ${timing.timeScale}.`);

  const shutdownTasks: Array<() => Promise<void> | void> = [];
  const resetTasks: Array<() => Promise<void> | void> = [];
  const faults = new FaultRegistry();
  const env: EmulatorEnvironment = {
    accountId: options.accountId ?? '123456789012',
    timing,
    images,
    faults,
    clock: options.clock ?? systemClock,
    stores: {},
    onShutdown: (task) => shutdownTasks.push(task),
    onReset: (task) => resetTasks.push(task),
  };
  const log = new RequestLog();
  const policyCheck = options.policies ?? policyCheckFromEnv(process.env);
  const dispatcher: Dispatcher = {
    services: createServices(env),
    env,
    log,
    policies: policyCheck ? new PolicyEnforcer(policyCheck) : undefined,
    reset: async () => {
      for (const task of resetTasks) await task();
      log.clear();
      faults.clear();
    },
  };
  const server: http.Server = createHttpServer(dispatcher);
  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, options.port ?? 0, host);
  env.url = `http://${host}:${port}`;

  let stopped: Promise<void> | undefined;
  return {
    url: env.url,
    port,
    env,
    log,
    faults,
    images,
    reset: dispatcher.reset,
    stop: () =>
      (stopped ??= (async () => {
        for (const task of shutdownTasks) await task();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })()),
  };
}
