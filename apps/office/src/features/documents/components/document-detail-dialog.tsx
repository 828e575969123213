import { problemStatus } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DetailSkeleton } from '../../../components/detail-states';
import { Dialog } from '../../../components/dialog';
import { QueryError } from '../../../components/query-error';
import { formatAmount, formatDateTime, formatDay, kindLabels } from '../api/document-labels';
import { documentOptions, type OfficeDocument, useDownloadDocumentFile } from '../api/documents';
import { DecisionSummary } from './decision-summary';

interface DocumentDetailDialogProps {
  /** '' when closed. */
  documentId: string;
  onClose: () => void;
  renderAudience?: ((document: OfficeDocument) => ReactNode) | undefined;
}

export function DocumentDetailDialog({ documentId, onClose, renderAudience }: DocumentDetailDialogProps) {
  const document = useQuery({ ...documentOptions(documentId), enabled: documentId !== '' });
  const title = document.data?.title ?? 'Document';
  return (
    <Dialog open={documentId !== ''} onClose={onClose} title={title}>
      {document.isPending ? (
        <DetailSkeleton label="Loading the document" />
      ) : document.isError ? (
        problemStatus(document.error) === 404 || problemStatus(document.error) === 400 ? (
          <p className="state__text">
            This document does not exist: it may have been removed, or the link is wrong.
          </p>
        ) : (
          <QueryError error={document.error} onRetry={() => void document.refetch()} what="the document" />
        )
      ) : (
        <>
          <DocumentDetails document={document.data} />
          {document.data.kind === 'proposal' && (
            <section className="doc-detail__section" aria-labelledby="doc-decision-title">
              <h3 id="doc-decision-title" className="section-title">
                Customer’s decision
              </h3>
              <DecisionSummary document={document.data} full />
            </section>
          )}
          {renderAudience?.(document.data)}
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

const dash = <span className="muted">—</span>;
const day = (value: string | null) => (value ? formatDay(value) : dash);
const money = (document: OfficeDocument, value: number | null) =>
  value === null ? dash : formatAmount(value, document.currency);

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="detail-list__item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function DownloadButton({ document }: { document: OfficeDocument }) {
  const download = useDownloadDocumentFile();
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={download.isPending}
        onClick={() => download.mutate(document)}
      >
        {download.isPending ? 'Downloading…' : 'Download PDF'}
      </button>
      {download.isError && (
        <span className="field__error" role="alert">
          {' '}
          The file could not be downloaded. Try again.
        </span>
      )}
    </>
  );
}

function DocumentDetails({ document }: { document: OfficeDocument }) {
  const invoice = document.kind === 'invoice';
  return (
    <dl className="detail-list">
      <Row term="Kind">{kindLabels[document.kind]}</Row>
      <Row term="Number">{document.number ?? dash}</Row>
      <Row term="Account">
        <Link to={`/accounts/${document.accountId}`}>{document.accountName}</Link>
      </Row>
      <Row term="Building">
        {document.buildingId ? (
          <Link to={`/buildings/${document.buildingId}`}>{document.buildingName}</Link>
        ) : (
          <span className="muted">None: it belongs to the whole account</span>
        )}
      </Row>
      <Row term="In the portal">
        {document.published ? (
          <>
            <span className="badge badge--success">Published</span>
            {document.publishedAt && <> {formatDateTime(document.publishedAt)}</>}
          </>
        ) : (
          <span className="badge badge--muted">Not published</span>
        )}
      </Row>
      <Row term="Status">{document.status ?? dash}</Row>
      <Row term="Issued">{day(document.issuedOn)}</Row>
      {invoice && <Row term="Due">{day(document.dueOn)}</Row>}
      <Row term="Amount">{money(document, document.amount)}</Row>
      {invoice && <Row term="Paid">{money(document, document.amountPaid)}</Row>}
      {invoice && <Row term="Paid on">{day(document.paidOn)}</Row>}
      <Row term="PDF file">
        {document.hasFile ? <DownloadButton document={document} /> : <span className="muted">None yet</span>}
      </Row>
      <Row term="External ID">
        <code>{document.externalId}</code>
      </Row>
    </dl>
  );
}
