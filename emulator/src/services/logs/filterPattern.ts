/**
 * A CloudWatch Logs filter pattern for unstructured events, as a predicate on the message:
 * terms that must all appear (`ERROR timeout`), `"quoted phrases"`, `-term` to exclude, `?term` for
 * "any of these", and `%regex%`. JSON (`{ $.level = ... }`) and space-delimited (`[ip, ...]`) patterns
 * are not emulated: the caller gets an error saying so rather than silently wrong matches.
 */
export function compileFilterPattern(
  pattern: string | undefined,
): ((message: string) => boolean) | { unsupported: string } {
  const text = (pattern ?? '').trim();
  if (!text) return () => true;
  if (text.startsWith('{') || text.startsWith('[')) {
    return {
      unsupported: 'JSON and space-delimited filter patterns are not supported by the modelship emulator.',
    };
  }
  const regex = /^%(.+)%$/.exec(text);
  if (regex) {
    const compiled = new RegExp(regex[1] as string);
    return (message) => compiled.test(message);
  }
  const terms = [...text.matchAll(/([?-]?)(?:"((?:[^"\\]|\\.)*)"|(\S+))/g)].map((m) => ({
    modifier: m[1] as '' | '?' | '-',
    term: (m[2] ?? m[3] ?? '').replace(/\\"/g, '"'),
  }));
  const required = terms.filter((t) => t.modifier === '').map((t) => t.term);
  const excluded = terms.filter((t) => t.modifier === '-').map((t) => t.term);
  const anyOf = terms.filter((t) => t.modifier === '?').map((t) => t.term);
  return (message) =>
    required.every((t) => message.includes(t)) &&
    !excluded.some((t) => message.includes(t)) &&
    (anyOf.length === 0 || anyOf.some((t) => message.includes(t)));
}
