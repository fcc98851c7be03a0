import type { TrafficPlatform } from './appSpec';
import { codeDeployError } from './codeDeployErrors';

/**
 * The compute platform of a request (Server when omitted, as CodeDeploy defaults). The emulator shifts
 * traffic for Lambda and ECS only; Server deployments need agents on instances, which it does not have.
 */
export function trafficPlatform(value: unknown): TrafficPlatform {
  const platform = value ?? 'Server';
  if (platform === 'Lambda' || platform === 'ECS') return platform;
  if (platform === 'Server') {
    throw codeDeployError(
      'InvalidComputePlatformException',
      'The modelship emulator supports the Lambda and ECS compute platforms (traffic shifting) only, not Server (EC2/on-premises): set computePlatform to Lambda or ECS.',
    );
  }
  throw codeDeployError(
    'InvalidComputePlatformException',
    `The computePlatform ${String(platform)} is invalid. The computePlatform should be Lambda, Server, or ECS.`,
  );
}
