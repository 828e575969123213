import type { AccountDetail, Contact } from '@portico/api-client';
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
import { accountContactsOptions, useUnlinkContactAccount } from '../api/account-contacts';
import { ContactPicker } from './contact-picker';

interface TabProps {
  account: AccountDetail;
  canWrite: boolean;
}

export function AccountContactsTab({ account, canWrite }: TabProps) {
  const contacts = useInfiniteQuery(accountContactsOptions(account.id));
  const rows = contacts.data?.pages.flatMap((page) => page.items) ?? [];
  const total = contacts.data?.pages[0]?.total ?? 0;
  // The tab counts direct links; the list also holds contacts linked to one of the buildings.
  const direct = account.counts.contacts;
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // The picker unmounts on close; focus goes back to the button that opened it.
  const closePicker = () => {
    setAdding(false);
    addButton.current?.focus();
  };
  const [removing, setRemoving] = useState<Contact | null>(null);

  return (
    <div className="tab-section">
      <div className="tab-section__header">
        <p className="muted tab-section__intro">
          Contacts linked to the account, or to one of its buildings. A contact linked to the account sees all
          of its buildings in the portal.
        </p>
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
            <Link className="button button--primary" to={`/contacts/new?accountId=${account.id}`}>
              Create a new contact
            </Link>
          </div>
        )}
      </div>

      {adding && <ContactPicker account={account} onClose={closePicker} />}

      {contacts.isPending ? (
        <ListSkeleton label="Loading contacts" />
      ) : contacts.isError && rows.length === 0 ? (
        <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} what="contacts" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h3 className="state__title">No contacts yet</h3>
          <p className="state__text">
            Link the customer’s people here so they can be invited to the portal and see this account.
          </p>
        </section>
      ) : (
        <>
          <p className="list-summary">
            {total === 1 ? '1 contact' : `${total} contacts`}
            {total > direct && ` · ${direct} linked to the account, ${total - direct} through its buildings`}
            {rows.length < total && ` · showing ${rows.length}`}
          </p>
          <ul className="item-list">
            {rows.map((contact) => (
              <ContactRow
                key={contact.id}
                contact={contact}
                accountId={account.id}
                onRemove={canWrite ? () => setRemoving(contact) : undefined}
              />
            ))}
          </ul>
          <LoadMore query={contacts} what="contacts" />
        </>
      )}

      <RemoveContactDialog account={account} contact={removing} onClose={() => setRemoving(null)} />
    </div>
  );
}

function ContactRow({
  contact,
  accountId,
  onRemove,
}: {
  contact: Contact;
  accountId: string;
  onRemove: (() => void) | undefined;
}) {
  const link = contact.accounts.find((a) => a.accountId === accountId);
  const viaBuildings = contact.buildings.filter((b) => b.accountId === accountId);
  return (
    <li className="item-list__item">
      <div className="item-list__main">
        <Link className="item-list__name" to={`/contacts/${contact.id}`}>
          {contactName(contact)}
        </Link>
        <span className="item-list__sub">{contact.email ?? 'No email'}</span>
        {!link && viaBuildings.length > 0 && (
          <span className="item-list__sub">
            Through {viaBuildings.length === 1 ? 'building' : 'buildings'}{' '}
            {viaBuildings.map((b, i) => (
              <span key={b.buildingId}>
                {i > 0 && ', '}
                <Link to={`/buildings/${b.buildingId}`}>{b.buildingName}</Link>
              </span>
            ))}
          </span>
        )}
      </div>
      <div className="item-list__badges">
        <PortalStatusBadge status={contact.portalStatus} />
        {link?.isBillingContact && <span className="badge badge--neutral">Billing contact</span>}
      </div>
      {link && onRemove && (
        <button type="button" className="button button--secondary button--small" onClick={onRemove}>
          Remove<span className="visually-hidden"> {contactName(contact)}</span>
        </button>
      )}
    </li>
  );
}

function RemoveContactDialog({
  account,
  contact,
  onClose,
}: {
  account: AccountDetail;
  contact: Contact | null;
  onClose: () => void;
}) {
  const unlink = useUnlinkContactAccount();
  const close = () => {
    onClose();
    unlink.reset();
  };
  const name = contact ? contactName(contact) : '';
  return (
    <ConfirmDialog
      open={contact !== null}
      title={`Remove ${name} from ${account.name}?`}
      confirmLabel="Remove contact"
      pendingLabel="Removing…"
      pending={unlink.isPending}
      onCancel={close}
      onConfirm={() =>
        contact &&
        unlink.mutate({ params: { path: { id: contact.id, accountId: account.id } } }, { onSuccess: close })
      }
      error={unlink.error && problemMessage(unlink.error)}
    >
      <p>
        {name} will no longer see this account’s buildings in the portal, except buildings they are linked to
        directly. The contact itself is kept.
      </p>
    </ConfirmDialog>
  );
}
