// Steps from other repositories that the pipelines use, done the way that matters locally, each saying
// what it did instead: checkout is the repository as it is on disk; configure-aws-credentials points
// the job at the emulator; setup-node and setup-python keep the tools already installed.

const noResults = { outputs: {}, env: {}, path: [], summary: '', annotations: [] };

/** @type {Record<string, (run: import('./stepKinds.js').StepRun) => import('./stepKinds.js').StepResult>} */
const STEPS = {
  'actions/checkout': (run) => {
    run.log(
      `actions/checkout: the workspace is ${run.workspace} as it is on disk (uncommitted changes included); nothing was fetched.`,
    );
    return { ...noResults, exitCode: 0 };
  },
  'aws-actions/configure-aws-credentials': (run) => {
    const { aws } = run;
    const region = run.step.with['aws-region'] || aws.region;
    run.masker.add(aws.secretAccessKey);
    run.log(
      `aws-actions/configure-aws-credentials: no role assumed (${run.step.with['role-to-assume'] || 'none given'}); ` +
        `the job talks to the emulator at ${aws.url} in ${region} with its local credentials.`,
    );
    return {
      ...noResults,
      exitCode: 0,
      outputs: { 'aws-account-id': aws.accountId },
      env: {
        AWS_ENDPOINT_URL: aws.url,
        AWS_REGION: region,
        AWS_DEFAULT_REGION: region,
        AWS_ACCESS_KEY_ID: aws.accessKeyId,
        AWS_SECRET_ACCESS_KEY: aws.secretAccessKey,
      },
    };
  },
  'actions/setup-node': (run) => {
    run.log(`actions/setup-node: nothing installed; steps use the Node on PATH (${process.version}).`);
    return { ...noResults, exitCode: 0 };
  },
  'actions/setup-python': (run) => {
    run.log('actions/setup-python: nothing installed; steps use the python3 on PATH.');
    return { ...noResults, exitCode: 0 };
  },
};

/** The local stand-in for a third-party `uses:` (`owner/repo@ref`), or undefined when there is none. */
export function thirdPartyStep(uses) {
  return STEPS[uses.split('@')[0]];
}

export const supportedThirdPartySteps = Object.keys(STEPS);
