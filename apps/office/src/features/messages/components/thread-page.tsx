import { problemMessage, problemStatus } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { DetailSkeleton, NotFoundState } from '../../../components/detail-states';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import {
  assigneesOptions,
  type Thread,
  type ThreadMessage,
  threadOptions,
  useDownloadAttachment,
  useMarkRead,
  useUpdateThread,
} from '../api/messages';
import { aboutKind, aboutText, when } from './format';
import { ReplyForm } from './reply-form';

export function ThreadPage() {
  const { threadId = '' } = useParams();
  const thread = useQuery(threadOptions(threadId));
  const markRead = useMarkRead();
  const unread = thread.data?.unreadCount ?? 0;

  // Opening a conversation reads it for the whole office (decision 011).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per thread with something unread
  useEffect(() => {
    if (unread > 0) markRead.mutate(threadId);
  }, [threadId, unread]);

  if (thread.isPending) return <DetailSkeleton label="Loading the conversation" />;
  if (thread.isError) {
    return problemStatus(thread.error) === 404 ? (
      <NotFoundState what="conversation" back="/messages" />
    ) : (
      <QueryError error={thread.error} onRetry={() => void thread.refetch()} what="the conversation" />
    );
  }
  return <ThreadView thread={thread.data} />;
}

function ThreadView({ thread }: { thread: Thread }) {
  const canWrite = useCan('contacts.write');
  return (
    <>
      <title>{`${thread.subject} · Messages · Portico`}</title>
      <Breadcrumb to="/messages" list="Messages" current={thread.subject} />
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{thread.subject}</h1>
          <p className="page-header__text">
            {aboutKind[thread.about.kind]}: {aboutText(thread.about)}
            {thread.contact && ` · with ${thread.contact.name}`}
          </p>
        </div>
        <span className={`badge ${thread.status === 'open' ? 'badge--success' : 'badge--muted'}`}>
          {thread.status === 'open' ? 'Open' : 'Closed'}
        </span>
      </header>

      {canWrite && <ThreadControls thread={thread} />}

      <ol className="message-list" aria-label="Messages">
        {thread.messages.map((message) => (
          <MessageItem key={message.id} threadId={thread.id} message={message} />
        ))}
      </ol>

      {canWrite ? (
        <ReplyForm threadId={thread.id} />
      ) : (
        <p className="state__text">Replying needs the permission to manage contacts.</p>
      )}
    </>
  );
}

function ThreadControls({ thread }: { thread: Thread }) {
  const update = useUpdateThread(thread.id);
  const assignees = useQuery(assigneesOptions());
  return (
    <div className="thread-controls">
      <label className="field filters__select">
        <span className="field__label">Assigned to</span>
        <select
          className="field__input"
          value={thread.assignee?.id ?? ''}
          disabled={update.isPending}
          onChange={(e) => update.mutate({ assigneeId: e.target.value || null })}
        >
          <option value="">Nobody</option>
          {thread.assignee && !assignees.data?.items.some((u) => u.id === thread.assignee?.id) && (
            <option value={thread.assignee.id}>{thread.assignee.name}</option>
          )}
          {assignees.data?.items.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--secondary"
        disabled={update.isPending}
        onClick={() => update.mutate({ status: thread.status === 'open' ? 'closed' : 'open' })}
      >
        {thread.status === 'open' ? 'Close conversation' : 'Reopen conversation'}
      </button>
      {update.isError && (
        <p className="field__error" role="alert">
          {problemMessage(update.error)}
        </p>
      )}
    </div>
  );
}

function MessageItem({ threadId, message }: { threadId: string; message: ThreadMessage }) {
  const download = useDownloadAttachment(threadId);
  return (
    <li className={`message message--${message.authorKind}`}>
      <p className="message__meta">
        <strong>{message.authorName}</strong>
        {message.authorKind === 'office' ? ' (office)' : ''} ·{' '}
        <time dateTime={message.createdAt}>{when(message.createdAt)}</time>
      </p>
      <p className="message__body">{message.body}</p>
      {message.attachments.length > 0 && (
        <ul className="attachment-chips" aria-label="Attached files">
          {message.attachments.map((file) => (
            <li key={file.id}>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => download.mutate(file)}
                disabled={download.isPending}
              >
                {file.filename}
              </button>
            </li>
          ))}
        </ul>
      )}
      {download.isError && (
        <p className="field__error" role="alert">
          {problemMessage(download.error)}
        </p>
      )}
    </li>
  );
}
