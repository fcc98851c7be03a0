// The `inputs` context of a called workflow (workflow_call): the caller's `with:` checked against the
// declared inputs (every unknown and missing one named at once), typed, defaults filled in.

const typed = (type, value) => {
  if (type === 'boolean') return value === true || value === 'true';
  if (type === 'number') return Number(value);
  return value === undefined || value === null ? '' : String(value);
};

/**
 * @param {Record<string, { type?: string, required?: boolean, default?: unknown }>} declared
 * @param {Record<string, unknown>} given evaluated `with:` of the calling job
 * @param {string} workflowFile for the message
 */
export function calledWorkflowInputs(declared, given, workflowFile) {
  const problems = [];
  for (const name of Object.keys(given)) {
    if (!(name in declared))
      problems.push(`input ${name} is not declared (declared: ${Object.keys(declared).join(', ')})`);
  }
  /** @type {Record<string, string | number | boolean>} */
  const inputs = {};
  for (const [name, input] of Object.entries(declared)) {
    if (name in given) inputs[name] = typed(input.type, given[name]);
    else if (input.required) problems.push(`input ${name} is required`);
    else inputs[name] = typed(input.type, input.default ?? (input.type === 'boolean' ? false : ''));
  }
  if (problems.length) throw new Error(`calling ${workflowFile}: ${problems.join('; ')}`);
  return inputs;
}
