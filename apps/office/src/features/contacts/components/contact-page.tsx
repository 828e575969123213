import { problemStatus } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { ListSkeleton } from '../../../components/list-skeleton';
import { PortalStatusBadge } from '../../../components/portal-status-badge';
import { QueryError } from '../../../components/query-error';
import { contactName } from '../../../lib/contact-name';
import { usePermissions } from '../../../lib/permissions';
import { contactOptions } from '../api/contact';
import { ContactAccessSection } from './contact-access-section';
import { ContactDetailsSection } from './contact-details-section';
import { ContactLinksSection } from './contact-links-section';
import { ContactNotificationsSection } from './contact-notifications-section';
import { DeleteContact } from './delete-contact';
import { PortalSection } from './portal-section';

export function ContactPage() {
  const { contactId = '' } = useParams();
  const contact = useQuery(contactOptions(contactId));
  const { can } = usePermissions();

  if (contact.isPending) {
    return <ListSkeleton label="Loading the contact" rows={4} columns={2} />;
  }
  if (contact.isError) {
    // An id from another organization answers 404 too: the same words for both.
    if (problemStatus(contact.error) === 404 || problemStatus(contact.error) === 400) {
      return (
        <section className="state">
          <title>Contact not found · Portico</title>
          <h1 className="state__title">This contact does not exist</h1>
          <p className="state__text">It may have been deleted, or the link is mistyped.</p>
          <Link className="button button--secondary" to="/contacts">
            Go to contacts
          </Link>
        </section>
      );
    }
    return <QueryError error={contact.error} onRetry={() => void contact.refetch()} what="the contact" />;
  }

  const data = contact.data;
  const name = contactName(data);
  const canWrite = can('contacts.write');
  return (
    <>
      <title>{`${name} · Contacts · Portico`}</title>
      <Breadcrumb to="/contacts" list="Contacts" current={name} />
      <header className="page-header">
        <div>
          <h1 className="page-header__title contact-title">
            {name} <PortalStatusBadge status={data.portalStatus} />
          </h1>
          <p className="page-header__text">
            {[data.jobTitle, data.email ?? 'No email'].filter(Boolean).join(' · ')}
          </p>
        </div>
        {canWrite && <DeleteContact contact={data} />}
      </header>
      {/* Keyed by contact: another contact's page must not inherit this one's unsaved edits. */}
      <div className="contact-layout" key={data.id}>
        <div className="contact-layout__main">
          <ContactDetailsSection contact={data} canWrite={canWrite} />
          <ContactLinksSection contact={data} canWrite={canWrite} />
        </div>
        <div className="contact-layout__side">
          <PortalSection
            contact={data}
            canInvite={can('invitations.send')}
            canWrite={canWrite}
            canManageAccess={can('access.manage')}
          />
          <ContactAccessSection contact={data} canManage={can('access.manage')} />
          <ContactNotificationsSection contactId={data.id} />
        </div>
      </div>
    </>
  );
}
