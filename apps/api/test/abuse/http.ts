import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';

export interface Answer {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

// A connection per request: the server closes one after refusing a request (414, 431), and a
// kept-alive socket would then fail the next request with ECONNRESET.
const agent = new Agent({ keepAlive: false });

/** Listens on a spare port (closed with the app) and returns its base URL. */
export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/**
 * A request exactly as given: the URL goes on the wire untouched (already percent-encoded), and
 * the body is sent as raw bytes, broken JSON included. Neither supertest nor inject allow both.
 */
export function send(base: string, sent: Sent): Promise<Answer> {
  const target = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method: sent.method,
        path: sent.url,
        headers: {
          ...sent.headers,
          ...(sent.payload !== undefined && { 'content-length': String(Buffer.byteLength(sent.payload)) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            statusCode: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(sent.payload);
  });
}
