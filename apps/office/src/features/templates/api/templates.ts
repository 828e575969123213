import { pathKey, type RequestBody, unwrap } from '@portico/api-client';
import { keepPreviousData, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { $api, api } from '../../../lib/api';
import type { TemplateKind } from './template-kinds';

export type NewTemplate = RequestBody<'createTemplate'>;
export type TemplateChanges = RequestBody<'updateTemplate'>;
export type TemplatePreviewInput = RequestBody<'previewTemplate'>;

/** The list and one template live under different paths; a write refreshes both. */
export const templateKeys = {
  lists: pathKey('get', '/api/v1/templates'),
  details: pathKey('get', '/api/v1/templates/{id}'),
};

export const templatesOptions = (kind?: TemplateKind) =>
  $api.queryOptions('get', '/api/v1/templates', {
    params: { query: kind ? { limit: 200, kind } : { limit: 200 } },
  });

export const templateOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/templates/{id}', { params: { path: { id } } });

/**
 * The live preview: a read, so a query keyed by the text (repeated text is answered from cache);
 * the previous rendering stays on screen while the next one is on its way.
 */
export const templatePreviewOptions = (body: TemplatePreviewInput) =>
  $api.queryOptions(
    'post',
    '/api/v1/templates/preview',
    { body },
    { placeholderData: keepPreviousData, staleTime: 60_000 },
  );

async function invalidateTemplates(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: templateKeys.lists }),
    queryClient.invalidateQueries({ queryKey: templateKeys.details }),
  ]);
}

export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewTemplate) => unwrap(await api.POST('/api/v1/templates', { body })),
    onSuccess: () => invalidateTemplates(queryClient),
  });
}

export function useUpdateTemplate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TemplateChanges) =>
      unwrap(await api.PATCH('/api/v1/templates/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidateTemplates(queryClient),
  });
}

export function useDeleteTemplate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      // 204: no body to unwrap.
      const { error } = await api.DELETE('/api/v1/templates/{id}', { params: { path: { id } } });
      if (error !== undefined) throw error;
    },
    onSuccess: async () => {
      // The deleted template's own query would only answer 404 now.
      queryClient.removeQueries({ queryKey: templateOptions(id).queryKey });
      await queryClient.invalidateQueries({ queryKey: templateKeys.lists });
    },
  });
}
