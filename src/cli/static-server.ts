import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.mjs': 'text/javascript; charset=utf-8',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Cross-origin isolation (COOP + COEP), which a host may or may not send: with it the page has
 * SharedArrayBuffer, and the Python grader stops runaway code with Pyodide's interrupt buffer
 * rather than by terminating its worker. Tests and the benchmark run both ways.
 */
const ISOLATION_HEADERS = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/** Serves a built site from `root` on a free loopback port (tests and the benchmark). */
export async function serveStatic(root: string, options: { crossOriginIsolated?: boolean } = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      // As static hosts do (and astro preview): the site's own 404 page, with a 404 status.
      const notFound = join(root, '404.html');
      if (!existsSync(notFound)) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      return void createReadStream(notFound).pipe(response);
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...(options.crossOriginIsolated ? ISOLATION_HEADERS : {}) });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
