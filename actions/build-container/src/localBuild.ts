import { ModelshipError, type Logger } from '@modelship/shared';
import type { ContainerEngine } from './containerEngine';
import type { BuildDefinition } from './contextHash';
import type { RegistryLogin } from './ecrLogin';
import { checkEntrypoint, type SagemakerCheck } from './sagemakerContract';

export interface LocalBuildRequest {
  definition: BuildDefinition;
  imageRef: string;
  /** Absent when the image is not pushed: then no login either. */
  login?: RegistryLogin;
  sagemakerCheck: boolean;
}

const PING_NOT_RUN =
  'GET /ping on port 8080 after `serve` was not checked: the action does not start the image on the runner.';

/** Checks the built image before it is pushed, so a broken image never reaches the repository. */
async function checkImage(engine: ContainerEngine, imageRef: string): Promise<SagemakerCheck> {
  const check = checkEntrypoint(await engine.imageConfig(imageRef));
  return { ...check, notChecked: [...check.notChecked, PING_NOT_RUN] };
}

function reportCheck(check: SagemakerCheck, logger: Logger): void {
  for (const finding of check.findings) logger.info(finding);
  for (const missing of check.notChecked) logger.info(`Not checked: ${missing}`);
  if (!check.passed) {
    throw new ModelshipError(
      `The image fails the SageMaker check, so it was not pushed: ${check.findings.join(' ')}`,
      'Fix the Dockerfile as said, or set sagemaker-check: false for an image that is not served by SageMaker.',
    );
  }
}

/** Log in, build, check, push with a local engine; its storage and login are removed whatever happens. */
export async function buildLocally(
  engine: ContainerEngine,
  request: LocalBuildRequest,
  logger: Logger,
): Promise<SagemakerCheck | undefined> {
  try {
    const { login, imageRef } = request;
    if (login) await logger.group(`Log in to ${login.registry}`, () => engine.login(login));
    await logger.group(`Build with ${engine.name}`, () => engine.build(request.definition, imageRef));
    let check: SagemakerCheck | undefined;
    if (request.sagemakerCheck) {
      check = await logger.group('SageMaker check', async () => {
        const found = await checkImage(engine, imageRef);
        reportCheck(found, logger);
        return found;
      });
    }
    if (login) await logger.group(`Push ${imageRef}`, () => engine.push(imageRef));
    return check;
  } finally {
    await engine.dispose();
  }
}
