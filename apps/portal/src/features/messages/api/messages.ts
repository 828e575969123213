import {
  infiniteKey,
  nextCursor,
  pathKey,
  type ResponseBody,
  rawFileBody,
  unwrap,
} from '@portico/api-client';
import { fileFrom, saveFile } from '@portico/ui';
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type PortalThreadSummary = ResponseBody<'listPortalMessageThreads'>['items'][number];
export type PortalThread = ResponseBody<'getPortalMessageThread'>;
export type PortalMessage = PortalThread['messages'][number];
export type PortalAttachment = PortalMessage['attachments'][number];

/** What a new conversation is about: exactly one of these. */
export interface About {
  accountId?: string;
  buildingId?: string;
  documentId?: string;
}

const PAGE_SIZE = 20;

export const messageKeys = {
  all: pathKey('get', '/portal/v1/message-threads'),
  list: () => infiniteKey('get', '/portal/v1/message-threads', { limit: PAGE_SIZE }),
  threads: pathKey('get', '/portal/v1/message-threads/{id}'),
  thread: (id: string) => ['get', '/portal/v1/message-threads/{id}', id] as const,
  unread: pathKey('get', '/portal/v1/message-threads/unread'),
};

export function threadsOptions() {
  return infiniteQueryOptions({
    queryKey: messageKeys.list(),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/portal/v1/message-threads', {
          params: { query: { limit: PAGE_SIZE, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
  });
}

export function threadOptions(id: string) {
  return queryOptions({
    queryKey: messageKeys.thread(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/portal/v1/message-threads/{id}', { params: { path: { id } }, signal })),
  });
}

export function unreadOptions() {
  return queryOptions({
    queryKey: messageKeys.unread,
    queryFn: async ({ signal }) => unwrap(await api.GET('/portal/v1/message-threads/unread', { signal })),
    refetchInterval: 120_000,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: messageKeys.all }),
      queryClient.invalidateQueries({ queryKey: messageKeys.threads }),
      queryClient.invalidateQueries({ queryKey: messageKeys.unread }),
    ]);
}

export function useStartThread() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (input: { subject: string; body: string; about: About; attachmentIds: string[] }) =>
      unwrap(
        await api.POST('/portal/v1/message-threads', {
          body: {
            subject: input.subject,
            body: input.body,
            about: input.about,
            ...(input.attachmentIds.length > 0 && { attachmentIds: input.attachmentIds }),
          },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useReply(threadId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (input: { body: string; attachmentIds: string[] }) =>
      unwrap(
        await api.POST('/portal/v1/message-threads/{id}/messages', {
          params: { path: { id: threadId } },
          body: {
            body: input.body,
            ...(input.attachmentIds.length > 0 && { attachmentIds: input.attachmentIds }),
          },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (threadId: string) =>
      unwrap(await api.POST('/portal/v1/message-threads/{id}/read', { params: { path: { id: threadId } } })),
    onSuccess: (unread) => {
      queryClient.setQueryData(messageKeys.unread, unread);
      return queryClient.invalidateQueries({ queryKey: messageKeys.all });
    },
  });
}

/** Raw bytes; the API reads the type from the content and refuses (422) a file that lies about it. */
export function useUploadAttachment() {
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST('/portal/v1/message-attachments', {
          params: { query: { filename: file.name } },
          ...rawFileBody(file, file.type),
        }),
      ),
  });
}

export function useDownloadAttachment(threadId: string) {
  return useMutation({
    mutationFn: async (attachment: PortalAttachment) => {
      const result = await api.GET('/portal/v1/message-threads/{id}/attachments/{attachmentId}', {
        params: { path: { id: threadId, attachmentId: attachment.id } },
        parseAs: 'blob',
      });
      saveFile(fileFrom(result, attachment.filename));
    },
  });
}
