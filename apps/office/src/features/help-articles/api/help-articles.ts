import { pathKey, type RequestBody, type ResponseBody, unwrap } from '@portico/api-client';
import { keepPreviousData, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { $api, api } from '../../../lib/api';

export type HelpArticle = ResponseBody<'listHelpArticles'>['items'][number];
export type RenderedHelpArticle = ResponseBody<'getHelpArticle'>;
export type HelpArticleInput = RequestBody<'createHelpArticle'>;
export type HelpTopic = NonNullable<HelpArticle['topic']>;

/** The topics and how the office reads them; the portal's empty states link by these. */
export const helpTopicLabels: Record<HelpTopic, string> = {
  properties: 'Properties',
  documents: 'Documents',
  invoices: 'Invoices',
  proposals: 'Proposals',
  defects: 'Defects',
  messages: 'Messages',
  service_requests: 'Service requests',
  sign_in: 'Signing in',
};

/** General to specific: the ordered list, every article, one article. */
export const helpArticleKeys = {
  list: pathKey('get', '/api/v1/help-articles'),
  details: pathKey('get', '/api/v1/help-articles/{id}'),
};

export const helpArticlesOptions = () => $api.queryOptions('get', '/api/v1/help-articles');

export const helpArticleOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/help-articles/{id}', { params: { path: { id } } });

/** The HTML the portal would show, from the API's renderer and sanitizer (never rendered here). */
export const helpPreviewOptions = (body: string) =>
  $api.queryOptions(
    'post',
    '/api/v1/help-articles/preview',
    { body: { body } },
    { placeholderData: keepPreviousData, staleTime: 60_000 },
  );

async function invalidate(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: helpArticleKeys.list }),
    queryClient.invalidateQueries({ queryKey: helpArticleKeys.details }),
  ]);
}

export function useCreateHelpArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: HelpArticleInput) => unwrap(await api.POST('/api/v1/help-articles', { body })),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useUpdateHelpArticle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RequestBody<'updateHelpArticle'>) =>
      unwrap(await api.PATCH('/api/v1/help-articles/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(queryClient),
  });
}

export function usePublishHelpArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, published }: { id: string; published: boolean }) =>
      unwrap(
        await api.POST('/api/v1/help-articles/{id}/publish', {
          params: { path: { id } },
          body: { published },
        }),
      ),
    onSuccess: () => invalidate(queryClient),
  });
}

export function useDeleteHelpArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const { error } = await api.DELETE('/api/v1/help-articles/{id}', { params: { path: { id } } });
      if (error) throw error;
    },
    onSuccess: () => invalidate(queryClient),
  });
}

/** One step up or down; the answer is the whole new order, which the list takes as is. */
export function useMoveHelpArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, direction }: { id: string; direction: 'up' | 'down' }) =>
      unwrap(
        await api.POST('/api/v1/help-articles/{id}/move', { params: { path: { id } }, body: { direction } }),
      ),
    onSuccess: (list) => queryClient.setQueryData(helpArticlesOptions().queryKey, list),
  });
}
