/**
 * The subset of the SageMaker Pipelines definition language the emulator runs: enough for
 * train -> evaluate -> register pipelines, written as the SageMaker Python SDK writes them.
 *
 *   {
 *     "Version": "2020-12-01",
 *     "Parameters": [{ "Name": "MinAccuracy", "Type": "String"|"Integer"|"Float"|"Boolean", "DefaultValue": 0.8 }],
 *     "Steps": [ <step>, ... ]
 *   }
 *
 * A step is `{ "Name", "Type", "Arguments", "DependsOn"?: [step names], "DisplayName"?, "Description"? }`:
 * - `Training`: Arguments is a CreateTrainingJob request without TrainingJobName (the emulator names the
 *   job `pipelines-<execution id>-<step>`). It runs a real training job; its properties are the
 *   job's DescribeTrainingJob output (`ModelArtifacts.S3ModelArtifacts`, `FinalMetricDataList[...]`).
 * - `RegisterModel`: Arguments is a CreateModelPackage request; its properties are the package's
 *   DescribeModelPackage output (`ModelPackageArn`, ...).
 * - `Condition`: Arguments `{ Conditions: [...], IfSteps: [<step>...], ElseSteps: [<step>...] }`. All
 *   conditions must hold for IfSteps to run, else ElseSteps run; the other branch's steps (and steps
 *   depending on them) are not executed. Its property is `Outcome` ("True"/"False"). Conditions:
 *   `{Type: Equals|GreaterThan|GreaterThanOrEqualTo|LessThan|LessThanOrEqualTo, LeftValue, RightValue}`,
 *   `{Type: In, QueryValue, Values: [...]}`, `{Type: Not, Expression: <condition>}`,
 *   `{Type: Or, Conditions: [...]}`.
 * - `Fail`: Arguments `{ ErrorMessage }`; the step fails, and so does the execution, with that message.
 *
 * Anywhere in Arguments a value may be an expression:
 * - `{"Get": "Parameters.<name>"}`, `{"Get": "Execution.PipelineExecutionId"|"Execution.PipelineExecutionArn"}`,
 * - `{"Get": "Steps.<step>.<property path>"}`, the path with `.Member`, `[0]` and `['name']` (a list of
 *   metrics, or of `{Name}`/`{Key}` entries, indexed by name),
 * - `{"Std:Join": {"On": "/", "Values": [...]}}`.
 * A step runs once the steps it depends on (DependsOn, and every step its expressions read) have
 * succeeded; independent steps run at the same time.
 */
import { validationError } from '../../../protocol/awsError';

export type StepType = 'Training' | 'RegisterModel' | 'Condition' | 'Fail';
const STEP_TYPES: readonly StepType[] = ['Training', 'RegisterModel', 'Condition', 'Fail'];
const isStepType = (type: unknown): type is StepType => (STEP_TYPES as readonly unknown[]).includes(type);
const PARAMETER_TYPES = ['String', 'Integer', 'Float', 'Boolean'];
const STEP_NAME = /^[A-Za-z0-9\-_]{1,64}$/;

export interface PipelineStep {
  name: string;
  type: StepType;
  displayName?: string;
  description?: string;
  arguments: Record<string, unknown>;
  /** DependsOn plus every step the arguments read, and for branch steps their Condition step. */
  dependsOn: string[];
  /** For Condition steps: the names of the steps in each branch. */
  ifSteps?: string[];
  elseSteps?: string[];
  /** For steps inside a branch: the Condition step and the branch that must be taken. */
  branch?: { condition: string; outcome: boolean };
}

export interface PipelineParameter {
  name: string;
  type: string;
  defaultValue?: unknown;
}

export interface PipelineDefinition {
  parameters: PipelineParameter[];
  /** Every step, branch steps included, by name. */
  steps: Map<string, PipelineStep>;
}

function invalid(message: string): never {
  throw validationError(`Invalid pipeline definition: ${message}`);
}

/** Step names read by `{"Get": "Steps.X..."}` anywhere inside a value. */
function stepReferences(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) stepReferences(item, into);
  } else if (value && typeof value === 'object') {
    const get = (value as Record<string, unknown>).Get;
    if (typeof get === 'string' && get.startsWith('Steps.')) into.add(get.split(/[.[]/)[1] as string);
    for (const item of Object.values(value)) stepReferences(item, into);
  }
  return into;
}

function parameterReferences(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) parameterReferences(item, into);
  } else if (value && typeof value === 'object') {
    const get = (value as Record<string, unknown>).Get;
    if (typeof get === 'string' && get.startsWith('Parameters.')) into.add(get.slice('Parameters.'.length));
    for (const item of Object.values(value)) parameterReferences(item, into);
  }
  return into;
}

function readStep(
  raw: unknown,
  steps: Map<string, PipelineStep>,
  branch?: PipelineStep['branch'],
): PipelineStep {
  if (!raw || typeof raw !== 'object') invalid('each step must be an object.');
  const step = raw as Record<string, unknown>;
  if (typeof step.Name !== 'string' || !STEP_NAME.test(step.Name)) {
    invalid(`step name ${JSON.stringify(step.Name)} must be 1 to 64 letters, digits, "-" or "_".`);
  }
  if (steps.has(step.Name)) invalid(`step name "${step.Name}" is used more than once.`);
  if (!isStepType(step.Type)) {
    invalid(
      `step "${step.Name}" has type ${JSON.stringify(step.Type)}; the emulator runs ${STEP_TYPES.join(', ')} steps.`,
    );
  }
  const args = (step.Arguments ?? {}) as Record<string, unknown>;
  if (typeof args !== 'object' || Array.isArray(args))
    invalid(`step "${step.Name}" Arguments must be an object.`);
  const dependsOn = new Set<string>(Array.isArray(step.DependsOn) ? (step.DependsOn as string[]) : []);
  const parsed: PipelineStep = {
    name: step.Name,
    type: step.Type,
    displayName: typeof step.DisplayName === 'string' ? step.DisplayName : undefined,
    description: typeof step.Description === 'string' ? step.Description : undefined,
    arguments: args,
    dependsOn: [],
    branch,
  };
  steps.set(parsed.name, parsed);
  if (branch) dependsOn.add(branch.condition);

  if (parsed.type === 'Condition') {
    if (!Array.isArray(args.Conditions) || args.Conditions.length === 0) {
      invalid(`Condition step "${parsed.name}" needs Arguments.Conditions, a non-empty list.`);
    }
    stepReferences(args.Conditions, dependsOn);
    parsed.ifSteps = ((args.IfSteps ?? []) as unknown[]).map(
      (s) => readStep(s, steps, { condition: parsed.name, outcome: true }).name,
    );
    parsed.elseSteps = ((args.ElseSteps ?? []) as unknown[]).map(
      (s) => readStep(s, steps, { condition: parsed.name, outcome: false }).name,
    );
  } else {
    stepReferences(args, dependsOn);
  }
  if (parsed.type === 'Fail' && args.ErrorMessage === undefined) {
    invalid(`Fail step "${parsed.name}" needs Arguments.ErrorMessage.`);
  }
  dependsOn.delete(parsed.name);
  parsed.dependsOn = [...dependsOn];
  return parsed;
}

/** Parses and checks a PipelineDefinition string; errors are ValidationExceptions naming the problem. */
export function parsePipelineDefinition(text: string): PipelineDefinition {
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    return invalid(`it is not valid JSON (${(err as Error).message}).`);
  }
  if (!document || typeof document !== 'object' || Array.isArray(document))
    invalid('it must be a JSON object.');
  if (document.Version !== undefined && document.Version !== '2020-12-01') {
    invalid(`Version ${JSON.stringify(document.Version)} is not supported; use "2020-12-01".`);
  }
  const parameters = ((document.Parameters ?? []) as Array<Record<string, unknown>>).map((p) => {
    if (typeof p?.Name !== 'string' || !p.Name) invalid('each parameter needs a Name.');
    const type = (p.Type as string | undefined) ?? 'String';
    if (!PARAMETER_TYPES.includes(type))
      invalid(`parameter "${p.Name}" has unknown Type ${JSON.stringify(type)}.`);
    return { name: p.Name as string, type, defaultValue: p.DefaultValue as unknown };
  });
  if (!Array.isArray(document.Steps) || document.Steps.length === 0)
    invalid('Steps must be a non-empty list.');
  const steps = new Map<string, PipelineStep>();
  for (const raw of document.Steps as unknown[]) readStep(raw, steps);

  const parameterNames = new Set(parameters.map((p) => p.name));
  for (const step of steps.values()) {
    for (const dependency of step.dependsOn) {
      if (!steps.has(dependency)) invalid(`step "${step.name}" depends on unknown step "${dependency}".`);
    }
    for (const name of parameterReferences(step.arguments, new Set())) {
      if (!parameterNames.has(name)) invalid(`step "${step.name}" reads undefined parameter "${name}".`);
    }
  }
  checkAcyclic(steps);
  return { parameters, steps };
}

function checkAcyclic(steps: Map<string, PipelineStep>): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting')
      invalid(`steps depend on each other in a cycle: ${[...path, name].join(' -> ')}.`);
    state.set(name, 'visiting');
    for (const dependency of steps.get(name)?.dependsOn ?? []) visit(dependency, [...path, name]);
    state.set(name, 'done');
  };
  for (const name of steps.keys()) visit(name, []);
}

/** What expressions read at run time. */
export interface ExpressionScope {
  parameters: Record<string, unknown>;
  execution: { PipelineExecutionId: string; PipelineExecutionArn: string };
  /** A step's properties once it has run. */
  stepProperties(name: string): unknown;
}

/** Follows `A.B[0]['name'].C` through a properties object. */
function readPath(root: unknown, path: string, whole: string): unknown {
  let current = root;
  const tokens = path.match(/\.?[A-Za-z0-9_]+|\[\d+\]|\['[^']*'\]|\["[^"]*"\]/g) ?? [];
  for (const token of tokens) {
    if (current === undefined || current === null) break;
    if (token.startsWith('[')) {
      const inner = token.slice(1, -1);
      if (/^\d+$/.test(inner)) {
        current = (current as unknown[])[Number(inner)];
      } else {
        const key = inner.slice(1, -1);
        current = Array.isArray(current)
          ? current.find(
              (item: Record<string, unknown> | undefined) =>
                item?.MetricName === key || item?.Name === key || item?.Key === key,
            )
          : (current as Record<string, unknown>)[key];
      }
    } else {
      current = (current as Record<string, unknown>)[token.replace(/^\./, '')];
    }
  }
  if (current === undefined) throw new Error(`${whole} has no value.`);
  return current;
}

/** Replaces every expression inside `value` with what it reads. */
export function resolveExpressions(value: unknown, scope: ExpressionScope): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveExpressions(item, scope));
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.Get === 'string' && Object.keys(record).length === 1) {
    const get = record.Get;
    if (get.startsWith('Parameters.')) return scope.parameters[get.slice('Parameters.'.length)];
    if (get.startsWith('Execution.')) {
      return readPath(scope.execution, get.slice('Execution.'.length), get);
    }
    if (get.startsWith('Steps.')) {
      const rest = get.slice('Steps.'.length);
      const step = rest.split(/[.[]/)[0] as string;
      return readPath(scope.stepProperties(step), rest.slice(step.length), get);
    }
    throw new Error(`Unsupported expression {"Get": "${get}"}.`);
  }
  const join = record['Std:Join'] as { On?: string; Values?: unknown[] } | undefined;
  if (join && Object.keys(record).length === 1) {
    return (join.Values ?? []).map((v) => String(resolveExpressions(v, scope))).join(join.On ?? '');
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, resolveExpressions(v, scope)]));
}

function compare(type: string, left: unknown, right: unknown): boolean {
  if (type === 'Equals') return left === right || String(left) === String(right);
  const [l, r] = [Number(left), Number(right)];
  if (!Number.isFinite(l) || !Number.isFinite(r)) {
    throw new Error(`${type} compares numbers, got ${JSON.stringify(left)} and ${JSON.stringify(right)}.`);
  }
  switch (type) {
    case 'GreaterThan':
      return l > r;
    case 'GreaterThanOrEqualTo':
      return l >= r;
    case 'LessThan':
      return l < r;
    case 'LessThanOrEqualTo':
      return l <= r;
    default:
      throw new Error(`Unsupported condition type ${JSON.stringify(type)}.`);
  }
}

/** Evaluates one resolved condition. */
export function evaluateCondition(condition: Record<string, unknown>): boolean {
  switch (condition.Type) {
    case 'Not':
      return !evaluateCondition(condition.Expression as Record<string, unknown>);
    case 'Or':
      return ((condition.Conditions ?? []) as Array<Record<string, unknown>>).some(evaluateCondition);
    case 'In':
      return ((condition.Values ?? []) as unknown[]).some((v) => compare('Equals', condition.QueryValue, v));
    default:
      return compare(condition.Type as string, condition.LeftValue, condition.RightValue);
  }
}
