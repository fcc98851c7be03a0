import { ModelshipError, type Clock, type Logger } from '@modelship/shared';
import type { ContainerEngine } from './containerEngine';
import type { BuildDefinition } from './contextHash';
import type { RegistryLogin } from './ecrLogin';
import { checkPing } from './pingCheck';
import { checkEntrypoint, type SagemakerCheck } from './sagemakerContract';

export interface LocalBuildRequest {
  definition: BuildDefinition;
  imageRef: string;
  /** Absent when the image is not pushed: then no login either. */
  login?: RegistryLogin;
  sagemakerCheck: boolean;
}

/** What a local build needs beside the engine: the log, and the clock and signal the /ping wait uses. */
export interface LocalBuildEdges {
  logger: Logger;
  clock: Clock;
  signal: AbortSignal;
}

/**
 * Checks the built image before it is pushed, so a broken image never reaches the repository: the
 * ENTRYPOINT first (a shell-form one would drop `serve`, so starting it proves nothing), then /ping.
 */
async function checkImage(
  engine: ContainerEngine,
  imageRef: string,
  edges: LocalBuildEdges,
): Promise<SagemakerCheck> {
  const config = await engine.imageConfig(imageRef);
  const entrypoint = checkEntrypoint(config);
  if (!entrypoint.passed) return entrypoint;
  const ping = await checkPing({ ...edges, serve: engine.serve, ping: engine.ping }, imageRef, config);
  return {
    passed: ping.passed,
    findings: [...entrypoint.findings, ...ping.findings],
    notChecked: [...entrypoint.notChecked, ...ping.notChecked],
  };
}

function reportCheck(check: SagemakerCheck, logger: Logger): void {
  for (const finding of check.findings) logger.info(finding);
  for (const missing of check.notChecked) logger.info(`Not checked: ${missing}`);
  if (!check.passed) {
    throw new ModelshipError(
      `The image fails the SageMaker check, so it was not pushed: ${check.findings.join(' ')}`,
      'Fix the image as said (run it locally with `docker run -p 8080:8080 <image> serve` and `curl localhost:8080/ping`), or set sagemaker-check: false for an image that SageMaker does not serve.',
    );
  }
}

/** Log in, build, check, push with a local engine; its storage and login are removed whatever happens. */
export async function buildLocally(
  engine: ContainerEngine,
  request: LocalBuildRequest,
  edges: LocalBuildEdges,
): Promise<SagemakerCheck | undefined> {
  const { logger } = edges;
  try {
    const { login, imageRef } = request;
    if (login) await logger.group(`Log in to ${login.registry}`, () => engine.login(login));
    await logger.group(`Build with ${engine.name}`, () => engine.build(request.definition, imageRef));
    let check: SagemakerCheck | undefined;
    if (request.sagemakerCheck) {
      check = await logger.group('SageMaker check', async () => {
        const found = await checkImage(engine, imageRef, edges);
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
