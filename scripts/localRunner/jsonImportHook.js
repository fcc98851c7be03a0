// A module loader hook: @actions/workflow-parser imports its schema JSON without `with { type: 'json' }`,
// which plain Node 20 ESM refuses (ERR_IMPORT_ASSERTION_TYPE_MISSING). The hook adds the attribute for
// that package's JSON files only.
export async function load(url, context, nextLoad) {
  if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return nextLoad(url, context);
}
