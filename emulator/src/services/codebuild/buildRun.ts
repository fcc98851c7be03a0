import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EmulatorEnvironment } from '../../environment';
import { BuildLog } from './buildLog';
import { buildStatusOf, phaseAfter, type PhaseContext, type PhaseType } from './buildPhases';
import type { BuildRecord } from './buildRecord';
import {
  BuildspecError,
  COMMAND_PHASES,
  isInlineBuildspec,
  parseBuildspec,
  type Buildspec,
  type CommandPhaseName,
} from './buildspec';
import { killGroup, runPhaseShell } from './phaseShell';
import { checkoutSource, SourceError } from './sourceCheckout';

// Builds must not see the credentials the emulator (or the workflow running it) was given.
const SCRUBBED =
  /^(AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|SECURITY_TOKEN|CREDENTIAL_EXPIRATION|PROFILE)|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|INPUT_.*|CODEBUILD_.*)$/;
/** The time a stopped phase's processes get between SIGTERM and SIGKILL. */
export const STOP_GRACE_MS = 1_000;

const PHASE_OF_BUILDSPEC: Partial<Record<PhaseType, CommandPhaseName>> = {
  INSTALL: 'install',
  PRE_BUILD: 'pre_build',
  BUILD: 'build',
  POST_BUILD: 'post_build',
};

/** A phase outcome that ends it FAILED with a context, as CodeBuild reports it. */
class PhaseFailure extends Error {
  constructor(readonly context: PhaseContext) {
    super(context.message);
  }
}

function inheritedEnvironment(): Record<string, string> {
  const inherited: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !SCRUBBED.test(key)) inherited[key] = value;
  }
  return inherited;
}

/** PLAINTEXT variables by name; the stores CodeBuild reads secrets from are not emulated. */
function plaintextVariables(
  variables: Array<{ name: string; value: string; type?: string }>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const variable of variables) {
    if (variable.type && variable.type !== 'PLAINTEXT') {
      throw new PhaseFailure({
        statusCode: 'CLIENT_ERROR',
        message: `Environment variable ${variable.name} is of type ${variable.type}, which the modelship emulator does not resolve; give it as PLAINTEXT.`,
      });
    }
    result[variable.name] = variable.value;
  }
  return result;
}

async function buildspecText(build: BuildRecord, srcDir: string): Promise<{ text: string; where: string }> {
  if (build.buildspecOverride !== undefined && build.buildspecOverride !== '') {
    if (isInlineBuildspec(build.buildspecOverride))
      return { text: build.buildspecOverride, where: 'buildspecOverride' };
    return readBuildspecFile(srcDir, build.buildspecOverride);
  }
  const configured = build.source.buildspec;
  if (configured) {
    if (isInlineBuildspec(configured)) return { text: configured, where: 'the project source.buildspec' };
    return readBuildspecFile(srcDir, configured);
  }
  return readBuildspecFile(srcDir, 'buildspec.yml');
}

async function readBuildspecFile(srcDir: string, relative: string): Promise<{ text: string; where: string }> {
  if (relative.startsWith('arn:')) {
    throw new PhaseFailure({
      statusCode: 'YAML_FILE_ERROR',
      message: `Buildspecs in S3 (${relative}) are not emulated; give the buildspec inline or as a path in the source.`,
    });
  }
  const file = path.resolve(srcDir, relative);
  if (file !== srcDir && !file.startsWith(srcDir + path.sep)) {
    throw new PhaseFailure({
      statusCode: 'YAML_FILE_ERROR',
      message: `The buildspec path ${relative} is outside the source directory.`,
    });
  }
  try {
    return { text: await readFile(file, 'utf8'), where: file };
  } catch {
    throw new PhaseFailure({
      statusCode: 'YAML_FILE_ERROR',
      message: `YAML file does not exist: no ${relative} at the source root; add it to the source, or give the buildspec inline in source.buildspec or buildspecOverride.`,
    });
  }
}

/**
 * The project's service role as the build's AWS calls see it: in CodeBuild the SDKs and the CLI get the
 * role's credentials from the container, here they get stand-ins and the emulator's URL, so that
 * `aws ecr get-login-password` in a buildspec reaches this emulator rather than AWS.
 */
function serviceRoleEnvironment(emulatorUrl: string | undefined): Record<string, string> {
  if (!emulatorUrl) return {};
  return {
    AWS_ENDPOINT_URL: emulatorUrl,
    AWS_ACCESS_KEY_ID: 'ASIAMODELSHIPCODEBUILD',
    AWS_SECRET_ACCESS_KEY: 'modelship-emulated-codebuild-service-role',
  };
}

/** The variables a phase's commands see, lowest precedence first, CodeBuild's own last. */
function commandEnvironment(
  build: BuildRecord,
  buildspec: Buildspec,
  srcDir: string,
  succeeding: boolean,
  emulatorUrl: string | undefined,
): Record<string, string> {
  return {
    ...inheritedEnvironment(),
    ...serviceRoleEnvironment(emulatorUrl),
    ...buildspec.variables,
    ...plaintextVariables(build.environment.environmentVariables ?? []),
    ...plaintextVariables(build.environmentVariablesOverride),
    CODEBUILD_BUILD_ID: build.id,
    CODEBUILD_BUILD_ARN: build.arn,
    CODEBUILD_BUILD_NUMBER: String(build.buildNumber),
    CODEBUILD_BUILD_IMAGE: String(build.environment.image),
    CODEBUILD_BUILD_SUCCEEDING: succeeding ? '1' : '0',
    CODEBUILD_INITIATOR: build.initiator,
    CODEBUILD_LOG_PATH: build.uuid,
    CODEBUILD_SRC_DIR: srcDir,
    CODEBUILD_START_TIME: String(build.startTime.getTime()),
    CODEBUILD_SOURCE_VERSION: build.sourceVersion ?? build.resolvedSourceVersion ?? '',
    CODEBUILD_RESOLVED_SOURCE_VERSION: build.resolvedSourceVersion ?? '',
    CODEBUILD_SOURCE_REPO_URL: build.source.location ?? '',
    AWS_REGION: build.region,
    AWS_DEFAULT_REGION: build.region,
  };
}

function describePhases(buildspec: Buildspec, log: BuildLog): void {
  const present = COMMAND_PHASES.filter((name) => buildspec.phases[name]);
  log.container(`Phases found in YAML: ${present.length}`);
  for (const name of present) {
    log.container(` ${name.toUpperCase()}: ${buildspec.phases[name]?.commands.length ?? 0} commands`);
  }
}

/**
 * Keeps a command phase IN_PROGRESS for timing.buildPhaseMs before its commands; a stop or timeout
 * ends the wait at once, so the phase ends STOPPED without running a command.
 */
async function holdPhase(env: EmulatorEnvironment, signal: AbortSignal): Promise<void> {
  const ms = env.timing.buildPhaseMs;
  if (ms <= 0) return;
  await env.clock.sleep(ms, signal).catch((err: unknown) => {
    if (!signal.aborted) throw err;
  });
}

/**
 * Runs one build to COMPLETED: PROVISIONING, the source into a temporary directory, the buildspec,
 * then each command phase in a shell, following CodeBuild's phase transitions. Every line goes to
 * the build's log stream. A stop or timeout (build.stopper) kills the running phase and moves to
 * FINALIZING.
 */
export async function runBuild(env: EmulatorEnvironment, build: BuildRecord): Promise<void> {
  const now = () => env.clock.now();
  const log = new BuildLog(env.stores.logs, build.logTarget, now);
  const { history, stopper } = build;
  const signal = stopper.signal;
  let workDir: string | undefined;
  let buildspec: Buildspec | undefined;
  let srcDir = '';

  const stopStatus = () => (build.ended === 'TIMED_OUT' ? 'TIMED_OUT' : 'STOPPED');
  const stopContext = (): PhaseContext | undefined =>
    build.ended === 'TIMED_OUT'
      ? {
          statusCode: 'BUILD_TIMED_OUT',
          message: `Build has timed out after ${build.timeoutInMinutes} minutes.`,
        }
      : undefined;

  const endPhase = (failure?: PhaseContext) => {
    const phase = history.current;
    if (!phase) return;
    const status =
      signal.aborted && phase.phaseType !== 'FINALIZING' ? stopStatus() : failure ? 'FAILED' : 'SUCCEEDED';
    const context = status === 'TIMED_OUT' ? stopContext() : failure;
    history.end(status, now(), context);
    log.container(`Phase complete: ${phase.phaseType} State: ${status}`);
    log.container(
      `Phase context status code: ${context?.statusCode ?? ''} Message: ${context?.message ?? ''}`,
    );
  };

  try {
    history.end('SUCCEEDED', now());
    history.enter('PROVISIONING', now());
    log.container('Running on CodeBuild On-demand (modelship emulator: commands run as local processes)');
    log.container('Waiting for agent ping');
    log.container('Waiting for DOWNLOAD_SOURCE');
    endPhase();

    let phase: PhaseType = 'DOWNLOAD_SOURCE';
    if (signal.aborted) phase = 'FINALIZING';
    if (phase === 'DOWNLOAD_SOURCE') {
      history.enter('DOWNLOAD_SOURCE', now());
      let failure: PhaseContext | undefined;
      try {
        workDir = await mkdtemp(path.join(os.tmpdir(), 'modelship-codebuild-'));
        srcDir = path.join(workDir, 'src');
        log.container(`CODEBUILD_SRC_DIR=${srcDir}`);
        const checkout = await checkoutSource({
          type: build.source.type,
          location: build.source.location,
          sourceVersion: build.sourceVersion,
          srcDir,
          objects: env.stores.objects,
          env: inheritedEnvironment(),
          signal,
          log: (message) => log.container(message),
        });
        if (checkout.resolvedSourceVersion) build.resolvedSourceVersion = checkout.resolvedSourceVersion;
        const { text, where } = await buildspecText(build, srcDir);
        log.container(`YAML location is ${where}`);
        try {
          buildspec = parseBuildspec(text);
        } catch (err) {
          if (!(err instanceof BuildspecError)) throw err;
          throw new PhaseFailure({ statusCode: 'YAML_FILE_ERROR', message: err.message });
        }
        log.container('Processing environment variables');
        commandEnvironment(build, buildspec, srcDir, true, env.url);
        log.container(`Moving to directory ${srcDir}`);
        describePhases(buildspec, log);
      } catch (err) {
        if (err instanceof PhaseFailure) failure = err.context;
        else if (err instanceof SourceError) failure = { statusCode: err.statusCode, message: err.message };
        else if (!signal.aborted) throw err;
      }
      endPhase(failure);
      phase = phaseAfter('DOWNLOAD_SOURCE', failure !== undefined || signal.aborted);
    }

    while (phase !== 'COMPLETED') {
      if (signal.aborted && phase !== 'FINALIZING') phase = 'FINALIZING';
      history.enter(phase, now());
      log.container(`Entering phase ${phase}`);
      const specName = PHASE_OF_BUILDSPEC[phase];
      const specPhase = buildspec && specName ? buildspec.phases[specName] : undefined;
      let failure: PhaseContext | undefined;
      if (specPhase && buildspec) {
        const failedSoFar = history.phases.some((p) => p.phaseStatus === 'FAILED');
        let environment: Record<string, string> | undefined;
        try {
          environment = commandEnvironment(build, buildspec, srcDir, !failedSoFar, env.url);
        } catch (err) {
          if (!(err instanceof PhaseFailure)) throw err;
          failure = err.context;
        }
        await holdPhase(env, signal);
        if (environment && !signal.aborted) {
          const result = await runPhaseShell({
            shell: buildspec.shell,
            commands: specPhase.commands,
            finallyCommands: specPhase.finally,
            cwd: srcDir,
            env: environment,
            onCommand: (command) => log.container(`Running command ${command}`),
            onOutput: (line) => log.output(line),
            signal,
            graceMs: STOP_GRACE_MS,
            onProcessGroup: (pgid) => build.processGroups.add(pgid),
          });
          if (result.kind === 'failed') {
            log.container(`Command did not exit successfully ${result.command} ${result.reason}`);
            failure = {
              statusCode: 'COMMAND_EXECUTION_ERROR',
              message: `Error while executing command: ${result.command}. Reason: ${result.reason}`,
            };
          }
        }
      } else if (phase === 'UPLOAD_ARTIFACTS' && buildspec?.artifactFiles.length) {
        log.container(
          `Expanding artifact files: ${buildspec.artifactFiles.join(', ')} (the modelship emulator records artifacts.files but does not upload artifacts)`,
        );
      } else if (phase === 'FINALIZING') {
        killProcessGroups(build);
      }
      endPhase(failure);
      phase = phaseAfter(phase, failure !== undefined || signal.aborted, specPhase?.onFailure);
    }
  } catch (err) {
    // An emulator fault, not the build's: the build ends FAULT rather than hanging IN_PROGRESS.
    const current = history.current;
    if (current && !current.endTime && current.phaseType !== 'COMPLETED') {
      history.end('FAULT', now(), {
        statusCode: 'FAULT',
        message: `The modelship emulator failed: ${(err as Error).message}`,
      });
    }
  } finally {
    killProcessGroups(build);
    if (workDir) await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
  history.enter('COMPLETED', now());
  build.buildStatus = buildStatusOf(history.phases, build.ended);
  build.endTime = new Date(now());
}

/** Ends what a build's commands left running in the background, as CodeBuild discards the container. */
export function killProcessGroups(build: BuildRecord): void {
  for (const pgid of build.processGroups) killGroup(pgid);
  build.processGroups.clear();
}
