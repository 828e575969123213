import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  Agent,
  createServer,
  type IncomingMessage,
  request,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export interface SpaServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  /**
   * Where the API paths go. Set after listening: the API's config names this server's URL (CORS,
   * links), so the server must exist before the API does.
   */
  proxyTo: (apiUrl: string) => void;
  close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** The file a request path names inside dist, or null when it points outside or at nothing. */
async function fileFor(dist: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = normalize(join(dist, decoded));
  if (path !== dist && !path.startsWith(dist + sep)) return null;
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? path : null;
}

function sendFile(res: ServerResponse, path: string): void {
  res.writeHead(200, {
    'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
    // A rebuilt app must never be mixed with a cached one between runs.
    'cache-control': 'no-store',
  });
  createReadStream(path).pipe(res);
}

function proxy(req: IncomingMessage, res: ServerResponse, target: URL | null, agent: Agent): void {
  if (!target) {
    res.writeHead(502).end('the API is not started yet');
    return;
  }
  // Headers pass unchanged (Host included), as Vite's proxy does without changeOrigin: the API
  // sees the same request a browser would send it behind the production reverse proxy.
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
      agent,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}

/**
 * Serves a built SPA the way production does: files from dist, index.html for every other path
 * (client-side routes), and the API paths proxied to the API on the same origin, so the httpOnly
 * SameSite=Strict refresh cookie works exactly as it does for users.
 */
export async function startSpaServer(dist: string, apiPaths: readonly string[]): Promise<SpaServer> {
  let target: URL | null = null;
  // Its own agent, so close() can drop the kept-alive sockets to the API with it.
  const agent = new Agent({ keepAlive: true });
  const index = join(dist, 'index.html');

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://spa.invalid');
    if (apiPaths.some((path) => url.pathname.startsWith(path))) {
      proxy(req, res, target, agent);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    void fileFor(dist, url.pathname).then((file) => {
      if (file) sendFile(res, file);
      // A missing asset is a broken build, not a client route: say so instead of answering HTML.
      else if (extname(url.pathname) !== '') res.writeHead(404).end();
      else sendFile(res, index);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    proxyTo: (apiUrl) => {
      target = new URL(apiUrl);
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // The browser keeps connections alive; without this, close() would wait for them to time out.
      server.closeAllConnections();
      agent.destroy();
      await closed;
    },
  };
}
