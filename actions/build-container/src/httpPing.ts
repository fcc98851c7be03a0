import http from 'node:http';
import type { PingAnswer } from './imageServe';

const TIMEOUT_MS = 2_000;

/** GET over the loopback with node's http client; a slow or silent server counts as an error. */
export function httpPing(url: string): Promise<PingAnswer> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: TIMEOUT_MS, agent: false }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0 });
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    request.on('error', (err: NodeJS.ErrnoException) =>
      resolve({
        error: err.code ? `${err.code} (${err.message})` : err.message,
        refused: err.code === 'ECONNREFUSED',
      }),
    );
  });
}
