import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { WebhookTarget } from '@portico/core';

export interface WebhookResponse {
  status: number;
}

/** A receiver's answer body is read only to free the socket; nothing of it is kept. */
const MAX_DRAIN_BYTES = 64 * 1024;

/**
 * POSTs to the checked address only: the lookup is pinned to the address the SSRF guard approved,
 * so a second DNS answer (rebinding) is never used. TLS still verifies the certificate against the
 * URL's host name (SNI and checks use `url.hostname`). Redirects are not followed (a 3xx counts as
 * a failure), since a redirect could point anywhere.
 */
export function postWebhook(
  target: WebhookTarget,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<WebhookResponse> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) {
      (callback as (err: null, addresses: { address: string; family: number }[]) => void)(null, [
        { address: target.address, family: target.family },
      ]);
    } else callback(null, target.address, target.family);
  };
  const options: RequestOptions = {
    method: 'POST',
    headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
    lookup: pinned,
    signal: AbortSignal.timeout(timeoutMs),
    // One request per delivery: no pooled socket outlives the check it was made for.
    agent: false,
  };
  const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<WebhookResponse>((resolve, reject) => {
    const req = send(target.url, options, (res) => {
      let drained = 0;
      res.on('data', (chunk: Buffer) => {
        drained += chunk.length;
        if (drained > MAX_DRAIN_BYTES) res.destroy();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      res.on('close', () => resolve({ status: res.statusCode ?? 0 }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.on('error', (err) =>
      reject(err.name === 'AbortError' ? new Error(`No answer within ${timeoutMs / 1000} s.`) : err),
    );
    req.end(body);
  });
}
