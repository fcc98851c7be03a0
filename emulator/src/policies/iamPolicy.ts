/**
 * The part of an IAM identity policy the emulator evaluates: which actions each statement allows or
 * denies. Resources and conditions are not evaluated (they are checked by reading the policy files and
 * by AWS); what the emulator proves is that every call an action makes is named by its policy.
 */
export interface IamStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, unknown>;
}

export interface IamPolicy {
  Version: string;
  Statement: IamStatement[];
}

/** Parses and checks a policy document; `source` names it in errors (a file path). */
export function parseIamPolicy(text: string, source: string): IamPolicy {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (err) {
    throw new Error(`${source} is not valid JSON: ${(err as Error).message}`);
  }
  const policy = document as Partial<IamPolicy>;
  if (policy.Version !== '2012-10-17') throw new Error(`${source}: Version must be "2012-10-17".`);
  if (!Array.isArray(policy.Statement) || policy.Statement.length === 0) {
    throw new Error(`${source}: Statement must be a non-empty list.`);
  }
  for (const [index, statement] of policy.Statement.entries()) {
    const where = `${source} statement ${statement.Sid ?? index}`;
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
      throw new Error(`${where}: Effect must be Allow or Deny.`);
    }
    if ('NotAction' in statement) throw new Error(`${where}: NotAction is not supported; list the actions.`);
    if (!actionsOf(statement).length) throw new Error(`${where}: Action must name at least one action.`);
  }
  return policy as IamPolicy;
}

export function actionsOf(statement: IamStatement): string[] {
  return typeof statement.Action === 'string' ? [statement.Action] : (statement.Action ?? []);
}

/** IAM action patterns: case-insensitive, `*` any run of characters, `?` one character. */
export function iamActionMatches(pattern: string, iamAction: string): boolean {
  const regex = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${regex}$`, 'i').test(iamAction);
}

/** Whether the policy allows the action: some Allow names it, and no Deny does. */
export function policyAllows(policy: IamPolicy, iamAction: string): boolean {
  const naming = policy.Statement.filter((s) => actionsOf(s).some((p) => iamActionMatches(p, iamAction)));
  return naming.some((s) => s.Effect === 'Allow') && !naming.some((s) => s.Effect === 'Deny');
}
