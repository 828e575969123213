import { problemMessage, problemStatus } from '@portico/api-client';
import { Spinner } from '@portico/ui';

interface SettingsActionsProps {
  /** The failed save, or null. */
  error: unknown;
  /** The error's field messages are shown next to their fields. */
  fieldErrorsShown: boolean;
  saving: boolean;
  dirty: boolean;
  saved: boolean;
  onDiscard: () => void;
}

/** Save / Discard, with what happened; kept in reach at the bottom while there are changes. */
export function SettingsActions({
  error,
  fieldErrorsShown,
  saving,
  dirty,
  saved,
  onDiscard,
}: SettingsActionsProps) {
  return (
    <div className={['settings-actions', dirty && 'settings-actions--dirty'].filter(Boolean).join(' ')}>
      {error !== null && (
        <p className="alert alert--error settings-actions__error" role="alert">
          {fieldErrorsShown
            ? 'Some settings were not accepted; see the messages next to them.'
            : problemStatus(error) === 403
              ? `${problemMessage(error)} Ask an administrator to change these settings.`
              : problemMessage(error)}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={saving || !dirty}>
        {saving ? (
          <>
            <Spinner size="sm" /> Saving…
          </>
        ) : (
          'Save settings'
        )}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={saving || !dirty}
        onClick={onDiscard}
      >
        Discard changes
      </button>
      <p className="settings-actions__status" role="status">
        {saved && !dirty ? 'Settings saved.' : dirty ? 'Unsaved changes.' : ''}
      </p>
    </div>
  );
}
