/**
 * jsonpath-plus evaluates almost any string without complaint, so a typo in a test file would silently
 * select nothing. This catches the mistakes a person makes: no leading `$`, unbalanced brackets or quotes,
 * a trailing dot. Returns what is wrong, or undefined.
 */
export function jsonPathProblem(path: string): string | undefined {
  if (!path.startsWith('$')) return 'a JSONPath starts with $ (e.g. $.predictions[0])';
  if (/\.$/.test(path) || /\.{3,}/.test(path)) return 'a JSONPath cannot end with a dot or have three dots';
  let depth = 0;
  let quote: string | undefined;
  for (const char of path) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '[') depth++;
    else if (char === ']' && --depth < 0) return 'a ] closes no [';
  }
  if (quote) return `the quote ${quote} is not closed`;
  if (depth > 0) return 'a [ is not closed';
  return undefined;
}
