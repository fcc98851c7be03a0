// The slice of the GitHub REST API that actions use to comment on a pull request (list, create and
// update issue comments), served on loopback as GITHUB_API_URL, so a local run's plan comment is
// posted, updated in place on the next run, and kept for people to read.
import http from 'node:http';

const LIST_OR_CREATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const UPDATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;

/** @returns {Promise<{ url: string, comments: () => Array<{ id: number, issue: number, body: string }>, stop: () => Promise<void> }>} */
export async function startPullRequestCommentsApi() {
  /** @type {Array<{ id: number, issue: number, body: string, user: { login: string } }>} */
  const comments = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { status, json } = answer(req.method, new URL(req.url, 'http://x').pathname, body, comments);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    comments: () => comments.map(({ id, issue, body }) => ({ id, issue, body })),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function answer(method, pathname, body, comments) {
  const listOrCreate = LIST_OR_CREATE.exec(pathname);
  if (listOrCreate && method === 'GET') {
    return { status: 200, json: comments.filter((c) => c.issue === Number(listOrCreate[3])) };
  }
  if (listOrCreate && method === 'POST') {
    const comment = {
      id: comments.length + 1,
      issue: Number(listOrCreate[3]),
      body: JSON.parse(body).body,
      user: { login: 'github-actions[bot]' },
    };
    comments.push(comment);
    return { status: 201, json: comment };
  }
  const update = UPDATE.exec(pathname);
  const existing = update && comments.find((c) => c.id === Number(update[3]));
  if (existing && method === 'PATCH') {
    existing.body = JSON.parse(body).body;
    return { status: 200, json: existing };
  }
  return {
    status: 404,
    json: {
      message: `${method} ${pathname} is not part of the local GitHub API (pull request comments only)`,
    },
  };
}
