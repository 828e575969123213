import { useEffect, useRef, useState } from 'react';

const TYPING_PAUSE_MS = 300;

/**
 * The text of a search box whose value lives in the URL. It follows the URL when that changes
 * from outside (Back, "Clear filters"), and hands the trimmed text to `commit` once typing
 * pauses: lists search as people type, but not on every key.
 */
export function useSearchText(
  value: string,
  commit: (text: string) => void,
): [string, (text: string) => void] {
  const [text, setText] = useState(value);
  // Callers pass a fresh closure each render; that must not restart the pause, and the one that
  // runs must see the other filters as they are by then.
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  useEffect(() => setText((current) => (current.trim() === value ? current : value)), [value]);

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === value) return;
    const timer = setTimeout(() => commitRef.current(trimmed), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return [text, setText];
}
