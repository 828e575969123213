import {
  infiniteKey,
  nextCursor,
  pathKey,
  type QueryParams,
  type ResponseBody,
  unwrap,
} from '@portico/api-client';
import { fileFrom, saveFile } from '@portico/ui';
import { infiniteQueryOptions, keepPreviousData, useMutation } from '@tanstack/react-query';
import { $api, api } from '../../../lib/api';

export type OfficeDocument = ResponseBody<'getDocument'>;
export type DocumentKind = OfficeDocument['kind'];
export type ProposalDecision = NonNullable<OfficeDocument['decision']>;
type ListDocumentsQuery = QueryParams<'listDocuments'>;

/** The list's filters as the URL holds them; '' means "any". */
export interface DocumentFilters {
  search: string;
  kind: '' | DocumentKind;
  published: '' | 'yes' | 'no';
  decision: '' | 'accepted' | 'declined' | 'undecided';
  accountId: string;
  buildingId: string;
}

export const noFilters: DocumentFilters = {
  search: '',
  kind: '',
  published: '',
  decision: '',
  accountId: '',
  buildingId: '',
};

const PAGE_SIZE = 25;

/** General to specific: every documents list, then one filtered list; one document by id. */
export const documentKeys = {
  all: pathKey('get', '/api/v1/documents'),
  list: (query: ListDocumentsQuery) => infiniteKey('get', '/api/v1/documents', query),
  details: pathKey('get', '/api/v1/documents/{id}'),
};

export function toQuery(filters: DocumentFilters): ListDocumentsQuery {
  const { search, kind, published, decision, accountId, buildingId } = filters;
  return {
    limit: PAGE_SIZE,
    ...(search && { q: search }),
    ...(kind && { kind }),
    ...(published && { published: published === 'yes' }),
    ...(decision && { decision }),
    ...(accountId && { accountId }),
    ...(buildingId && { buildingId }),
  };
}

export function documentsListOptions(filters: DocumentFilters) {
  const query = toQuery(filters);
  return infiniteQueryOptions({
    queryKey: documentKeys.list(query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/documents', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export const documentOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/documents/{id}', { params: { path: { id } } });

/** Saves a document's PDF (fetched with the session's token, so never a plain link). */
export function useDownloadDocumentFile() {
  return useMutation({
    mutationFn: async (document: Pick<OfficeDocument, 'id' | 'number' | 'title'>) =>
      saveFile(
        fileFrom(
          await api.GET('/api/v1/documents/{id}/file', {
            params: { path: { id: document.id }, query: { disposition: 'attachment' } },
            parseAs: 'blob',
          }),
          `${document.number ?? document.title}.pdf`,
        ),
      ),
  });
}
