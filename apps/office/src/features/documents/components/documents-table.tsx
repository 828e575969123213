import { Link } from 'react-router';
import { formatAmount, formatDay, kindLabels } from '../api/document-labels';
import type { OfficeDocument } from '../api/documents';
import { DecisionSummary } from './decision-summary';

interface DocumentsTableProps {
  documents: OfficeDocument[];
  busy: boolean;
  /** The link that opens one document's details (the page keeps it in the URL). */
  detailsHref: (document: OfficeDocument) => string;
}

const dash = <span className="muted">—</span>;

/** A table on wide screens, cards under 640 px (the shared `table--cards` pattern). */
export function DocumentsTable({ documents, busy, detailsHref }: DocumentsTableProps) {
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table table--cards documents-table">
        <caption className="visually-hidden">Documents</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Customer</th>
            <th scope="col">Issued</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col">Portal</th>
            <th scope="col">Decision</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.id}>
              <th scope="row" className="table__primary">
                <Link className="table__name" to={detailsHref(document)}>
                  {document.title}
                </Link>
                <span className="table__sub">
                  {[kindLabels[document.kind], document.number].filter(Boolean).join(' · ')}
                </span>
              </th>
              <td data-label="Customer">
                <Link to={`/accounts/${document.accountId}`}>{document.accountName}</Link>
                <span className="table__sub">
                  {document.buildingId ? (
                    <Link to={`/buildings/${document.buildingId}`}>{document.buildingName}</Link>
                  ) : (
                    'Whole account'
                  )}
                </span>
              </td>
              <td data-label="Issued">{document.issuedOn ? formatDay(document.issuedOn) : dash}</td>
              <td data-label="Amount" className="num">
                {document.amount === null ? dash : formatAmount(document.amount, document.currency)}
              </td>
              <td data-label="Portal">
                <span className={`badge ${document.published ? 'badge--success' : 'badge--muted'}`}>
                  {document.published ? 'Published' : 'Not published'}
                </span>
              </td>
              <td data-label="Decision" className="documents-table__decision">
                <DecisionSummary document={document} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
