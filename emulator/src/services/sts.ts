import type { GetCallerIdentityResponse } from '@aws-sdk/client-sts';
import type { EmulatorEnvironment } from '../environment';
import type { OperationService } from '../protocol/types';

/** STS, enough for `aws sts get-caller-identity` and the SDK's identity checks. */
export function createStsService(env: EmulatorEnvironment): OperationService {
  return {
    kind: 'operations',
    name: 'sts',
    signingName: 'sts',
    query: { xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/', version: '2011-06-15' },
    operations: {
      GetCallerIdentity: (): GetCallerIdentityResponse => ({
        UserId: 'AIDAMODELSHIPEMULATOR',
        Account: env.accountId,
        Arn: `arn:aws:iam::${env.accountId}:user/modelship-emulator`,
      }),
    },
  };
}
