import type { Parameter } from '@aws-sdk/client-sagemaker';
import type { ObjectStore } from '../../../environment';
import { validationError } from '../../../protocol/awsError';
import { constraints } from '../validation';
import type { PipelineParameter } from './pipelineDefinition';

export const PIPELINE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/;
export const PIPELINE_NAME_SHOWN = '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}';
export const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/;
export const ROLE_ARN_SHOWN = '^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$';
const MAX_DEFINITION_CHARS = 1_048_576;

export const pattern = constraints.pattern;

export function checkToken(token: unknown, member: string): string {
  const text = constraints.required(token, member);
  if (typeof text !== 'string' || text.length < 32 || text.length > 128) {
    throw constraints.violation(text, member, 'Member must have length between 32 and 128');
  }
  return text;
}

/** Parameter values arrive as strings; the definition's Type says what expressions see. */
export function typedValue(type: string, name: string, value: unknown): unknown {
  if (type === 'Integer' || type === 'Float') {
    const number = Number(value);
    if (value === '' || !Number.isFinite(number) || (type === 'Integer' && !Number.isInteger(number))) {
      throw validationError(`Value '${String(value)}' of parameter ${name} is not a valid ${type}.`);
    }
    return number;
  }
  if (type === 'Boolean') return value === true || String(value).toLowerCase() === 'true';
  return String(value);
}

export interface DefinitionSource {
  PipelineDefinition?: string;
  PipelineDefinitionS3Location?: { Bucket?: string; ObjectKey?: string };
}

/**
 * The definition of CreatePipeline or UpdatePipeline: inline, or read from S3. `required` false lets
 * UpdatePipeline leave it out (undefined then means "keep the current one").
 */
export function definitionText(
  input: DefinitionSource,
  objects: ObjectStore | undefined,
  required: boolean,
): string | undefined {
  let text: string | undefined;
  const location = input.PipelineDefinitionS3Location;
  if (typeof input.PipelineDefinition === 'string') text = input.PipelineDefinition;
  else if (location?.Bucket && location.ObjectKey) {
    const object = objects?.get(location.Bucket, location.ObjectKey);
    if (!object) {
      throw validationError(
        `Could not read the pipeline definition from s3://${location.Bucket}/${location.ObjectKey}.`,
      );
    }
    text = object.body.toString('utf8');
  } else if (required) {
    throw validationError('Either PipelineDefinition or PipelineDefinitionS3Location must be specified.');
  }
  constraints.length(text, 'pipelineDefinition', 1, MAX_DEFINITION_CHARS);
  return text;
}

/** A training job name for a step: `pipelines-<execution id>-<step>`, within the 63-character rule. */
export function trainingJobName(executionId: string, step: string): string {
  const cleaned = step.replace(/[^a-zA-Z0-9-]+/g, '-');
  return `pipelines-${executionId}-${cleaned}`.slice(0, 63).replace(/-+$/, '');
}

/**
 * StartPipelineExecution's parameters against the declared ones: the values as expressions see them, and
 * the list ListPipelineParametersForExecution gives back (supplied first, then the defaults used).
 */
export function resolveParameters(
  declaredParameters: PipelineParameter[],
  supplied: Parameter[],
): { parameters: Record<string, unknown>; parameterList: Parameter[] } {
  constraints.count(supplied, 'pipelineParameters', 0, 200);
  const declared = new Map(declaredParameters.map((p) => [p.name, p]));
  const parameters: Record<string, unknown> = {};
  const parameterList: Parameter[] = [];
  for (const { Name, Value } of supplied) {
    const parameter = declared.get(String(Name));
    if (!parameter)
      throw validationError(`Parameter ${String(Name)} is not defined in the pipeline definition.`);
    if (typeof Value !== 'string' || Value.length > 1024) {
      throw validationError(
        `Value of parameter ${String(Name)} must be a string of at most 1024 characters.`,
      );
    }
    parameters[parameter.name] = typedValue(parameter.type, parameter.name, Value);
    parameterList.push({ Name: parameter.name, Value });
  }
  for (const parameter of declared.values()) {
    if (parameter.name in parameters) continue;
    if (parameter.defaultValue === undefined) {
      throw validationError(`Parameter ${parameter.name} has no default value and was not supplied.`);
    }
    parameters[parameter.name] = typedValue(parameter.type, parameter.name, parameter.defaultValue);
    parameterList.push({ Name: parameter.name, Value: String(parameter.defaultValue) });
  }
  return { parameters, parameterList };
}
