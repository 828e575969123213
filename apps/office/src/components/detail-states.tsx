import { Link } from 'react-router';

export function DetailSkeleton({ label }: { label: string }) {
  return (
    <div className="detail-skeleton" role="status" aria-label={label}>
      <span className="skeleton skeleton--wide" />
      <div className="skeleton-list">
        {Array.from({ length: 3 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <div key={i} className="skeleton-row">
            <span className="skeleton" />
            <span className="skeleton skeleton--wide" />
          </div>
        ))}
      </div>
    </div>
  );
}

export function NotFoundState({ what, back }: { what: string; back: string }) {
  return (
    <section className="state">
      <h1 className="state__title">This {what} does not exist</h1>
      <p className="state__text">It may have been deleted, or the link is wrong.</p>
      <Link className="button button--secondary" to={back}>
        Back to the list
      </Link>
    </section>
  );
}
