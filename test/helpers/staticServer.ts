/**
 * A tiny static file server for tests: serves a folder (usually dist/) on 127.0.0.1 at a random
 * port. GET and HEAD only, no directory listings, nothing outside the root. Records every request
 * with its status so tests can assert that the page loaded all it asked for.
 */
import { createReadStream, promises as fs } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.woff2': 'font/woff2',
};

export interface ServedRequest {
  method: string;
  path: string;
  status: number;
}

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  port: number;
  requests: ServedRequest[];
  close(): Promise<void>;
}

/** Starts serving `root` on 127.0.0.1 (port 0 = any free port). */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const base = path.resolve(root);
  const requests: ServedRequest[] = [];

  const server: Server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const finish = (status: number, urlPath: string): void => {
      requests.push({ method, path: urlPath, status });
    };
    let urlPath = '/';
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      finish(400, req.url ?? '');
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      finish(405, urlPath);
      return;
    }
    const file = path.resolve(base, '.' + (urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath));
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      finish(403, urlPath);
      return;
    }
    fs.stat(file).then(
      (stat) => {
        if (!stat.isFile()) {
          res.writeHead(404).end();
          finish(404, urlPath);
          return;
        }
        res.writeHead(200, {
          'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'Content-Length': stat.size,
          'Cache-Control': 'no-store',
        });
        finish(200, urlPath);
        if (method === 'HEAD') {
          res.end();
        } else {
          createReadStream(file).pipe(res);
        }
      },
      () => {
        res.writeHead(404).end();
        finish(404, urlPath);
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
