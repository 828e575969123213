export interface HttpCheck {
  name: string;
  url: string;
  /** Which answers count as "up": the API must say 2xx, a dev server answering at all is enough. */
  accept: (status: number) => boolean;
}

/** Polls every check until it answers; returns the names of those that did not within the time. */
export async function waitForHttp(
  checks: HttpCheck[],
  timeoutMs: number,
  signal: AbortSignal,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(checks);
  while (pending.size > 0 && Date.now() < deadline) {
    signal.throwIfAborted();
    for (const check of [...pending]) {
      if (await answers(check, signal)) pending.delete(check);
    }
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  signal.throwIfAborted();
  return [...pending].map((check) => check.name);
}

async function answers(check: HttpCheck, signal: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch(check.url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(2_000)]),
    });
    await response.body?.cancel();
    return check.accept(response.status);
  } catch {
    return false;
  }
}
