import { infiniteKey, nextCursor, pathKey, unwrap } from '@portico/api-client';
import { fileFrom, saveFile } from '@portico/ui';
import { infiniteQueryOptions, keepPreviousData, useMutation } from '@tanstack/react-query';
import { $api, api, queryClient } from '../../../lib/api';
import type { ListDocumentsQuery, PortalDocument } from '../../../lib/portal-types';

const PAGE_SIZE = 25;

/** General to specific: every document list, one filtered list; every document, one by id. */
export const documentKeys = {
  lists: pathKey('get', '/portal/v1/documents'),
  list: (query: ListDocumentsQuery) => infiniteKey('get', '/portal/v1/documents', query),
  details: pathKey('get', '/portal/v1/documents/{id}'),
};

export type DocumentFilters = Omit<ListDocumentsQuery, 'limit' | 'cursor'>;

/** A filtered list, newest issued first, a page at a time. */
export function documentListOptions(filters: DocumentFilters, pageSize = PAGE_SIZE) {
  const query = { ...filters, limit: pageSize } as ListDocumentsQuery;
  return infiniteQueryOptions({
    queryKey: documentKeys.list(query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/portal/v1/documents', {
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
  $api.queryOptions('get', '/portal/v1/documents/{id}', { params: { path: { id } } });

/** A proposal's answer. The document, its lists and the dashboard's counts all change with it. */
export function useDecideProposal() {
  return $api.useMutation('post', '/portal/v1/documents/{id}/decision', {
    onSuccess: (document: PortalDocument) => {
      queryClient.setQueryData(documentOptions(document.id).queryKey, document);
      return Promise.all(
        [
          documentKeys.lists,
          documentKeys.details,
          pathKey('get', '/portal/v1/dashboard'),
          pathKey('get', '/portal/v1/buildings'),
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
    // Answered meanwhile (409) or gone: the page shows the document as it now is.
    onError: () => queryClient.invalidateQueries({ queryKey: documentKeys.details }),
  });
}

const fallbackName = (document: Pick<PortalDocument, 'number' | 'title'>) =>
  `${(document.number ?? document.title).replace(/[^\w.-]+/g, '-')}.pdf`;

/** The document's PDF, fetched with the session: to show inline, or to save. */
export async function fetchDocumentFile(
  document: Pick<PortalDocument, 'id' | 'number' | 'title'>,
  disposition: 'inline' | 'attachment',
) {
  return fileFrom(
    await api.GET('/portal/v1/documents/{id}/file', {
      params: { path: { id: document.id }, query: { disposition } },
      parseAs: 'blob',
    }),
    fallbackName(document),
  );
}

export function useDownloadDocument() {
  return useMutation({
    mutationFn: async (document: Pick<PortalDocument, 'id' | 'number' | 'title'>) =>
      saveFile(await fetchDocumentFile(document, 'attachment')),
  });
}
