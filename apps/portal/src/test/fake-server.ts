import { json, respondWith } from './api';

type Route = (request: Request, url: URL) => Response | Promise<Response>;

export interface RecordedCall {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

/**
 * Answers `METHOD /path` from a table (paths as sent, e.g. `GET /portal/v1/me`) and records every
 * call with its parsed body and headers, so a test can check what a screen sent.
 */
export function serve(routes: Record<string, Route>): RecordedCall[] {
  const calls: RecordedCall[] = [];
  respondWith(async (request) => {
    const url = new URL(request.url);
    const text = await request.clone().text();
    calls.push({
      method: request.method,
      path: url.pathname,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    });
    const route = routes[`${request.method} ${url.pathname}`];
    return route ? route(request, url) : problem(404, `${request.method} ${url.pathname}`);
  });
  return calls;
}

export { json };

export const problem = (status: number, detail: string, extra: Record<string, unknown> = {}) =>
  json(status, {
    type: `https://portico.dev/problems/${status}`,
    title: 'Problem',
    status,
    detail,
    ...extra,
  });
