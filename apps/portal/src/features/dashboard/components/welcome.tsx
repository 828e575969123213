import type { PortalMe } from '../../../lib/session';
import { usePortalView } from '../../../lib/views';
import { accessAreaNames } from '../api/access-areas';

/** Whose portal this is and what the office opened to them: the first lines of every visit. */
export function Welcome({ me }: { me: PortalMe }) {
  const areas = accessAreaNames(me.access);
  const { current } = usePortalView(me);
  const org = me.organization.name;
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" className="welcome__title">
        Welcome, {me.firstName}
      </h1>
      <p className="welcome__lead">
        Your portal with {org}
        {current && current.kind !== 'all' ? `, for ${current.name}` : ''}.
      </p>
      {areas.length > 0 ? (
        <div className="access">
          <h2 className="access__title">You can see:</h2>
          <ul className="access__list">
            {areas.map((area) => (
              <li key={area} className="access__item">
                {area}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="callout">
          {org} has not chosen what you can see yet. Ask them to open inspection reports, service reports,
          proposals or invoices to you.
        </p>
      )}
    </section>
  );
}
