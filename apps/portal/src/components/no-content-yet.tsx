import { Link } from 'react-router';

/**
 * The first visit before anything is published: says what will appear and when, and offers steps
 * that help now (where to look, signing in without a password next time), so it is not a dead end.
 */
export function NoContentYet({ organization, areas }: { organization: string; areas: readonly string[] }) {
  const what =
    areas.length > 0
      ? listOf(areas.map((a) => a.toLowerCase()))
      : 'inspection reports, proposals and invoices';
  return (
    <section className="empty empty--portal" aria-labelledby="no-content-title">
      <span className="empty__icon card__icon card__icon--documents" aria-hidden="true" />
      <h2 id="no-content-title" className="empty__title">
        No published content yet
      </h2>
      <p>
        Your {what} will appear here when {organization} publishes them, with a map of your properties and
        their open defects. We will email you when there is something new.
      </p>
      <div className="empty__actions">
        <Link className="button button--primary" to="/properties">
          See your properties
        </Link>
      </div>
      <p className="empty__tip">
        <strong>Next time, no password needed:</strong> on the sign-in page choose “Email me a sign-in link
        instead”.
      </p>
    </section>
  );
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
