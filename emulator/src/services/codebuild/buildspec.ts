import { parse as parseYaml, YAMLParseError } from 'yaml';

/** The buildspec phases that run commands, in the order CodeBuild runs them. */
export const COMMAND_PHASES = ['install', 'pre_build', 'build', 'post_build'] as const;
export type CommandPhaseName = (typeof COMMAND_PHASES)[number];

export interface BuildspecPhase {
  commands: string[];
  finally: string[];
  /** Absent means CodeBuild's default transition for the phase (see phaseRules.ts). */
  onFailure?: 'ABORT' | 'CONTINUE';
}

/** A version 0.2 buildspec as the build run needs it. */
export interface Buildspec {
  version: '0.2';
  shell: 'bash' | 'sh';
  variables: Record<string, string>;
  phases: Partial<Record<CommandPhaseName, BuildspecPhase>>;
  artifactFiles: string[];
}

/** A buildspec CodeBuild would refuse; `message` names the key and what is allowed. */
export class BuildspecError extends Error {}

const SHELLS = ['bash', 'sh'];
const ON_FAILURE = ['ABORT', 'CONTINUE'];
const TOP_LEVEL_KEYS = [
  'version',
  'run-as',
  'env',
  'proxy',
  'batch',
  'phases',
  'reports',
  'artifacts',
  'cache',
];
const ENV_KEYS = [
  'shell',
  'variables',
  'parameter-store',
  'secrets-manager',
  'exported-variables',
  'git-credential-helper',
];
const PHASE_KEYS = ['run-as', 'on-failure', 'runtime-versions', 'commands', 'finally'];
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isMapping(value)) return 'subkeys';
  if (value === null) return 'an empty value';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function checkKeys(value: Record<string, unknown>, allowed: string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new BuildspecError(`Unknown key "${key}" in ${where}; allowed keys are: ${allowed.join(', ')}.`);
    }
  }
}

/** A YAML scalar as CodeBuild passes it to the shell: numbers and booleans as their text. */
function scalarText(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new BuildspecError(`Expected ${where} to be of string type: found ${describeValue(value)} instead.`);
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new BuildspecError(
      `Expected ${where} to be a list of strings: found ${describeValue(value)} instead.`,
    );
  }
  // A command like `echo a: b` parses as a mapping; CodeBuild refuses it, and quoting fixes it.
  return value.map((item, i) => {
    if (isMapping(item)) {
      throw new BuildspecError(
        `Expected ${where}[${i}] to be of string type: found subkeys instead. Quote the command if it contains ": ".`,
      );
    }
    return scalarText(item, `${where}[${i}]`);
  });
}

function parseEnv(value: unknown): { shell: 'bash' | 'sh'; variables: Record<string, string> } {
  if (value === undefined || value === null) return { shell: 'bash', variables: {} };
  if (!isMapping(value))
    throw new BuildspecError(`Expected env to have subkeys: found ${describeValue(value)} instead.`);
  checkKeys(value, ENV_KEYS, 'env');
  for (const store of ['parameter-store', 'secrets-manager'] as const) {
    if (value[store] !== undefined) {
      throw new BuildspecError(
        `env/${store} is not emulated by the modelship emulator; give the values as env/variables or as the project's PLAINTEXT environment variables.`,
      );
    }
  }
  const shell = value.shell ?? 'bash';
  if (typeof shell !== 'string' || !SHELLS.includes(shell)) {
    throw new BuildspecError(
      `Invalid env/shell ${describeValue(shell)}; allowed values on Linux are: ${SHELLS.join(', ')}.`,
    );
  }
  const variables: Record<string, string> = {};
  if (value.variables !== undefined && value.variables !== null) {
    if (!isMapping(value.variables)) {
      throw new BuildspecError(
        `Expected env/variables to have subkeys: found ${describeValue(value.variables)} instead.`,
      );
    }
    for (const [name, v] of Object.entries(value.variables)) {
      if (!VARIABLE_NAME.test(name)) {
        throw new BuildspecError(
          `Invalid variable name "${name}" in env/variables; use letters, digits and underscores, not starting with a digit.`,
        );
      }
      variables[name] = scalarText(v, `env/variables/${name}`);
    }
  }
  return { shell: shell as 'bash' | 'sh', variables };
}

function parsePhase(name: CommandPhaseName, value: unknown): BuildspecPhase | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isMapping(value)) {
    throw new BuildspecError(
      `Expected phases/${name} to have subkeys: found ${describeValue(value)} instead.`,
    );
  }
  checkKeys(value, PHASE_KEYS, `phases/${name}`);
  if (value['runtime-versions'] !== undefined && name !== 'install') {
    throw new BuildspecError(`runtime-versions is allowed only in phases/install, not in phases/${name}.`);
  }
  const onFailure = value['on-failure'];
  if (onFailure !== undefined && (typeof onFailure !== 'string' || !ON_FAILURE.includes(onFailure))) {
    throw new BuildspecError(
      `Invalid phases/${name}/on-failure ${describeValue(onFailure)}; allowed values are: ${ON_FAILURE.join(', ')}.`,
    );
  }
  const phase: BuildspecPhase = {
    commands: stringList(value.commands, `phases/${name}/commands`),
    finally: stringList(value.finally, `phases/${name}/finally`),
  };
  if (onFailure !== undefined) phase.onFailure = onFailure as 'ABORT' | 'CONTINUE';
  return phase;
}

function parseArtifactFiles(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!isMapping(value)) {
    throw new BuildspecError(`Expected artifacts to have subkeys: found ${describeValue(value)} instead.`);
  }
  return stringList(value.files, 'artifacts/files');
}

/**
 * Parses buildspec YAML text (version 0.2) into the plain structure a build runs. Throws
 * BuildspecError, whose message CodeBuild-style names the offending key and what it accepts.
 */
export function parseBuildspec(text: string): Buildspec {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (err) {
    if (err instanceof YAMLParseError) {
      throw new BuildspecError(`The buildspec is not valid YAML: ${err.message.split('\n')[0]}`);
    }
    throw err;
  }
  if (!isMapping(document)) {
    throw new BuildspecError(
      `The buildspec must be a YAML mapping with version and phases: found ${describeValue(document)} instead.`,
    );
  }
  checkKeys(document, TOP_LEVEL_KEYS, 'the buildspec');
  const version = document.version;
  if (version === undefined) throw new BuildspecError('Missing the buildspec version; add "version: 0.2".');
  if (String(version) !== '0.2') {
    throw new BuildspecError(
      `Unsupported buildspec version ${describeValue(version)}; the modelship emulator runs version 0.2.`,
    );
  }
  const phasesValue = document.phases;
  if (phasesValue !== undefined && phasesValue !== null && !isMapping(phasesValue)) {
    throw new BuildspecError(`Expected phases to have subkeys: found ${describeValue(phasesValue)} instead.`);
  }
  const phases: Buildspec['phases'] = {};
  if (isMapping(phasesValue)) {
    checkKeys(phasesValue, [...COMMAND_PHASES], 'phases');
    for (const name of COMMAND_PHASES) {
      const phase = parsePhase(name, phasesValue[name]);
      if (phase) phases[name] = phase;
    }
  }
  const { shell, variables } = parseEnv(document.env);
  return { version: '0.2', shell, variables, phases, artifactFiles: parseArtifactFiles(document.artifacts) };
}

/**
 * Whether a project's `source.buildspec` is the buildspec itself rather than a path to one: CodeBuild
 * takes a value that reads as a YAML mapping as inline text.
 */
export function isInlineBuildspec(value: string): boolean {
  try {
    return isMapping(parseYaml(value));
  } catch {
    // Invalid YAML with a newline is meant as inline text, and should fail as such.
    return value.includes('\n');
  }
}
