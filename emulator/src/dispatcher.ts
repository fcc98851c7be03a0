import type { EmulatorEnvironment } from './environment';
import type { PolicyEnforcer } from './policies/policyEnforcer';
import type { ServiceDefinition } from './protocol/types';
import type { RequestLog } from './requestLog';

/** What the HTTP server and the admin API route to: the services, their shared environment and log. */
export interface Dispatcher {
  services: ServiceDefinition[];
  env: EmulatorEnvironment;
  log: RequestLog;
  /** Set when calls from modelship actions are checked against their IAM policies. */
  policies?: PolicyEnforcer;
  reset(): Promise<void>;
}
