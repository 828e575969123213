export const median = (xs: number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

export async function timeMs<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, value };
}

export interface TimingOptions {
  rounds: number;
  /** Calls per round, unless the round's share of `budgetMs` runs out first (at least one). */
  n: number;
  warm: number;
  budgetMs?: number;
}

/** Median of `rounds` rounds, each the median of up to `n` timed calls (after `warm` untimed ones). */
export async function medianTiming(fn: () => Promise<unknown>, opts: TimingOptions): Promise<number> {
  for (let i = 0; i < opts.warm; i++) await fn();
  const perRound = (opts.budgetMs ?? Number.POSITIVE_INFINITY) / opts.rounds;
  const rounds: number[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    const samples: number[] = [];
    let spent = 0;
    for (let i = 0; i < opts.n && (i === 0 || spent < perRound); i++) {
      const { ms } = await timeMs(fn);
      samples.push(ms);
      spent += ms;
    }
    rounds.push(median(samples));
  }
  return median(rounds);
}
