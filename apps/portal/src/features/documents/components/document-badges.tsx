import { formatDateTime } from '../../../lib/format';
import type { PortalDocument } from '../../../lib/portal-types';

/** What needs the customer: an overdue invoice, a proposal waiting for an answer, or the answer. */
export function DocumentBadges({ document }: { document: PortalDocument }) {
  return (
    <>
      {document.overdue && <span className="badge badge--danger">Overdue</span>}
      {document.kind === 'invoice' && !document.overdue && !document.status && isPaid(document) && (
        <span className="badge badge--ok">Paid</span>
      )}
      {document.kind === 'proposal' && !document.decision && (
        <span className="badge badge--warning">Awaiting your decision</span>
      )}
      {document.decision && (
        <span
          className={`badge ${document.decision.decision === 'accepted' ? 'badge--ok' : 'badge--danger'}`}
          title={`By ${document.decision.name}, ${formatDateTime(document.decision.decidedAt)}`}
        >
          {document.decision.decision === 'accepted' ? 'Accepted' : 'Declined'}
        </span>
      )}
      {/* Once answered, the proposal's own status line would only contradict the answer. */}
      {document.status && !(document.kind === 'proposal' && document.decision) && (
        <span className="badge">{document.status}</span>
      )}
    </>
  );
}

export const isPaid = (document: PortalDocument) =>
  document.amount !== null && (document.amountPaid ?? 0) >= document.amount && document.amount > 0;
