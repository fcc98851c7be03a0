/**
 * CloudWatch metric math, the part alarms use: arithmetic over the other queries of one period
 * (`m1 / m2 * 100`), numbers, parentheses, unary minus, and the functions FILL(query, value) and ABS(x).
 * An expression is evaluated once per period; a missing input or a division by zero gives no datapoint.
 */

export type MathNode =
  | { kind: 'number'; value: number }
  | { kind: 'id'; id: string }
  | { kind: 'negate'; operand: MathNode }
  | { kind: 'binary'; operator: '+' | '-' | '*' | '/'; left: MathNode; right: MathNode }
  | { kind: 'call'; name: MathFunction; args: MathNode[] };

export type MathFunction = 'FILL' | 'ABS';
const FUNCTIONS: Record<MathFunction, number> = { FILL: 2, ABS: 1 };

export class MetricMathError extends Error {}

type Token = { text: string; at: number };

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/(),]))/y;
  let at = 0;
  while (at < expression.length) {
    if (/^\s*$/.test(expression.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(expression);
    if (!match) {
      const position = at + expression.slice(at).search(/\S/);
      throw new MetricMathError(
        `unexpected character "${expression.charAt(position)}" at position ${position + 1}`,
      );
    }
    const text = (match[1] ?? match[2] ?? match[3]) as string;
    tokens.push({ text, at: match.index + match[0].length - text.length });
    at = pattern.lastIndex;
  }
  return tokens;
}

/** Parses an expression; throws MetricMathError saying what is wrong and where. */
export function parseMetricMath(expression: string): MathNode {
  const tokens = tokenize(expression);
  let next = 0;
  const peek = () => tokens[next]?.text;
  const expect = (text: string) => {
    const token = tokens[next];
    if (token?.text !== text) {
      throw new MetricMathError(
        token
          ? `expected "${text}" at position ${token.at + 1}, found "${token.text}"`
          : `expected "${text}" at the end`,
      );
    }
    next += 1;
  };

  const primary = (): MathNode => {
    const token = tokens[next];
    if (!token) throw new MetricMathError('the expression ends where a value is expected');
    next += 1;
    if (/^\d/.test(token.text)) return { kind: 'number', value: Number(token.text) };
    if (token.text === '(') {
      const inner = sum();
      expect(')');
      return inner;
    }
    if (/^[A-Za-z_]/.test(token.text)) {
      if (peek() !== '(') return { kind: 'id', id: token.text };
      const name = token.text.toUpperCase() as MathFunction;
      if (!(name in FUNCTIONS)) {
        throw new MetricMathError(
          `function ${token.text} is not supported by the modelship emulator (supported: ${Object.keys(FUNCTIONS).join(', ')})`,
        );
      }
      expect('(');
      const args = [sum()];
      while (peek() === ',') {
        next += 1;
        args.push(sum());
      }
      expect(')');
      if (args.length !== FUNCTIONS[name]) {
        throw new MetricMathError(`${name} takes ${FUNCTIONS[name]} argument(s), got ${args.length}`);
      }
      return { kind: 'call', name, args };
    }
    throw new MetricMathError(`unexpected "${token.text}" at position ${token.at + 1}`);
  };
  const unary = (): MathNode => {
    if (peek() === '-') {
      next += 1;
      return { kind: 'negate', operand: unary() };
    }
    return primary();
  };
  const product = (): MathNode => {
    let left = unary();
    while (peek() === '*' || peek() === '/') {
      const operator = tokens[next++]?.text as '*' | '/';
      left = { kind: 'binary', operator, left, right: unary() };
    }
    return left;
  };
  function sum(): MathNode {
    let left = product();
    while (peek() === '+' || peek() === '-') {
      const operator = tokens[next++]?.text as '+' | '-';
      left = { kind: 'binary', operator, left, right: product() };
    }
    return left;
  }

  if (tokens.length === 0) throw new MetricMathError('the expression is empty');
  const tree = sum();
  const extra = tokens[next];
  if (extra) throw new MetricMathError(`unexpected "${extra.text}" at position ${extra.at + 1}`);
  return tree;
}

/** The query ids an expression reads. */
export function referencedIds(node: MathNode): string[] {
  switch (node.kind) {
    case 'number':
      return [];
    case 'id':
      return [node.id];
    case 'negate':
      return referencedIds(node.operand);
    case 'binary':
      return [...referencedIds(node.left), ...referencedIds(node.right)];
    case 'call':
      return node.args.flatMap(referencedIds);
  }
}

/** The expression's value for one period, given the values of the ids it reads (undefined: no data). */
export function evaluateMetricMath(
  node: MathNode,
  valueOf: (id: string) => number | undefined,
): number | undefined {
  const evaluate = (n: MathNode): number | undefined => evaluateMetricMath(n, valueOf);
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'id':
      return valueOf(node.id);
    case 'negate': {
      const value = evaluate(node.operand);
      return value === undefined ? undefined : -value;
    }
    case 'call': {
      const [first, second] = node.args.map(evaluate);
      if (node.name === 'ABS') return first === undefined ? undefined : Math.abs(first);
      return first ?? second;
    }
    case 'binary': {
      const left = evaluate(node.left);
      const right = evaluate(node.right);
      if (left === undefined || right === undefined) return undefined;
      if (node.operator === '/') return right === 0 ? undefined : left / right;
      if (node.operator === '*') return left * right;
      return node.operator === '+' ? left + right : left - right;
    }
  }
}
