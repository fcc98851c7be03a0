import { EOL } from 'node:os';

// The one place that writes workflow commands (`::name props::message` on stdout). It does what
// @actions/core's command writer does, byte for byte, so that a step can mask, log and fail without
// loading @actions/core (and its HTTP client), which costs several times a bare node start.

/** The runner's escaping of a command's message: %, CR and LF. */
const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A property's value is escaped further: ':' and ',' separate the properties themselves. */
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export type CommandProperties = Record<string, string | undefined>;

/** The command's text; properties without a value are left out, as the runner expects. */
export function workflowCommand(
  command: string,
  message: string,
  properties: CommandProperties = {},
): string {
  const set = Object.entries(properties).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const props = set.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** Where commands go: the step's stdout in production, a recorder in tests. */
export interface CommandSink {
  write(text: string): unknown;
}

export function issueCommand(
  command: string,
  message: string,
  properties: CommandProperties = {},
  sink: CommandSink = process.stdout,
): void {
  sink.write(workflowCommand(command, message, properties) + EOL);
}
