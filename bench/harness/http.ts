import autocannon from 'autocannon';
import { median } from './stats';

export interface HttpFigures {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Bodies to rotate through (autocannon cycles the list per connection). */
  bodies?: string[];
  connections?: number;
  /** Requests per second from all connections together; unset, as fast as the server answers. */
  overallRate?: number;
  duration: number;
  rounds: number;
  warmup: number;
}

function once(o: LoadOptions, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url: o.url,
    method: o.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...o.headers },
    ...(o.body ? { body: o.body } : {}),
    ...(o.bodies ? { requests: o.bodies.map((body) => ({ method: o.method ?? 'POST', body })) } : {}),
    connections: o.connections ?? 10,
    ...(o.overallRate ? { overallRate: o.overallRate } : {}),
    duration,
  });
}

const figures = (r: autocannon.Result): HttpFigures => ({
  p50: r.latency.p50,
  p99: r.latency.p99,
  rps: r.requests.average,
  requests: r.requests.total,
  errors: r.errors + r.timeouts + r.non2xx,
});

/** Warm-up, then the median of each figure over `rounds` rounds. */
export async function load(o: LoadOptions): Promise<HttpFigures> {
  if (o.warmup > 0) await once(o, o.warmup);
  const rounds: HttpFigures[] = [];
  for (let i = 0; i < o.rounds; i++) rounds.push(figures(await once(o, o.duration)));
  return {
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    rps: median(rounds.map((r) => r.rps)),
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
  };
}

/** One autocannon run while `during` runs (the sign-in storm); answers both results. */
export async function loadDuring(
  o: LoadOptions,
  storm: LoadOptions,
): Promise<{ probe: HttpFigures; storm: HttpFigures }> {
  const stormRun = once(storm, o.duration + 2);
  await new Promise((r) => setTimeout(r, 1000)); // let the storm fill the thread pool first
  const probe = figures(await once(o, o.duration));
  return { probe, storm: figures(await stormRun) };
}
