import { Spinner } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { LoadError, Loading } from '../../../components/load-state';
import { kindLabel } from '../../../lib/document-areas';
import { formatDate, formatMoney } from '../../../lib/format';
import type { PortalDocument } from '../../../lib/portal-types';
import { failureMessage } from '../../../lib/problems';
import { PayNowButton } from '../../payments/components/pay-now-button';
import { documentOptions, useDownloadDocument } from '../api/documents';
import { DecisionForm } from './decision-form';
import { DocumentBadges } from './document-badges';
import { DocumentPreview } from './document-preview';

/** Loads one document (a deep link, a row's overlay) and shows it, or why it cannot. */
export function DocumentDetailLoader({
  id,
  defaultName,
  children,
}: {
  id: string;
  defaultName: string;
  /** Around the details: the overlay's or the page's frame, given the title once known. */
  children: (title: string, body: ReactNode) => ReactNode;
}) {
  const document = useQuery(documentOptions(id));
  if (document.isPending) return children('Document', <Loading>Loading the document…</Loading>);
  if (document.isError) {
    return children(
      'Document',
      <LoadError what="this document" error={document.error} retry={() => void document.refetch()} />,
    );
  }
  return children(document.data.title, <DocumentDetail document={document.data} defaultName={defaultName} />);
}

/** Everything about one document: its facts, its PDF (preview, download) and, for a proposal, the decision. */
export function DocumentDetail({ document, defaultName }: { document: PortalDocument; defaultName: string }) {
  const download = useDownloadDocument();
  const [previewing, setPreviewing] = useState(false);
  const invoice = document.kind === 'invoice';

  return (
    <div className="stack">
      <p className="badges">
        <span className="badge">{kindLabel(document.kind)}</span>
        <DocumentBadges document={document} />
      </p>
      <dl className="facts">
        {document.number && <Fact term="Number">{document.number}</Fact>}
        <Fact term="Property">{document.buildingName ?? 'All properties'}</Fact>
        <Fact term="Account">{document.accountName}</Fact>
        <Fact term="Issued">{formatDate(document.issuedOn)}</Fact>
        {document.dueOn && <Fact term="Due">{formatDate(document.dueOn)}</Fact>}
        {document.amount !== null && (
          <Fact term="Amount">{formatMoney(document.amount, document.currency)}</Fact>
        )}
        {invoice && <Fact term="Paid">{formatMoney(document.amountPaid ?? 0, document.currency)}</Fact>}
        {document.paidOn && <Fact term="Paid on">{formatDate(document.paidOn)}</Fact>}
      </dl>
      {document.overdue && (
        <p className="alert alert--error">
          This invoice is overdue:{' '}
          {formatMoney((document.amount ?? 0) - (document.amountPaid ?? 0), document.currency)} was due on{' '}
          {formatDate(document.dueOn)}.
        </p>
      )}
      {invoice && <PayNowButton document={document} />}
      {document.hasFile ? (
        <div className="stack stack--tight">
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => download.mutate(document)}
              disabled={download.isPending}
            >
              {download.isPending && <Spinner size="sm" />}
              Download PDF
            </button>
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={previewing}
              onClick={() => setPreviewing((shown) => !shown)}
            >
              {previewing ? 'Hide preview' : 'Preview'}
            </button>
          </div>
          {download.isError && (
            <p className="alert alert--error" role="alert">
              The download failed. {failureMessage(download.error)}
            </p>
          )}
          {previewing && <DocumentPreview document={document} />}
        </div>
      ) : (
        <p className="muted">There is no PDF for this document yet.</p>
      )}
      {document.kind === 'proposal' && <DecisionForm document={document} defaultName={defaultName} />}
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
