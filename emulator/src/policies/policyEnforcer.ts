import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { AwsError } from '../protocol/awsError';
import { callingAction } from './callingAction';
import { requiredIamActions } from './iamActionName';
import { parseIamPolicy, policyAllows, type IamPolicy } from './iamPolicy';

export interface PolicyCheckOptions {
  /** Holds `<action>.json` per modelship action; actions without a file are not checked. */
  dir: string;
  /** Where each (action, IAM action) allowed is recorded, one JSON line each, for the unused-statement check. */
  usageDir?: string;
}

/** One line of a usage file. */
export interface PolicyUsage {
  action: string;
  iamAction: string;
}

/**
 * Least privilege, enforced: a call from a modelship action (known by its user agent) goes through
 * only if that action's policy allows the IAM action it needs; otherwise it gets AccessDenied in the
 * service's own wire format, as AWS answers a role that lacks the permission.
 */
export class PolicyEnforcer {
  private readonly policies = new Map<string, IamPolicy | null>();
  private readonly recorded = new Set<string>();
  private readonly usageFile?: string;

  constructor(private readonly options: PolicyCheckOptions) {
    if (options.usageDir) {
      mkdirSync(options.usageDir, { recursive: true });
      // One file per emulator, so emulators in parallel test workers never write the same file.
      this.usageFile = path.join(options.usageDir, `usage-${process.pid}-${randomUUID().slice(0, 8)}.jsonl`);
    }
  }

  /** Throws AccessDenied when the calling action's policy does not allow every IAM action the call needs. */
  authorize(
    headers: IncomingHttpHeaders,
    call: { service: string; operation: string; input: unknown; accountId: string },
  ): void {
    const action = callingAction(headers);
    if (!action) return;
    const needed = requiredIamActions(call.service, call.operation, call.input);
    const policy = this.policyOf(action);
    const missing = policy && needed.find((iamAction) => !policyAllows(policy, iamAction));
    if (missing) throw accessDenied(call.service, action, missing, call.accountId);
    for (const iamAction of needed) this.record({ action, iamAction });
  }

  private policyOf(action: string): IamPolicy | null {
    if (!this.policies.has(action)) {
      const file = path.join(this.options.dir, `${action}.json`);
      this.policies.set(action, existsSync(file) ? parseIamPolicy(readFileSync(file, 'utf8'), file) : null);
    }
    return this.policies.get(action) ?? null;
  }

  private record(usage: PolicyUsage): void {
    const key = `${usage.action} ${usage.iamAction}`;
    if (!this.usageFile || this.recorded.has(key)) return;
    this.recorded.add(key);
    // Written at once: a test worker may exit without stopping its emulator.
    appendFileSync(this.usageFile, `${JSON.stringify(usage)}\n`);
  }
}

/** AWS's wording; S3 says `AccessDenied` with 403, the JSON services `AccessDeniedException`. */
function accessDenied(service: string, action: string, iamAction: string, accountId: string): AwsError {
  const message =
    `User: arn:aws:sts::${accountId}:assumed-role/modelship-${action}/GitHubActions is not authorized to ` +
    `perform: ${iamAction} because no identity-based policy allows the ${iamAction} action`;
  return service === 's3'
    ? new AwsError('AccessDenied', message, 403)
    : new AwsError('AccessDeniedException', message, 400, {}, 'AccessDenied');
}

/** The emulator's policy check as the environment asks for it: MODELSHIP_EMULATOR_POLICIES names the directory. */
export function policyCheckFromEnv(env: NodeJS.ProcessEnv): PolicyCheckOptions | undefined {
  const dir = env.MODELSHIP_EMULATOR_POLICIES;
  if (!dir || dir === 'off') return undefined;
  return { dir: path.resolve(dir), usageDir: env.MODELSHIP_POLICY_USAGE_DIR || undefined };
}
