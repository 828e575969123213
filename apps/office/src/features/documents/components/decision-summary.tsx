import { Link } from 'react-router';
import { formatDateTime } from '../api/document-labels';
import type { OfficeDocument } from '../api/documents';

/**
 * A proposal's answer from the customer: accepted or declined, the name they signed with, when,
 * and their note; "Awaiting a decision" until then. Other kinds have none.
 */
export function DecisionSummary({ document, full = false }: { document: OfficeDocument; full?: boolean }) {
  if (document.kind !== 'proposal') return <span className="muted">—</span>;
  const { decision } = document;
  if (!decision) return <span className="badge badge--muted">Awaiting a decision</span>;
  const accepted = decision.decision === 'accepted';
  const signedAs =
    decision.contactName && decision.contactName !== decision.name ? decision.contactName : null;
  return (
    <span className="decision">
      <span className={`badge ${accepted ? 'badge--success' : 'badge--declined'}`}>
        {accepted ? 'Accepted' : 'Declined'}
      </span>
      <span className="decision__who">
        {decision.name ? `by ${decision.name}` : 'by the customer'}
        {decision.decidedAt && <> · {formatDateTime(decision.decidedAt)}</>}
      </span>
      {decision.contactId && (signedAs || full) && (
        <span className="decision__contact">
          Signed in as{' '}
          <Link to={`/contacts/${decision.contactId}`}>{decision.contactName ?? 'a contact'}</Link>
        </span>
      )}
      {decision.note && (
        <q className={full ? 'decision__note' : 'decision__note decision__note--short'}>{decision.note}</q>
      )}
    </span>
  );
}
