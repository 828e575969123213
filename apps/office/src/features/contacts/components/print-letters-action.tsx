import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { lettersSummary, usePrintLetters } from '../api/invitation-letters';
import type { Selection } from '../utils/selection';

/** What one request may print; the API refuses more. */
export const MAX_LETTERS = 500;

interface PrintLettersActionProps {
  selection: Selection;
  onPrinted: () => void;
}

/**
 * "Print letters" for the chosen rows: one PDF, a page per contact. Letters need the contacts'
 * ids, so "all matching" (resolved by the API for invites) is not offered here.
 */
export function PrintLettersAction({ selection, onPrinted }: PrintLettersActionProps) {
  const print = usePrintLetters();
  const ids = selection.kind === 'ids' ? [...selection.ids] : [];
  const reason =
    selection.kind === 'all-matching'
      ? `Choose up to ${MAX_LETTERS} rows to print letters.`
      : ids.length > MAX_LETTERS
        ? `Print at most ${MAX_LETTERS} letters at a time.`
        : null;

  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={ids.length === 0 || reason !== null || print.isPending}
        title={reason ?? undefined}
        onClick={() => {
          print.reset();
          print.mutate(ids, { onSuccess: onPrinted });
        }}
      >
        {print.isPending ? (
          <>
            <Spinner size="sm" /> Preparing letters…
          </>
        ) : (
          'Print letters'
        )}
      </button>
      {print.isError ? (
        <p className="selection-bar__letters alert alert--error" role="alert">
          {problemMessage(print.error)}
        </p>
      ) : (
        <p className="selection-bar__letters" role="status">
          {reason ?? (print.data ? lettersSummary(print.data) : '')}
        </p>
      )}
    </>
  );
}
