// What a runner does with a step's output lines: `::command::` lines are workflow commands (masks, groups,
// annotations), the rest is the log; every registered secret is shown as ***. Commands are rendered the
// way the runner's raw log shows them (`##[group]`, `##[error]`), with %25/%0D/%0A (and, in properties,
// %3A/%2C) decoded.

const unescapeData = (text) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (text) => unescapeData(text.replace(/%3A/g, ':').replace(/%2C/g, ','));

/** `::name key=value,key=value::data` as { name, properties, data }, or undefined for a log line. */
export function parseCommand(line) {
  const match = /^::([A-Za-z-]+)( [^:]*)?::(.*)$/.exec(line);
  if (!match) return undefined;
  const properties = {};
  for (const pair of (match[2] ?? '').trim().split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at > 0) properties[pair.slice(0, at).trim()] = unescapeProperty(pair.slice(at + 1));
  }
  return { name: match[1], properties, data: unescapeData(match[3]) };
}

/** The secrets a run has registered, and the text with each one replaced by ***. */
export class Masker {
  constructor() {
    /** @type {Set<string>} */
    this.secrets = new Set();
  }
  add(secret) {
    // The runner registers every line of a multi-line secret; an empty one would mask everything.
    for (const part of [secret, ...String(secret).split(/\r?\n/)]) if (part.trim()) this.secrets.add(part);
  }
  mask(text) {
    let shown = text;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      shown = shown.split(secret).join('***');
    }
    return shown;
  }
}

const ANNOTATIONS = new Set(['error', 'warning', 'notice']);

/**
 * Handles one line of a step's stdout: registers masks, records annotations, and returns the line as the
 * log shows it (undefined when the runner shows nothing). Stops obeying commands between
 * `::stop-commands::<token>` and `::<token>::`, as the runner does.
 */
export function commandLineHandler({ masker, annotations, debug = false }) {
  let stopToken;
  return (line) => {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      return stopToken === undefined ? undefined : masker.mask(line);
    }
    const command = parseCommand(line);
    if (!command) return masker.mask(line);
    if (command.name === 'add-mask') {
      masker.add(command.data);
      return undefined;
    }
    if (command.name === 'stop-commands') {
      stopToken = command.data;
      return undefined;
    }
    if (command.name === 'group') return `##[group]${masker.mask(command.data)}`;
    if (command.name === 'endgroup') return '##[endgroup]';
    if (command.name === 'debug') return debug ? `##[debug]${masker.mask(command.data)}` : undefined;
    if (ANNOTATIONS.has(command.name)) {
      const message = masker.mask(command.data);
      annotations.push({ level: command.name, message, properties: command.properties });
      return `##[${command.name}]${message}`;
    }
    return masker.mask(line);
  };
}

/** Splits a stream of chunks into whole lines, handing each to `onLine`; `flush` ends the last one. */
export function lineSplitter(onLine) {
  let rest = '';
  return {
    push(chunk) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) onLine(line.replace(/\r$/, ''));
    },
    flush() {
      if (rest) onLine(rest.replace(/\r$/, ''));
      rest = '';
    },
  };
}
