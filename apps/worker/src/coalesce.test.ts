import { describe, expect, it } from '@jest/globals';
import { coalesce } from './coalesce';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('coalesce', () => {
  it('serves keys handed in together with one call, and what arrives meanwhile with the next', async () => {
    const calls: number[][] = [];
    let release: () => void = () => {};
    const load = coalesce(async (keys: number[]) => {
      calls.push(keys);
      if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return new Map(keys.map((k) => [k, k * 10]));
    }, 3);

    const first = [load(1), load(2)];
    await tick();
    // The first call is running: these wait for it, then go out in batches of at most 3.
    const later = [load(3), load(4), load(5), load(6)];
    release();
    expect(await Promise.all([...first, ...later])).toEqual([10, 20, 30, 40, 50, 60]);
    expect(calls).toEqual([[1, 2], [3, 4, 5], [6]]);
  });

  it('gives a key asked twice in one batch its answer once, and an unknown key nothing', async () => {
    const load = coalesce(
      async (keys: string[]) => new Map(keys.filter((k) => k !== 'gone').map((k) => [k, k])),
      10,
    );
    expect(await Promise.all([load('a'), load('a'), load('gone')])).toEqual(['a', undefined, undefined]);
  });

  it('rejects every key of a failed batch, and goes on with the next', async () => {
    let fail = true;
    const load = coalesce(async (keys: string[]) => {
      if (fail) throw new Error('database down');
      return new Map(keys.map((k) => [k, true]));
    }, 10);
    const failed = await Promise.allSettled([load('a'), load('b')]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await load('c')).toBe(true);
  });
});
