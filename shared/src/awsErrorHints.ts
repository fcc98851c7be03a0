import { ModelshipError } from './errors';

/**
 * AWS errors a workflow author causes and can fix, turned into what to do about them. The SDK's own
 * text ("Could not load credentials from any providers") says what failed but not how a GitHub
 * workflow fixes it; this mapping adds that, keeping AWS's error code and message in front so that a
 * search for the code still finds the step. Errors not in the table pass through unchanged.
 */

const POLICY_DIRECTORY = 'policies';

interface ErrorFacts {
  name: string;
  code: string;
  message: string;
  hostname: string;
}

interface HintRule {
  matches(facts: ErrorFacts): boolean;
  hint(facts: ErrorFacts, action: string | undefined): string;
}

const CREDENTIAL_RULE: HintRule = {
  matches: ({ name }) => name === 'CredentialsProviderError',
  hint: () =>
    'No AWS credentials reached the step. Add aws-actions/configure-aws-credentials before it with ' +
    '`role-to-assume: <the role ARN>` and `aws-region`, and give the job `permissions: id-token: write` ' +
    'so that it can exchange GitHub’s OIDC token for the role; no long-lived keys are needed.',
};

const ACCESS_DENIED_RULE: HintRule = {
  matches: ({ name, code }) =>
    [name, code].some((c) => c === 'AccessDenied' || c === 'AccessDeniedException'),
  hint: ({ message }, action) => {
    const iamAction = deniedIamAction(message);
    const policy = action
      ? `${POLICY_DIRECTORY}/${action}.json`
      : `the action's policy in ${POLICY_DIRECTORY}/`;
    const missing = iamAction
      ? `The role the workflow assumes may not call ${iamAction}.`
      : 'The role the workflow assumes lacks a permission this step needs.';
    return `${missing} Attach ${policy} from the modelship repository (the least privilege this action needs) to that role, or add the missing action to the role's policy.`;
  },
};

const EXPIRED_TOKEN_RULE: HintRule = {
  matches: ({ name, code }) =>
    [name, code].some((c) => c === 'ExpiredToken' || c === 'ExpiredTokenException'),
  hint: () =>
    'The AWS session outlived the job: the credentials expired before the step finished. Raise ' +
    '`role-duration-seconds` of aws-actions/configure-aws-credentials (the default is one hour; the ' +
    "role's maximum session duration must allow it), or split the work into shorter jobs.",
};

const UNKNOWN_ENDPOINT_RULE: HintRule = {
  matches: (facts) => unresolvedRegion(facts) !== undefined,
  hint: (facts) => {
    const at = unresolvedRegion(facts);
    return (
      `${at?.host} does not exist: region "${at?.region}" does not offer this AWS service, or is misspelt. ` +
      'Set the `region` input (or `aws-region` of aws-actions/configure-aws-credentials) to a region where ' +
      'SageMaker runs, e.g. us-east-1; https://docs.aws.amazon.com/general/latest/gr/sagemaker.html lists them.'
    );
  },
};

const RULES: HintRule[] = [CREDENTIAL_RULE, ACCESS_DENIED_RULE, EXPIRED_TOKEN_RULE, UNKNOWN_ENDPOINT_RULE];

/** `... is not authorized to perform: sagemaker:CreateModel on resource ...` -> `sagemaker:CreateModel`. */
export function deniedIamAction(message: string): string | undefined {
  return /not authorized to perform:?\s+([a-z0-9-]+:[A-Za-z0-9*]+)/.exec(message)?.[1];
}

/** `getaddrinfo ENOTFOUND api.sagemaker.xx-east-9.amazonaws.com` -> the host and its region label. */
function unresolvedRegion(facts: ErrorFacts): { region: string; host: string } | undefined {
  if (facts.name !== 'UnknownEndpoint' && facts.code !== 'ENOTFOUND') return undefined;
  const host = facts.hostname || /ENOTFOUND\s+(\S+)/.exec(facts.message)?.[1] || '';
  const region = /\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(host)?.[1];
  return region ? { region, host } : undefined;
}

function factsOf(err: Error): ErrorFacts {
  const fields = err as Error & { code?: unknown; Code?: unknown; hostname?: unknown };
  const code =
    typeof fields.code === 'string' ? fields.code : typeof fields.Code === 'string' ? fields.Code : '';
  return {
    name: err.name,
    code,
    message: err.message,
    hostname: typeof fields.hostname === 'string' ? fields.hostname : '',
  };
}

/** The error itself, then what it wraps: an action may wrap an SDK error with context of its own. */
function causeChain(err: unknown): Error[] {
  const chain: Error[] = [];
  for (let current = err; current instanceof Error && chain.length < 5; current = current.cause) {
    chain.push(current);
  }
  return chain;
}

/**
 * A ModelshipError with a hint when `err` (or an error it wraps) is one the workflow author can fix;
 * `err` itself otherwise. `action` names the modelship action, for the path of its policy.
 */
export function withAwsErrorHint(err: unknown, action?: string): unknown {
  if (err instanceof ModelshipError) return err;
  for (const cause of causeChain(err)) {
    const facts = factsOf(cause);
    const rule = RULES.find((r) => r.matches(facts));
    if (rule) {
      const prefix = facts.name && facts.name !== 'Error' ? `${facts.name}: ` : '';
      return new ModelshipError(`${prefix}${facts.message}`, rule.hint(facts, action));
    }
  }
  return err;
}
