import { JSONPath } from 'jsonpath-plus';

/**
 * JSONPath as batch transform's InputFilter and OutputFilter use it: one match is that value; a union of
 * names (`$['id','SageMakerOutput']`) on an object is an object of those members; any other several
 * matches (`$[1:]`, `$[0,3]`) are an array. Negative indices (`$[-1]`, `$[0,-1]`) count from the end of
 * the document's top-level array, as SageMaker's CSV examples use them; deeper ones are not emulated.
 */
export function selectJsonPath(document: unknown, path: string): unknown {
  const resolved = Array.isArray(document) ? withRootIndicesResolved(path, document.length) : path;
  const matches = JSONPath({
    path: resolved,
    json: document as object,
    wrap: true,
    resultType: 'all',
  }) as Array<{
    value: unknown;
    parent: unknown;
    parentProperty: string | number;
  }>;
  if (matches.length === 1 && !isSelection(resolved)) return matches[0]?.value;
  const parents = new Set(matches.map((m) => m.parent));
  const [parent] = parents;
  if (parents.size === 1 && parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
    return Object.fromEntries(matches.map((m) => [m.parentProperty, m.value]));
  }
  return matches.map((m) => m.value);
}

/** A path whose last step may select several members (union, slice, wildcard): its result is a collection. */
function isSelection(path: string): boolean {
  const last = /\[([^\]]*)\]$/.exec(path)?.[1];
  return path.endsWith('*') || (last !== undefined && /[,:*]/.test(last));
}

/** `$[0,-1]` on a 4-field record becomes `$[0,3]`: jsonpath-plus reads `-1` as a member name. */
function withRootIndicesResolved(path: string, length: number): string {
  return path.replace(/^\$\[([-\d,\s]+)\]/, (_all, list: string) => {
    const indices = list.split(',').map((i) => Number(i.trim()));
    return `$[${indices.map((i) => (i < 0 ? length + i : i)).join(',')}]`;
  });
}

/** A JSONPath CreateTransformJob accepts: it starts at the root, and its brackets and quotes close. */
export function isWellFormedJsonPath(path: string): boolean {
  if (!path.startsWith('$')) return false;
  let depth = 0;
  let quote: string | undefined;
  for (const char of path) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '[') depth++;
    else if (char === ']' && --depth < 0) return false;
  }
  return depth === 0 && !quote;
}
