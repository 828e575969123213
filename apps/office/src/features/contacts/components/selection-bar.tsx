import type { ReactNode } from 'react';
import type { Selection, SelectionAction } from '../utils/selection';
import { canSelectAllMatching, selectedCount } from '../utils/selection';

interface SelectionBarProps {
  selection: Selection;
  dispatch: (action: SelectionAction) => void;
  loadedIds: readonly string[];
  total: number;
  onInvite: () => void;
  /** More actions on the selection (printing letters), before the invite. */
  children?: ReactNode;
}

/** What is chosen, the way to widen it to every match, and the action it is for. */
export function SelectionBar({
  selection,
  dispatch,
  loadedIds,
  total,
  onInvite,
  children,
}: SelectionBarProps) {
  const count = selectedCount(selection, total);
  return (
    <section className="selection-bar" aria-label="Selection">
      <p className="selection-bar__count" aria-live="polite">
        {selection.kind === 'all-matching'
          ? `All ${total.toLocaleString()} matching contacts selected`
          : count === 0
            ? 'Select contacts to invite them to the portal.'
            : `${count.toLocaleString()} selected`}
      </p>
      {canSelectAllMatching(selection, loadedIds, total) && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => dispatch({ type: 'select-all-matching' })}
        >
          Select all {total.toLocaleString()} matching
        </button>
      )}
      {count > 0 && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => dispatch({ type: 'clear' })}
        >
          Clear selection
        </button>
      )}
      {children}
      <button
        type="button"
        className="button button--primary button--small selection-bar__send"
        onClick={onInvite}
        disabled={count === 0}
      >
        Send invite
      </button>
    </section>
  );
}
