/**
 * A static file server for a built dist/, as a static CDN would serve it:
 * directory URLs serve index.html, unknown paths serve 404.html with 404,
 * malformed URLs get 400 rather than ending the process. The site may live
 * under a base path ("/tariff/"); `headers` are added to every response (the
 * CSP test serves the site with the deploy examples' headers).
 */
import { createServer, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

interface ServeOptions {
  base?: string;
  headers?: Record<string, string>;
  /** Headers by request path (as a _headers file gives them), added to `headers`. */
  headersFor?: (path: string) => Record<string, string>;
  /** A fixed port (the preview's 4321); by default any free one. */
  port?: number;
}

export function serveStatic(
  dir: string,
  { base = '/', headers = {}, headersFor = () => ({}), port = 0 }: ServeOptions = {},
): Promise<RunningServer> {
  const assets = sirv(dir, { dev: true, etag: true, dotfiles: false });
  const page404 = join(dir, '404.html');
  const notFound = (response: ServerResponse) => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headers });
    response.end(existsSync(page404) ? readFileSync(page404) : 'not found');
  };
  const server = createServer((request, response) => {
    const raw = request.url ?? '/';
    const [rawPath = '/', query] = raw.split('?');
    // Headers are chosen for the file that is served: the path decoded and normalised first
    // ("/embed/%2e%2e/apply/" is /apply/, with /apply/'s headers), as a browser or CDN would.
    let path: string;
    try {
      path = posix.normalize(decodeURIComponent(rawPath));
    } catch {
      // Not a path at all: the site's own headers (its policy) on the refusal.
      for (const [name, value] of Object.entries({ ...headers, ...headersFor(base) })) response.setHeader(name, value);
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('bad request');
      return;
    }
    for (const [name, value] of Object.entries({ ...headers, ...headersFor(path) })) response.setHeader(name, value);
    if (!path.startsWith(base)) return notFound(response);
    request.url = `/${encodeURI(path.slice(base.length))}${query === undefined ? '' : `?${query}`}`;
    assets(request, response, () => notFound(response));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
