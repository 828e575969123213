import { Spinner } from '@portico/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LoadMore } from '../../../components/load-more';
import { PortalStatusBadge } from '../../../components/portal-status-badge';
import { QueryError } from '../../../components/query-error';
import { contactName } from '../../../lib/contact-name';
import type { BatchCategory, BatchFilter } from '../api/batch-filter';
import { type Recipient, recipientsOptions } from '../api/batch-preview';
import { categoryInfo } from './batch-counts';
import { Modal } from './modal';

interface RecipientsDialogProps {
  filter: BatchFilter;
  category: BatchCategory;
  onClose: () => void;
}

/** The contacts behind one count, a page at a time. */
export function RecipientsDialog({ filter, category, onClose }: RecipientsDialogProps) {
  const recipients = useInfiniteQuery(recipientsOptions(filter, category));
  const rows = recipients.data?.pages.flatMap((page) => page.items) ?? [];
  const total = recipients.data?.pages[0]?.total;

  return (
    <Modal
      size="lg"
      onClose={onClose}
      title={
        <>
          {categoryInfo[category].label}
          {total !== undefined && <span className="bulk-modal__count"> · {total.toLocaleString()}</span>}
        </>
      }
    >
      <p className="muted">{categoryInfo[category].hint}.</p>
      {recipients.isPending ? (
        <p className="bulk-recipients__loading" role="status">
          <Spinner size="sm" /> Loading contacts…
        </p>
      ) : recipients.isError && rows.length === 0 ? (
        <QueryError
          error={recipients.error}
          onRetry={() => void recipients.refetch()}
          what="these contacts"
        />
      ) : rows.length === 0 ? (
        <p className="bulk-recipients__empty">No contacts in this group.</p>
      ) : (
        <>
          <ul className="bulk-recipients">
            {rows.map((contact) => (
              <RecipientItem key={contact.id} contact={contact} />
            ))}
          </ul>
          <LoadMore
            query={recipients}
            what="contacts"
            remaining={total === undefined ? undefined : total - rows.length}
          />
        </>
      )}
    </Modal>
  );
}

function RecipientItem({ contact }: { contact: Recipient }) {
  const name = contactName(contact) || 'Unnamed contact';
  const accounts = contact.accounts.map((a) => a.accountName).join(', ');
  return (
    <li className="bulk-recipient">
      <div className="bulk-recipient__main">
        <Link to={`/contacts/${contact.id}`} className="bulk-recipient__name">
          {name}
        </Link>
        <span className="bulk-recipient__email">
          {contact.email ?? <span className="muted">No email</span>}
        </span>
      </div>
      <div className="bulk-recipient__side">
        <PortalStatusBadge status={contact.portalStatus} />
        {accounts && <span className="bulk-recipient__accounts">{accounts}</span>}
      </div>
    </li>
  );
}
