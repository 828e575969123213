import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import {
  type ContactNotificationPreferences,
  notificationPreferencesOptions,
} from '../api/notification-preferences';

type Preference = ContactNotificationPreferences['preferences'][number];

const categoryLabels: Record<Preference['category'], string> = {
  new_documents: 'New documents',
  invoices_due: 'Invoices due',
  proposals: 'Proposals awaiting decision',
  service_requests: 'Service requests',
  messages: 'Message replies',
};
const choiceLabels: Record<Preference['choice'], string> = {
  immediately: 'Immediately',
  daily: 'Daily digest',
  off: 'Off',
};
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

function changedBy(p: Preference): string {
  if (!p.updatedAt) return 'Default';
  const when = dateFormat.format(new Date(p.updatedAt));
  return p.updatedBy === 'unsubscribe_link'
    ? `Unsubscribed from an email, ${when}`
    : `Set by the contact, ${when}`;
}

/** Which notification emails the contact gets: their own choice, shown to the office, not editable. */
export function ContactNotificationsSection({ contactId }: { contactId: string }) {
  const query = useQuery(notificationPreferencesOptions(contactId));
  return (
    <section className="card" aria-labelledby="contact-notifications-title" aria-busy={query.isPending}>
      <h2 id="contact-notifications-title" className="card__title">
        Email notifications
      </h2>
      <p className="field__hint">
        The contact chooses these in the portal. Invitations and sign-in links always go.
      </p>
      {query.isPending && <p className="field__hint">Loading…</p>}
      {query.isError && (
        <div className="alert alert--error" role="alert">
          <p>Could not load the notification settings. {problemMessage(query.error)}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void query.refetch()}
          >
            Try again
          </button>
        </div>
      )}
      {query.data && (
        <dl className="detail-list">
          {query.data.preferences.map((p) => (
            <div key={p.category} className="detail-list__item">
              <dt>{categoryLabels[p.category]}</dt>
              <dd>
                {choiceLabels[p.choice]}
                <br />
                <span className="field__hint">{changedBy(p)}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
