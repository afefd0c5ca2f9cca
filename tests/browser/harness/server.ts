/** A static file server on 127.0.0.1 for the test pages (tests/fixtures/pages), on a free port. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

export interface PageServer {
  url(path: string): string;
  /** Every path requested so far, in order (with its query string). */
  readonly requested: string[];
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Pages made in memory (generated at test time), by path without the leading slash. */
  generated?: ReadonlyMap<string, string>;
  /** Extra response headers for some paths (a Content-Security-Policy header, say). */
  headers?: Readonly<Record<string, Record<string, string>>>;
}

export async function startServer(dir = PAGES_DIR, options: ServerOptions = {}): Promise<PageServer> {
  const requested: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requested.push(url.pathname + url.search);
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const key = path.replace(/^[/\\]+/, '');
    const extra = options.headers?.[key] ?? {};
    // Browsers ask for a favicon by themselves: an empty answer keeps a 404 out of the console logs that tests read.
    if (key === 'favicon.ico') return void res.writeHead(204).end();
    const made = options.generated?.get(key);
    try {
      const body = made ?? (await readFile(join(dir, path)));
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...extra,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    requested,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
