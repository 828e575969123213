import { Link } from 'react-router';
import { PortalStatusBadge } from '../../../components/portal-status-badge';
import type { Audience, AudienceEntry } from '../api/audience';
import { blockedReason, grantLooks } from '../api/audience-labels';

interface AudienceListProps {
  audience: Audience;
  /** "this building", "this document": the subject of the blocked reasons. */
  subject: string;
  /** A document's access area ("proposals"), for the `area` reason. */
  area?: string | undefined;
}

/** Who sees it now and through which link; below, who has a link but is blocked, and why. */
export function AudienceList({ audience, subject, area }: AudienceListProps) {
  const seeing = audience.items.filter((entry) => entry.canSeeNow);
  const blocked = audience.items.filter((entry) => !entry.canSeeNow);
  if (audience.items.length === 0) {
    return (
      <div className="state audience__empty">
        <p className="state__title">Nobody is linked to {subject}</p>
        <p className="state__text">
          Link a contact to the building or its account (or a client group that holds the account) to show it
          to them in the portal.
        </p>
      </div>
    );
  }
  return (
    <div className="audience">
      <p className="audience__summary">
        {audience.canSeeNow === 0
          ? `None of the ${plural(audience.total)} with a link can see ${subject} right now.`
          : `${audience.canSeeNow} of the ${plural(audience.total)} with a link can see ${subject} right now.`}
      </p>
      {seeing.length > 0 && (
        <AudienceGroup title="Can see it" tone="yes" entries={seeing} subject={subject} area={area} />
      )}
      {blocked.length > 0 && (
        <AudienceGroup title="Cannot see it" tone="no" entries={blocked} subject={subject} area={area} />
      )}
    </div>
  );
}

const plural = (n: number) => (n === 1 ? '1 contact' : `${n} contacts`);

interface GroupProps {
  title: string;
  tone: 'yes' | 'no';
  entries: AudienceEntry[];
  subject: string;
  area: string | undefined;
}

function AudienceGroup({ title, tone, entries, subject, area }: GroupProps) {
  return (
    <section
      className={`audience__group audience__group--${tone}`}
      aria-label={`${title} (${entries.length})`}
    >
      <h4 className="audience__title">
        <span aria-hidden="true" className="audience__mark">
          {tone === 'yes' ? '✓' : '✕'}
        </span>{' '}
        {title} <span className="tabs__count">{entries.length}</span>
      </h4>
      <ul className="item-list">
        {entries.map((entry) => (
          <li key={entry.contact.id} className="item-list__item audience__item">
            <div className="item-list__main">
              <Link className="item-list__name" to={`/contacts/${entry.contact.id}`}>
                {entry.contact.name}
              </Link>
              <span className="item-list__sub">{entry.contact.email ?? 'No email'}</span>
              <ul className="audience__grants" aria-label="Granted by">
                {entry.grants.map((grant) => (
                  <li key={`${grant.rule}-${grant.via.id}`}>
                    {grantLooks[grant.rule].lead}{' '}
                    <Link to={`${grantLooks[grant.rule].path}/${grant.via.id}`}>{grant.via.name}</Link>
                  </li>
                ))}
              </ul>
              {entry.blockedBy.length > 0 && (
                <ul className="audience__reasons" aria-label="Blocked because">
                  {entry.blockedBy.map((reason) => (
                    <li key={reason}>{blockedReason(reason, subject, area)}</li>
                  ))}
                </ul>
              )}
            </div>
            <PortalStatusBadge status={entry.contact.portalStatus} />
          </li>
        ))}
      </ul>
    </section>
  );
}
