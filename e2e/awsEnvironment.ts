import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import type { RunningEmulator } from '@modelship/emulator';
import { sdkClientConfig } from '@modelship/emulator/testing';

/**
 * Credentials no other string in a run could contain by chance, so that finding one in a log can only
 * mean it leaked. The emulator accepts any credentials.
 */
export const FAKE_CREDENTIALS = {
  accessKeyId: 'AKIARELIABILITY7Q2XZ',
  secretAccessKey: 'reliabilitySecret/Kq8vW3nZ+p5TtYbR2cM9xHdL4fJ7sGe1',
  sessionToken: 'IQoJreliabilitySessionToken//Zx91PqLmNoVbT7uWcE3rYs5aKdFgHjKl0',
} as const;

/** The environment a runner hands to a step after configure-aws-credentials, pointed at the emulator. */
export function awsEnvironment(emulator: RunningEmulator): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: emulator.url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: FAKE_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: FAKE_CREDENTIALS.secretAccessKey,
    AWS_SESSION_TOKEN: FAKE_CREDENTIALS.sessionToken,
  };
}

/** The ECR password this emulator hands out (one per emulator), which build-container logs in with. */
export async function ecrPassword(emulator: RunningEmulator): Promise<string> {
  const ecr = new ECRClient(sdkClientConfig(emulator));
  try {
    const token = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData?.[0]
      ?.authorizationToken;
    return Buffer.from(token ?? '', 'base64')
      .toString()
      .replace(/^AWS:/, '');
  } finally {
    ecr.destroy();
  }
}

/** Every secret a run handles, by name, for the log scan. */
export function secretsOf(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'access key id': FAKE_CREDENTIALS.accessKeyId,
    'secret access key': FAKE_CREDENTIALS.secretAccessKey,
    'session token': FAKE_CREDENTIALS.sessionToken,
    ...extra,
  };
}
