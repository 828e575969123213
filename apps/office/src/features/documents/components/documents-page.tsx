import { useInfiniteQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ListSkeleton } from '../../../components/list-skeleton';
import { ListSummary } from '../../../components/list-summary';
import { LoadMore } from '../../../components/load-more';
import { QueryError } from '../../../components/query-error';
import {
  documentsListOptions,
  type DocumentFilters as Filters,
  noFilters,
  type OfficeDocument,
} from '../api/documents';
import { DocumentDetailDialog } from './document-detail-dialog';
import { DocumentFilters } from './document-filters';
import { DocumentsTable } from './documents-table';

const filterParams: Record<keyof Filters, string> = {
  search: 'q',
  kind: 'kind',
  published: 'published',
  decision: 'decision',
  accountId: 'accountId',
  buildingId: 'buildingId',
};

const kinds = ['inspection_report', 'service_report', 'proposal', 'invoice'] as const;
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | '' =>
  allowed.includes(value as T) ? (value as T) : '';

/** Filters and the open document live in the URL: a filtered list or a document can be shared. */
function useDocumentsUrl() {
  const [params, setParams] = useSearchParams();
  const get = (name: string) => params.get(name) ?? '';
  const search = get('q');
  const kind = oneOf(params.get('kind'), kinds);
  const published = oneOf(params.get('published'), ['yes', 'no'] as const);
  const decision = oneOf(params.get('decision'), ['accepted', 'declined', 'undecided'] as const);
  const accountId = get('accountId');
  const buildingId = get('buildingId');
  const filters = useMemo(
    () => ({ search, kind, published, decision, accountId, buildingId }),
    [search, kind, published, decision, accountId, buildingId],
  );
  const openId = get('document');

  const setFilters = useCallback(
    (next: Filters) =>
      setParams(
        (current) => {
          const query = new URLSearchParams(current);
          for (const [key, param] of Object.entries(filterParams)) {
            const value = next[key as keyof Filters];
            if (value) query.set(param, value);
            else query.delete(param);
          }
          return query;
        },
        { replace: true },
      ),
    [setParams],
  );
  const withDocument = (id: string) => {
    const query = new URLSearchParams(params);
    if (id) query.set('document', id);
    else query.delete('document');
    return `?${query.toString()}`;
  };
  return { filters, setFilters, openId, withDocument, setParams };
}

interface DocumentsPageProps {
  /** "Who can see this?" for the open document, composed in by the app (another feature's screen). */
  renderAudience?: (document: OfficeDocument) => ReactNode;
}

export function DocumentsPage({ renderAudience }: DocumentsPageProps) {
  const { filters, setFilters, openId, withDocument, setParams } = useDocumentsUrl();
  const documents = useInfiniteQuery(documentsListOptions(filters));
  const rows = documents.data?.pages.flatMap((page) => page.items) ?? [];
  const total = documents.data?.pages[0]?.total ?? 0;
  const filtered = Object.values(filters).some(Boolean);
  const updating = documents.isFetching && !documents.isFetchingNextPage && !documents.isPending;

  return (
    <>
      <title>Documents · Portico</title>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Documents</h1>
          <p className="page-header__text">
            Reports, proposals and invoices your systems have sent in, and what customers decided on
            proposals.
          </p>
        </div>
      </header>

      <DocumentFilters filters={filters} onChange={setFilters} />

      <ListSummary noun={['document', 'documents']} total={total} shown={rows.length} updating={updating}>
        {filtered && rows.length > 0 && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setFilters(noFilters)}
          >
            Clear filters
          </button>
        )}
      </ListSummary>

      {documents.isPending ? (
        <ListSkeleton label="Loading documents" columns={3} />
      ) : documents.isError && rows.length === 0 ? (
        <QueryError error={documents.error} onRetry={() => void documents.refetch()} what="documents" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h2 className="state__title">{filtered ? 'No documents match' : 'No documents yet'}</h2>
          <p className="state__text">
            {filtered
              ? 'Try another search or fewer filters.'
              : 'Documents appear here once your operations system sends them in through the integration API.'}
          </p>
          {filtered && (
            <button type="button" className="button button--secondary" onClick={() => setFilters(noFilters)}>
              Clear filters
            </button>
          )}
        </section>
      ) : (
        <>
          <DocumentsTable
            documents={rows}
            busy={updating}
            detailsHref={(document) => withDocument(document.id)}
          />
          <LoadMore query={documents} what="documents" remaining={total - rows.length} />
        </>
      )}

      <DocumentDetailDialog
        documentId={openId}
        onClose={() =>
          setParams(
            (current) => {
              const query = new URLSearchParams(current);
              query.delete('document');
              return query;
            },
            { replace: true },
          )
        }
        renderAudience={renderAudience}
      />
    </>
  );
}
