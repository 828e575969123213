import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ListFooter } from '../../../components/list-parts';
import { LoadError, Loading } from '../../../components/load-state';
import { formatDateTime } from '../../../lib/format';
import { usePreviewing } from '../../../lib/preview';
import { type PortalThreadSummary, threadsOptions } from '../api/messages';
import '../messages.css';

export function aboutLine(about: PortalThreadSummary['about']): string {
  if (about.kind === 'document') return about.documentTitle ?? 'A document';
  if (about.kind === 'building') return about.buildingName ?? 'A property';
  return about.accountName;
}

/** The customer's conversations with the office, newest first, unread ones marked. */
export function MessagesPage() {
  const threads = useInfiniteQuery(threadsOptions());
  const previewing = usePreviewing();
  const rows = threads.data?.pages.flatMap((p) => p.items) ?? [];
  const total = threads.data?.pages[0]?.total ?? 0;

  return (
    <section className="page" aria-labelledby="messages-title">
      <title>Messages</title>
      <div className="messages__head">
        <h1 id="messages-title" className="page__title">
          Messages
        </h1>
        {!previewing && (
          <Link className="button button--primary" to="/messages/new">
            Ask a question
          </Link>
        )}
      </div>
      {threads.isPending ? (
        <Loading>Loading your messages…</Loading>
      ) : threads.isError && rows.length === 0 ? (
        <LoadError what="your messages" error={threads.error} retry={() => void threads.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="No messages yet">
          <p>
            Ask the office a question about a property or a document, and their answers will show up here.
          </p>
        </EmptyState>
      ) : (
        <>
          <ul className="thread-cards">
            {rows.map((thread) => (
              <li
                key={thread.id}
                className={`thread-card${thread.unreadCount > 0 ? ' thread-card--unread' : ''}`}
              >
                <Link to={`/messages/${thread.id}`} className="thread-card__link">
                  <span className="thread-card__top">
                    <span className="thread-card__subject">{thread.subject}</span>
                    {thread.unreadCount > 0 && (
                      <span className="badge badge--warning">{thread.unreadCount} new</span>
                    )}
                    {thread.status === 'closed' && <span className="badge">Closed</span>}
                  </span>
                  <span className="thread-card__about">{aboutLine(thread.about)}</span>
                  {thread.lastMessage && (
                    <span className="thread-card__preview">
                      {thread.lastMessage.authorKind === 'office' ? 'Office: ' : ''}
                      {thread.lastMessage.preview}
                    </span>
                  )}
                  <span className="thread-card__when">{formatDateTime(thread.lastMessageAt)}</span>
                </Link>
              </li>
            ))}
          </ul>
          <ListFooter
            shown={rows.length}
            total={total}
            hasMore={threads.hasNextPage}
            loadingMore={threads.isFetchingNextPage}
            onMore={() => void threads.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
