// `${{ }}` in `with:`, `env:`, job outputs and reusable-workflow inputs, evaluated the way the runner
// does: with @actions/expressions, results turned into the strings steps receive.
import { data } from '@actions/expressions';
import { evaluateExpression, expressionOf } from '../workflowExpression.js';

const WHOLE_EXPRESSION = /^\$\{\{[\s\S]*\}\}$/;

/** The value as a step receives it: '' for null, 'true'/'false', numbers as written, objects as JSON. */
export function textOf(result) {
  switch (result.kind) {
    case data.Kind.Null:
      return '';
    case data.Kind.String:
    case data.Kind.Boolean:
    case data.Kind.Number:
      return String(result.value);
    default:
      return JSON.stringify(result, data.replacer, 2);
  }
}

/** Evaluates a value whose strings may be `${{ expr }}`; other strings and scalars pass through. */
export function evaluateValue(value, contexts, status = {}) {
  if (typeof value === 'string' && WHOLE_EXPRESSION.test(value.trim())) {
    return textOf(evaluateExpression(expressionOf(value), contexts, status));
  }
  if (Array.isArray(value)) return value.map((item) => evaluateValue(item, contexts, status));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, evaluateValue(item, contexts, status)]),
    );
  }
  return value;
}

/** A mapping (`with:`, `env:`, `outputs:`) evaluated into name → string. */
export function evaluateMapping(mapping, contexts, status = {}) {
  /** @type {Record<string, string>} */
  const result = {};
  for (const [name, value] of Object.entries(mapping ?? {})) {
    const evaluated = evaluateValue(value, contexts, status);
    result[name] = evaluated === null || evaluated === undefined ? '' : String(evaluated);
  }
  return result;
}
