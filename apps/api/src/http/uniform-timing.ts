/**
 * Runs `work` and answers no sooner than `minimumMs`: "send me a link" does a lookup and writes
 * for a known email and almost nothing for an unknown one; padding both to the same floor keeps
 * response time from telling which emails have accounts.
 */
export async function withUniformTiming<T>(minimumMs: number, work: () => Promise<T>): Promise<T> {
  const floor = new Promise((resolve) => setTimeout(resolve, minimumMs));
  const [result] = await Promise.all([work(), floor]);
  return result;
}
