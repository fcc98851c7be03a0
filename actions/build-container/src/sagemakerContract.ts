import type { ImageConfig } from './containerEngine';

/** What the sagemaker-check found; `notChecked` says plainly what could not be checked and why. */
export interface SagemakerCheck {
  passed: boolean;
  findings: string[];
  notChecked: string[];
}

const SHELLS = new Set(['/bin/sh', 'sh', '/bin/bash', 'bash', '/usr/bin/sh', '/usr/bin/bash']);

/** `ENTRYPOINT cmd args` in a Dockerfile becomes `["/bin/sh", "-c", "cmd args"]`. */
const isShellForm = (entrypoint: string[]) =>
  entrypoint.length >= 2 && SHELLS.has(entrypoint[0] as string) && entrypoint[1] === '-c';

/**
 * SageMaker starts a BYOC image as `docker run <image> serve`: the `serve` argument reaches the
 * program only through an exec-form ENTRYPOINT (a shell-form one drops it); with no ENTRYPOINT, `serve`
 * itself must be a program on the image's PATH.
 */
export function checkEntrypoint(config: ImageConfig): SagemakerCheck {
  const entrypoint = config.entrypoint ?? [];
  if (entrypoint.length === 0) {
    return {
      passed: true,
      findings: [
        'No ENTRYPOINT: SageMaker runs `serve` as the command, so the image must have a `serve` program on its PATH.',
      ],
      notChecked: [],
    };
  }
  if (isShellForm(entrypoint)) {
    return {
      passed: false,
      findings: [
        `ENTRYPOINT is shell form (${JSON.stringify(entrypoint)}): SageMaker's \`serve\` argument never reaches the program. Write it in exec form, e.g. ENTRYPOINT ["python", "serve.py"].`,
      ],
      notChecked: [],
    };
  }
  return {
    passed: true,
    findings: [`ENTRYPOINT is exec form: ${JSON.stringify(entrypoint)} serve.`],
    notChecked: [],
  };
}

/** The sentence for a check that the builder could not make at all. */
export const uncheckedImage = (reason: string): SagemakerCheck => ({
  passed: true,
  findings: [],
  notChecked: [reason],
});
