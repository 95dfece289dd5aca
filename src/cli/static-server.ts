import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { withSlashes } from '../hosting/site-url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.zip': 'application/zip',
  '.tar': 'application/x-tar',
  '.py': 'text/x-python; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  /** The path the site is served under, as built with COURSE_BASE (`/generators/`); `/` by default. */
  base?: string;
  /** Send the cross-origin isolation headers (COOP/COEP) a host can add, so SharedArrayBuffer is available. */
  isolated?: boolean;
}

export interface ServedRequest {
  /** Path and query, as requested. */
  url: string;
  status: number;
  /** Bytes of the body sent (compressed when it was). */
  bytes: number;
  encoding?: string;
}

export interface StaticServer {
  /** The site's address, without a trailing slash: `http://127.0.0.1:PORT` or `http://127.0.0.1:PORT/generators`. */
  url: string;
  /** The origin alone. */
  origin: string;
  /** Every request answered, in order (for measuring what a visit downloads). */
  requests: ServedRequest[];
  close(): Promise<void>;
}

const etagOf = (bytes: Buffer) => `"${createHash('sha1').update(bytes).digest('base64url').slice(0, 20)}"`;

/**
 * Serves a built site from `root` on a free loopback port, as a static host
 * does (tests, the benchmark, `npm start`): under a base path, `dir` redirected
 * to `dir/`, the site's 404.html for a missing page, the `.br`/`.gz` copy
 * written by the build when the browser accepts it, ETags answered with 304,
 * hashed assets (`_astro/`) cacheable for a year and everything else revalidated.
 */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = withSlashes(options.base ?? '/');
  const top = resolve(root);
  const requests: ServedRequest[] = [];

  const server: Server = createServer((request, response) => {
    const send = (status: number, headers: Record<string, string>, body?: Buffer, encoding?: string) => {
      if (options.isolated) Object.assign(headers, { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
      response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
      requests.push({ url: request.url ?? '', status, bytes: request.method === 'HEAD' ? 0 : (body?.length ?? 0), encoding });
    };
    const notFound = () => {
      const page = join(top, '404.html');
      if (existsSync(page)) return send(404, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' }, readFileSync(page));
      send(404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
    };

    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      return send(400, { 'content-type': 'text/plain' }, Buffer.from('bad request'));
    }
    if (pathname === base.slice(0, -1)) return send(301, { location: base });
    if (!pathname.startsWith(base)) return notFound();
    let file = normalize(join(top, pathname.slice(base.length)));
    if (file !== top && !file.startsWith(`${top}/`)) return send(403, {});
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) return send(301, { location: `${pathname}/` });
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound();

    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = ['br', 'gzip'].find((name) => accepted.includes(name) && existsSync(`${file}.${name === 'gzip' ? 'gz' : 'br'}`));
    const body = readFileSync(encoding ? `${file}.${encoding === 'gzip' ? 'gz' : 'br'}` : file);
    const etag = etagOf(body);
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      etag,
      vary: 'Accept-Encoding',
      // Files under _astro/ are named by their content's hash, so they never change.
      'cache-control': pathname.startsWith(`${base}_astro/`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (encoding) headers['content-encoding'] = encoding;
    if (request.headers['if-none-match'] === etag) return send(304, { etag, 'cache-control': headers['cache-control'] });
    send(200, headers, body, encoding);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + base.slice(0, -1),
    origin,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
