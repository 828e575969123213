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

export type ThreadSummary = ResponseBody<'listMessageThreads'>['items'][number];
export type Thread = ResponseBody<'getMessageThread'>;
export type ThreadMessage = Thread['messages'][number];
export type Attachment = ThreadMessage['attachments'][number];
export type ThreadStatus = ThreadSummary['status'];

export interface InboxFilter {
  status?: ThreadStatus | undefined;
  /** `me`, `unassigned`, or an office user id. */
  assignee?: string | undefined;
  unread?: boolean | undefined;
  accountId?: string | undefined;
}

const PAGE_SIZE = 25;

/** General to specific: everything of messages, the inbox lists, one thread, the badge count. */
export const messageKeys = {
  all: pathKey('get', '/api/v1/message-threads'),
  inbox: (filter: InboxFilter) => infiniteKey('get', '/api/v1/message-threads', { ...filter }),
  thread: (id: string) => ['get', '/api/v1/message-threads/{id}', id] as const,
  threads: pathKey('get', '/api/v1/message-threads/{id}'),
  unread: pathKey('get', '/api/v1/message-threads/unread'),
  assignees: pathKey('get', '/api/v1/message-threads/assignees'),
};

export function inboxOptions(filter: InboxFilter) {
  return infiniteQueryOptions({
    queryKey: messageKeys.inbox(filter),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/message-threads', {
          params: {
            query: {
              limit: PAGE_SIZE,
              ...(filter.status && { status: filter.status }),
              ...(filter.assignee && { assignee: filter.assignee }),
              ...(filter.unread !== undefined && { unread: filter.unread }),
              ...(filter.accountId && { accountId: filter.accountId }),
              ...(pageParam && { cursor: pageParam }),
            },
          },
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
      unwrap(await api.GET('/api/v1/message-threads/{id}', { params: { path: { id } }, signal })),
  });
}

/** The nav badge: polled, since customers write while the console is open. */
export function unreadOptions() {
  return queryOptions({
    queryKey: messageKeys.unread,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/message-threads/unread', { signal })),
    refetchInterval: 60_000,
  });
}

export function assigneesOptions() {
  return queryOptions({
    queryKey: messageKeys.assignees,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/message-threads/assignees', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** After any change: the thread itself, every inbox list, and the badge. */
function useInvalidateMessages() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: messageKeys.all }),
      queryClient.invalidateQueries({ queryKey: messageKeys.threads }),
      queryClient.invalidateQueries({ queryKey: messageKeys.unread }),
    ]);
}

export function useReply(threadId: string) {
  const invalidate = useInvalidateMessages();
  return useMutation({
    mutationFn: async (input: { body: string; attachmentIds: string[] }) =>
      unwrap(
        await api.POST('/api/v1/message-threads/{id}/messages', {
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

export function useUpdateThread(threadId: string) {
  const invalidate = useInvalidateMessages();
  return useMutation({
    mutationFn: async (changes: { status?: ThreadStatus; assigneeId?: string | null }) =>
      unwrap(
        await api.PATCH('/api/v1/message-threads/{id}', {
          params: { path: { id: threadId } },
          body: changes,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (threadId: string) =>
      unwrap(await api.POST('/api/v1/message-threads/{id}/read', { params: { path: { id: threadId } } })),
    onSuccess: (unread) => {
      queryClient.setQueryData(messageKeys.unread, unread);
      return queryClient.invalidateQueries({ queryKey: messageKeys.all });
    },
  });
}

/** Uploads one file as raw bytes; the API checks its type by content and answers 422 if it lies. */
export function useUploadAttachment() {
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST('/api/v1/message-attachments', {
          params: { query: { filename: file.name } },
          ...rawFileBody(file, file.type),
        }),
      ),
  });
}

export function useDownloadAttachment(threadId: string) {
  return useMutation({
    mutationFn: async (attachment: Attachment) => {
      const result = await api.GET('/api/v1/message-threads/{id}/attachments/{attachmentId}', {
        params: { path: { id: threadId, attachmentId: attachment.id } },
        parseAs: 'blob',
      });
      saveFile(fileFrom(result, attachment.filename));
    },
  });
}
