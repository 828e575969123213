import pg from 'pg';
import { median, medianTiming, type TimingOptions, timeMs } from './stats';

/** One statement a core function sent, in the order sent; `group` joins those in flight together. */
export interface Captured {
  text: string;
  values: unknown[];
  group: number;
}

interface QueryConfigLike {
  text: string;
  values?: unknown[];
}

/**
 * Records every statement sent through node-postgres while `fn` runs (drizzle's pool and
 * transaction clients both end in Client.prototype.query). Statements sent while another is still
 * in flight share a group, so the replay keeps the function's own parallelism.
 */
export async function captureSql(fn: () => Promise<unknown>): Promise<Captured[]> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const captured: Captured[] = [];
  let inFlight = 0;
  let group = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    // drizzle passes a config object and the parameters as a second argument; pg also takes
    // them inside the config.
    const params = Array.isArray(second) ? second : undefined;
    const cfg =
      typeof first === 'string'
        ? { text: first, values: params ?? [] }
        : {
            text: (first as QueryConfigLike).text,
            values: params ?? (first as QueryConfigLike).values ?? [],
          };
    if (inFlight === 0) group++;
    inFlight++;
    captured.push({ ...cfg, group });
    const result = original.apply(this, args);
    if (result instanceof Promise) {
      return result.finally(() => {
        inFlight--;
      });
    }
    inFlight--;
    return result;
  };
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  if (captured.length === 0) throw new Error('no SQL captured: is drizzle using the same pg module?');
  return captured;
}

/**
 * The endpoint's SQL run directly with pg: the captured statements with their parameters, each
 * group in parallel on the pool (as the function did). A transaction (BEGIN first) replays on one
 * client in order. Answers the median wall time in ms.
 */
export async function replaySql(pool: pg.Pool, statements: Captured[], opts: TimingOptions): Promise<number> {
  const transactional = /^\s*begin/i.test(statements[0]?.text ?? '');
  const groups = [...new Set(statements.map((s) => s.group))].map((g) =>
    statements.filter((s) => s.group === g),
  );
  const once = async () => {
    if (transactional) {
      const client = await pool.connect();
      try {
        for (const s of statements) await client.query(s.text, s.values);
      } finally {
        client.release();
      }
      return;
    }
    for (const g of groups) await Promise.all(g.map((s) => pool.query(s.text, s.values)));
  };
  return medianTiming(once, opts);
}

/** Each captured statement timed alone (median of `n`), slowest first: where an endpoint's time goes. */
export async function statementTimes(
  pool: pg.Pool,
  statements: Captured[],
  n: number,
): Promise<{ sql: string; ms: number }[]> {
  if (/^\s*begin/i.test(statements[0]?.text ?? '')) return [];
  const times: { sql: string; ms: number }[] = [];
  for (const s of statements) {
    const samples: number[] = [];
    for (let i = 0; i < n; i++) samples.push((await timeMs(() => pool.query(s.text, s.values))).ms);
    times.push({ sql: s.text.replace(/\s+/g, ' ').slice(0, 200), ms: median(samples) });
  }
  return times.sort((a, b) => b.ms - a.ms);
}
