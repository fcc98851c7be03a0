// Evaluates GitHub Actions expressions (`if:` conditions, `${{ }}` in values) the way a runner does, with
// @actions/expressions, so the tests can ask what a workflow does for a given event.
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';

const CONTEXTS = [
  'github',
  'inputs',
  'needs',
  'steps',
  'env',
  'vars',
  'secrets',
  'matrix',
  'strategy',
  'job',
  'runner',
];

/**
 * @typedef {object} JobStatus what the status functions answer: success(), failure(), cancelled(), always()
 * @property {boolean} [failed] a job this one needs failed
 * @property {boolean} [cancelled] the run was cancelled
 */

/** @param {JobStatus} status */
function statusFunctions(status) {
  const fn = (name, value) => ({ name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) });
  return [
    fn('success', !status.failed && !status.cancelled),
    fn('failure', Boolean(status.failed)),
    fn('cancelled', Boolean(status.cancelled)),
    fn('always', true),
  ];
}

/** The expression inside `${{ }}`, or the whole text for an `if:` written without it. */
export function expressionOf(text) {
  const trimmed = String(text).trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(trimmed);
  return wrapped ? wrapped[1].trim() : trimmed;
}

/**
 * Evaluates one expression against plain JavaScript contexts.
 * @param {string} expression without `${{ }}`
 * @param {Record<string, unknown>} contexts e.g. { github: {...}, inputs: {...} }
 * @param {JobStatus} [status]
 * @returns {import('@actions/expressions').data.ExpressionData}
 */
export function evaluateExpression(expression, contexts, status = {}) {
  const functions = statusFunctions(status);
  const lexed = new Lexer(expression).lex();
  const tree = new Parser(lexed.tokens, CONTEXTS, functions).parse();
  const context = JSON.parse(JSON.stringify(contexts), data.reviver);
  return new Evaluator(tree, context, new Map(functions.map((f) => [f.name, f]))).evaluate();
}

/**
 * Whether a job or step with this `if:` runs. Like the runner, a condition with no status function is
 * read as `success() && (condition)`.
 * @param {string | boolean | undefined} condition
 * @param {Record<string, unknown>} contexts
 * @param {JobStatus} [status]
 */
export function conditionHolds(condition, contexts, status = {}) {
  const expression = condition === undefined ? 'success()' : expressionOf(String(condition));
  const guarded = /\b(success|failure|cancelled|always)\(\)/.test(expression)
    ? expression
    : `success() && (${expression})`;
  return truthy(evaluateExpression(guarded, contexts, status));
}
