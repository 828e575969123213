import { json, respondWith } from './api';

type Route = (request: Request, url: URL) => Response | Promise<Response>;

export interface RecordedCall {
  method: string;
  path: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/**
 * Answers `METHOD /path` from a table (paths as sent, e.g. `GET /api/v1/contacts/c1`) and records
 * every call with its parsed body, so a test can check what a screen asked for.
 */
export function serve(routes: Record<string, Route>): RecordedCall[] {
  const calls: RecordedCall[] = [];
  respondWith(async (request) => {
    const url = new URL(request.url);
    const text = await request.clone().text();
    calls.push({
      method: request.method,
      path: url.pathname,
      url,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    });
    const route = routes[`${request.method} ${url.pathname}`];
    return route
      ? route(request, url)
      : json(404, {
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: `${request.method} ${url.pathname}`,
        });
  });
  return calls;
}

export { json };

export const problem = (status: number, detail: string, errors?: { field: string; message: string }[]) =>
  json(status, {
    type: `https://portico.dev/problems/${status}`,
    title: 'Problem',
    status,
    detail,
    ...(errors && { errors }),
  });
