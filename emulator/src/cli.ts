#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startEmulator } from './emulator';

const usage = `Usage: modelship-emulator [--port <n>] [--host <addr>] [--config <file>] [--time-scale <f>] [--account-id <id>]

  --port        port to listen on; 0 (default) picks a free one
  --host        address to bind (default 127.0.0.1)
  --config      JSON or YAML file binding container images to local commands
  --time-scale  divide AWS durations (alarm periods, bakes) by this, e.g. 60 makes a minute pass in 1 s
  --account-id  the AWS account the emulator pretends to be (default 123456789012)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      config: { type: 'string' },
      'time-scale': { type: 'string', default: '1' },
      'account-id': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  const timeScale = Number(values['time-scale']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got "${values.port}".`);
  }
  if (!(timeScale > 0))
    throw new Error(`--time-scale must be a positive number, got "${values['time-scale']}".`);

  const emulator = await startEmulator({
    port,
    host: values.host,
    config: values.config,
    accountId: values['account-id'],
    timing: { timeScale },
  });
  // Scripts wait for exactly this first line to learn the port.
  console.log(`modelship-emulator listening on ${emulator.url}`);

  const shutdown = (signal: string) => {
    console.error(`modelship-emulator: ${signal}, stopping model processes`);
    emulator.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(`modelship-emulator: ${(err as Error).message}\n\n${usage}`);
  process.exit(2);
});
