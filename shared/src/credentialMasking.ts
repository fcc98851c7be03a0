// Apart from the AWS client settings (aws.ts), whose HTTP handler a step loads only once its inputs are
// valid: masking comes first, before the inputs are even read.
const CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];

/** Registers every credential in the environment as a secret before any log line could show it. */
export function maskCredentials(env: NodeJS.ProcessEnv, setSecret: (value: string) => void): void {
  for (const name of CREDENTIAL_VARIABLES) {
    const value = env[name];
    if (value) setSecret(value);
  }
}
