import { problemStatus } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { LoadError, Loading } from '../../../components/load-state';
import { formatDateTime } from '../../../lib/format';
import { usePreviewing } from '../../../lib/preview';
import {
  type PortalMessage,
  type PortalThread,
  threadOptions,
  useDownloadAttachment,
  useMarkRead,
  useReply,
} from '../api/messages';
import { Composer } from './composer';
import { aboutLine } from './messages-page';
import '../messages.css';

/** One conversation (the link in "the office replied" emails lands here). */
export function ThreadPage() {
  const { id = '' } = useParams();
  const thread = useQuery(threadOptions(id));
  const markRead = useMarkRead();
  const previewing = usePreviewing();
  const unread = thread.data?.unreadCount ?? 0;

  // Reading it clears its "new" mark; a preview changes nothing, so it does not mark either.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per thread with something unread
  useEffect(() => {
    if (unread > 0 && !previewing) markRead.mutate(id);
  }, [id, unread, previewing]);

  return (
    <article className="page" aria-labelledby="thread-title">
      <p>
        <Link className="text-link" to="/messages">
          ← All messages
        </Link>
      </p>
      {thread.isPending ? (
        <Loading>Loading the conversation…</Loading>
      ) : thread.isError ? (
        problemStatus(thread.error) === 404 ? (
          <EmptyState title="This conversation is not available">
            <p>It may be about something you no longer have access to.</p>
          </EmptyState>
        ) : (
          <LoadError what="the conversation" error={thread.error} retry={() => void thread.refetch()} />
        )
      ) : (
        <ThreadView thread={thread.data} previewing={previewing} />
      )}
    </article>
  );
}

function ThreadView({ thread, previewing }: { thread: PortalThread; previewing: boolean }) {
  const reply = useReply(thread.id);
  return (
    <>
      <title>{`${thread.subject} · Messages`}</title>
      <h1 id="thread-title" className="page__title">
        {thread.subject}
      </h1>
      <p className="thread__about">
        About {aboutLine(thread.about)}
        {thread.status === 'closed' && ' · Closed (writing again reopens it)'}
      </p>
      <ol className="bubbles" aria-label="Messages">
        {thread.messages.map((message) => (
          <Bubble key={message.id} threadId={thread.id} message={message} />
        ))}
      </ol>
      {previewing ? (
        <p className="field__hint">Replying is not available in a preview.</p>
      ) : (
        <Composer
          label="Your reply"
          submitLabel="Send"
          busy={reply.isPending}
          error={reply.error}
          onSend={(message, done) => reply.mutate(message, { onSuccess: done })}
        />
      )}
    </>
  );
}

function Bubble({ threadId, message }: { threadId: string; message: PortalMessage }) {
  const download = useDownloadAttachment(threadId);
  return (
    <li
      className={`bubble${message.mine ? ' bubble--mine' : ''}${message.authorKind === 'office' ? ' bubble--office' : ''}`}
    >
      <p className="bubble__meta">
        <strong>{message.mine ? 'You' : message.authorName}</strong> ·{' '}
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
      </p>
      <p className="bubble__body">{message.body}</p>
      {message.attachments.length > 0 && (
        <ul className="composer__files" aria-label="Attached files">
          {message.attachments.map((file) => (
            <li key={file.id}>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => download.mutate(file)}
                disabled={download.isPending}
              >
                {file.filename}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
