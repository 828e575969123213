import { problemMessage } from '@portico/api-client';

/** The API could not be asked (offline, 5xx): nothing is wrong with the link, so offer a retry. */
export function CheckFailed({ title, error, retry }: { title: string; error: unknown; retry: () => void }) {
  return (
    <section className="card" role="alert" aria-labelledby="check-failed-title">
      <div className="card__intro">
        <h1 id="check-failed-title" className="card__title">
          {title}
        </h1>
        <p className="muted">{problemMessage(error)}</p>
      </div>
      <button type="button" className="button button--primary button--block" onClick={retry}>
        Try again
      </button>
    </section>
  );
}
