import { useCallback, useState } from 'react';

/**
 * Previous / next through a cursor-paged table: the cursors of the pages seen so far, back to
 * the first whenever `resetKey` (the filters) changes. Keyed rather than reset in an effect, so
 * no render asks for a page of the old filters under the new ones.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: string[] }>({ key: resetKey, cursors: [] });
  const cursors = state.key === resetKey ? state.cursors : [];

  const next = useCallback(
    (cursor: string) =>
      setState((current) => ({
        key: resetKey,
        cursors: [...(current.key === resetKey ? current.cursors : []), cursor],
      })),
    [resetKey],
  );
  const previous = useCallback(
    () =>
      setState((current) => ({
        key: resetKey,
        cursors: (current.key === resetKey ? current.cursors : []).slice(0, -1),
      })),
    [resetKey],
  );

  /** Page 1 has no cursor; page n the one the page before it answered. */
  return { cursor: cursors.at(-1), page: cursors.length + 1, next, previous };
}
