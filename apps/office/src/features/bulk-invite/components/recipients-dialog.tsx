import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-error';
import { Spinner } from '../../../components/spinner';
import type { BatchCategory, BatchFilter } from '../api/batch-filter';
import { type Recipient, recipientsOptions } from '../api/batch-preview';
import { categoryInfo } from './batch-counts';
import { Modal } from './modal';

const statusLabels: Record<Recipient['portalStatus'], { label: string; tone: string }> = {
  not_invited: { label: 'Not invited', tone: 'badge--muted' },
  invited: { label: 'Invited', tone: 'badge--neutral' },
  enrolled: { label: 'Enrolled', tone: 'badge--success' },
  expired: { label: 'Expired', tone: 'badge--muted' },
  suspended: { label: 'Suspended', tone: 'bulk-badge--danger' },
};

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
          {recipients.isFetchNextPageError && (
            <p className="field__error" role="alert">
              Could not load more contacts. Try again.
            </p>
          )}
          {recipients.hasNextPage && (
            <div className="load-more">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void recipients.fetchNextPage()}
                disabled={recipients.isFetchingNextPage}
              >
                {recipients.isFetchingNextPage ? (
                  <>
                    <Spinner size="sm" /> Loading…
                  </>
                ) : (
                  `Load more (${(total ?? 0) - rows.length} left)`
                )}
              </button>
            </div>
          )}
        </>
      )}
    </Modal>
  );
}

function RecipientItem({ contact }: { contact: Recipient }) {
  const name = `${contact.firstName} ${contact.lastName}`.trim() || 'Unnamed contact';
  const status = statusLabels[contact.portalStatus];
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
        <span className={`badge ${status.tone}`}>{status.label}</span>
        {accounts && <span className="bulk-recipient__accounts">{accounts}</span>}
      </div>
    </li>
  );
}
