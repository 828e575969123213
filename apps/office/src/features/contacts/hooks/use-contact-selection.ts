import { useCallback, useState } from 'react';
import { emptySelection, type Selection, type SelectionAction, selectionReducer } from '../utils/selection';

/**
 * The list's selection, cleared whenever the filter changes: "all matching" or rows chosen under
 * one filter must never be sent under another. Keyed rather than reset in an effect, so no
 * render ever shows the stale selection.
 */
export function useContactSelection(filterKey: string): [Selection, (action: SelectionAction) => void] {
  const [state, setState] = useState<{ key: string; selection: Selection }>({
    key: filterKey,
    selection: emptySelection,
  });
  const selection = state.key === filterKey ? state.selection : emptySelection;
  const dispatch = useCallback(
    (action: SelectionAction) =>
      setState((current) => ({
        key: filterKey,
        selection: selectionReducer(current.key === filterKey ? current.selection : emptySelection, action),
      })),
    [filterKey],
  );
  return [selection, dispatch];
}
