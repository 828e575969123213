import { problemMessage, problemStatus } from '@portico/api-client';
import { NoPermission } from './no-permission';

/** The error state of any query: a 403 gets the no-permission state, the rest a retry. */
export function QueryError({ error, onRetry, what }: { error: unknown; onRetry: () => void; what: string }) {
  if (problemStatus(error) === 403) return <NoPermission error={error} />;
  return (
    <section className="state state--error" role="alert">
      <h2 className="state__title">Could not load {what}</h2>
      <p className="state__text">{problemMessage(error)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
