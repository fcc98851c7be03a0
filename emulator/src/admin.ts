import type { RestResponse } from './protocol/types';
import { AwsError } from './protocol/awsError';
import type { Dispatcher } from './dispatcher';

const json = (status: number, value: unknown): RestResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

/**
 * The control surface under `/_emulator/`: health, reset, the log of AWS requests received, and fault
 * injection. Plain JSON, no AWS protocol, so that curl and tests can use it directly.
 */
export async function handleAdmin(
  dispatcher: Dispatcher,
  method: string,
  url: URL,
  body: Buffer,
): Promise<RestResponse> {
  const route = `${method} ${url.pathname.replace(/\/$/, '')}`;
  try {
    switch (route) {
      case 'GET /_emulator/health':
        return json(200, { status: 'ok', services: dispatcher.services.map((s) => s.name) });
      case 'POST /_emulator/reset':
        await dispatcher.reset();
        return json(200, { reset: true });
      case 'GET /_emulator/requests':
        return json(
          200,
          dispatcher.log.list({
            service: url.searchParams.get('service') ?? undefined,
            operation: url.searchParams.get('operation') ?? undefined,
          }),
        );
      case 'DELETE /_emulator/requests':
        dispatcher.log.clear();
        return json(200, { cleared: true });
      case 'GET /_emulator/faults':
        return json(200, dispatcher.env.faults.list());
      case 'POST /_emulator/faults': {
        const parsed = body.length ? JSON.parse(body.toString('utf8')) : undefined;
        const added = (Array.isArray(parsed) ? parsed : [parsed]).map((f) => dispatcher.env.faults.add(f));
        return json(200, { added });
      }
      case 'DELETE /_emulator/faults':
        dispatcher.env.faults.clear();
        return json(200, { cleared: true });
      default:
        return json(404, {
          error: `Unknown admin route ${route}.`,
          routes: [
            'GET health',
            'POST reset',
            'GET requests?service=&operation=',
            'DELETE requests',
            'GET faults',
            'POST faults',
            'DELETE faults',
          ].map((r) => r.replace(' ', ' /_emulator/')),
        });
    }
  } catch (err) {
    const message = err instanceof AwsError || err instanceof SyntaxError ? err.message : String(err);
    return json(400, { error: message });
  }
}
