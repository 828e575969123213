/**
 * Group commit for per-job database work. Concurrent jobs hand in their keys; one call of `run`
 * serves every key that arrived while the previous call was running. At low load a key goes out
 * alone, almost at once; under load batches grow up to `maxBatch`, so a statement's round trip and
 * query building are paid per batch instead of per job. Each job still waits for its own answer,
 * so a job is never done before its row is.
 */
export function coalesce<K, V>(
  run: (keys: K[]) => Promise<Map<K, V>>,
  maxBatch: number,
): (key: K) => Promise<V | undefined> {
  let waiting: { key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[] = [];
  let running = false;

  const drain = async () => {
    while (waiting.length > 0) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(maxBatch);
      try {
        const results = await run(batch.map((w) => w.key));
        for (const w of batch) {
          // A key asked twice in one batch (a duplicate job) gets its answer once.
          const value = results.get(w.key);
          results.delete(w.key);
          w.resolve(value);
        }
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    running = false;
  };

  return (key) =>
    new Promise((resolve, reject) => {
      waiting.push({ key, resolve, reject });
      if (running) return;
      running = true;
      // Keys handed in during this turn of the event loop go in the same first batch.
      setImmediate(() => void drain());
    });
}
