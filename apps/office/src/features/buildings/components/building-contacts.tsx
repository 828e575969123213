import type { Building, Contact } from '@portico/api-client';
import { problemMessage } from '@portico/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/dialog';
import { ListSkeleton } from '../../../components/list-skeleton';
import { LoadMore } from '../../../components/load-more';
import { PortalStatusBadge } from '../../../components/portal-status-badge';
import { QueryError } from '../../../components/query-error';
import { contactName } from '../../../lib/contact-name';
import { buildingContactsOptions, useUnlinkContactBuilding } from '../api/building-contacts';
import { ContactPicker } from './contact-picker';

/** The contacts who see this building in the portal, and adding or removing direct links. */
export function BuildingContacts({ building, canWrite }: { building: Building; canWrite: boolean }) {
  const contacts = useInfiniteQuery(buildingContactsOptions(building.id));
  const rows = contacts.data?.pages.flatMap((page) => page.items) ?? [];
  const total = contacts.data?.pages[0]?.total;
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // The picker unmounts on close; focus goes back to the button that opened it.
  const closePicker = () => {
    setAdding(false);
    addButton.current?.focus();
  };
  const [removing, setRemoving] = useState<Contact | null>(null);

  return (
    <section className="tab-section" aria-labelledby="building-contacts-title">
      <div className="tab-section__header">
        <div className="tab-section__intro">
          <h2 id="building-contacts-title" className="section-title">
            Contacts {total !== undefined && <span className="tabs__count">{total}</span>}
          </h2>
          <p className="muted">
            Who sees this building in the portal: contacts linked to it directly, and everyone linked to{' '}
            {building.accountName}.
          </p>
        </div>
        {canWrite && (
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              ref={addButton}
              aria-expanded={adding}
              onClick={() => setAdding((open) => !open)}
            >
              Add an existing contact
            </button>
            <Link className="button button--primary" to={`/contacts/new?buildingId=${building.id}`}>
              Create a new contact
            </Link>
          </div>
        )}
      </div>

      {adding && <ContactPicker building={building} onClose={closePicker} />}

      {contacts.isPending ? (
        <ListSkeleton label="Loading contacts" />
      ) : contacts.isError && rows.length === 0 ? (
        <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} what="contacts" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h3 className="state__title">Nobody sees this building yet</h3>
          <p className="state__text">
            Add a contact here, or link one to the account to show them all its buildings.
          </p>
        </section>
      ) : (
        <>
          <ul className="item-list">
            {rows.map((contact) => {
              const direct = contact.buildings.some((b) => b.buildingId === building.id);
              return (
                <li key={contact.id} className="item-list__item">
                  <div className="item-list__main">
                    <Link className="item-list__name" to={`/contacts/${contact.id}`}>
                      {contactName(contact)}
                    </Link>
                    <span className="item-list__sub">{contact.email ?? 'No email'}</span>
                    {!direct && (
                      <span className="item-list__sub">
                        Through the account{' '}
                        <Link to={`/accounts/${building.accountId}`}>{building.accountName}</Link>
                      </span>
                    )}
                  </div>
                  <PortalStatusBadge status={contact.portalStatus} />
                  {direct && canWrite && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => setRemoving(contact)}
                    >
                      Remove<span className="visually-hidden"> {contactName(contact)}</span>
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          <LoadMore query={contacts} what="contacts" />
        </>
      )}

      <RemoveLinkDialog building={building} contact={removing} onClose={() => setRemoving(null)} />
    </section>
  );
}

function RemoveLinkDialog(props: { building: Building; contact: Contact | null; onClose: () => void }) {
  const { building, contact, onClose } = props;
  const unlink = useUnlinkContactBuilding();
  const close = () => {
    onClose();
    unlink.reset();
  };
  const name = contact ? contactName(contact) : '';
  const viaAccount = contact?.accounts.some((a) => a.accountId === building.accountId) ?? false;
  return (
    <ConfirmDialog
      open={contact !== null}
      title={`Remove ${name} from ${building.name}?`}
      confirmLabel="Remove contact"
      pendingLabel="Removing…"
      pending={unlink.isPending}
      onCancel={close}
      onConfirm={() =>
        contact &&
        unlink.mutate({ params: { path: { id: contact.id, buildingId: building.id } } }, { onSuccess: close })
      }
      error={unlink.error && problemMessage(unlink.error)}
    >
      <p>
        {viaAccount
          ? `${name} is also linked to ${building.accountName}, so they will still see this building.`
          : `${name} will no longer see this building in the portal.`}{' '}
        The contact itself is kept.
      </p>
    </ConfirmDialog>
  );
}
