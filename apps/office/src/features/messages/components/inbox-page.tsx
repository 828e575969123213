import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ListSkeleton } from '../../../components/list-skeleton';
import { ListSummary } from '../../../components/list-summary';
import { LoadMore } from '../../../components/load-more';
import { QueryError } from '../../../components/query-error';
import { assigneesOptions, type InboxFilter, inboxOptions, type ThreadSummary } from '../api/messages';
import { aboutText, when } from './format';

/** The filters live in the URL, so a filtered inbox can be bookmarked and Back returns to it. */
function useInboxFilter(): [InboxFilter, (changes: Record<string, string>) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'open';
  const filter: InboxFilter = {
    status: status === 'all' ? undefined : status === 'closed' ? 'closed' : 'open',
    assignee: params.get('assignee') || undefined,
    unread: params.get('unread') === '1' ? true : undefined,
    // Set by links from an account's page: that customer's conversations only.
    accountId: params.get('accountId') || undefined,
  };
  const update = (changes: Record<string, string>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return [filter, update];
}

export function InboxPage() {
  const [filter, update] = useInboxFilter();
  const [params] = useSearchParams();
  const threads = useInfiniteQuery(inboxOptions(filter));
  const assignees = useQuery(assigneesOptions());
  const rows = threads.data?.pages.flatMap((page) => page.items) ?? [];
  const total = threads.data?.pages[0]?.total ?? 0;
  const updating = threads.isFetching && !threads.isFetchingNextPage && !threads.isPending;
  const filtered = Boolean(filter.assignee || filter.unread || filter.accountId || filter.status !== 'open');

  return (
    <>
      <title>Messages · Portico</title>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Messages</h1>
          <p className="page-header__text">
            Questions from customers in the portal, about an account, a building or a document.
          </p>
        </div>
      </header>

      <form className="filters" aria-label="Filter messages" onSubmit={(e) => e.preventDefault()}>
        <label className="field filters__select">
          <span className="field__label">Status</span>
          <select
            className="field__input"
            value={params.get('status') ?? 'open'}
            onChange={(e) => update({ status: e.target.value === 'open' ? '' : e.target.value })}
          >
            <option value="open">Open</option>
            <option value="closed">Closed</option>
            <option value="all">All</option>
          </select>
        </label>
        <label className="field filters__select">
          <span className="field__label">Assigned to</span>
          <select
            className="field__input"
            value={filter.assignee ?? ''}
            onChange={(e) => update({ assignee: e.target.value })}
          >
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="unassigned">Nobody</option>
            {assignees.data?.items.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox filters__small">
          <input
            type="checkbox"
            checked={filter.unread === true}
            onChange={(e) => update({ unread: e.target.checked ? '1' : '' })}
          />
          <span>Unread only</span>
        </label>
        {filter.accountId && (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => update({ accountId: '' })}
          >
            One account only · Show all accounts
          </button>
        )}
      </form>

      <ListSummary
        noun={['conversation', 'conversations']}
        total={total}
        shown={rows.length}
        updating={updating}
      />

      {threads.isPending ? (
        <ListSkeleton label="Loading messages" rows={5} columns={3} />
      ) : threads.isError && rows.length === 0 ? (
        <QueryError error={threads.error} onRetry={() => void threads.refetch()} what="messages" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h2 className="state__title">{filtered ? 'No conversations match' : 'No open conversations'}</h2>
          <p className="state__text">
            {filtered
              ? 'Try another status or assignee.'
              : 'When a customer asks a question in the portal, it shows up here.'}
          </p>
        </section>
      ) : (
        <>
          <ul className="thread-list">
            {rows.map((thread) => (
              <ThreadRow key={thread.id} thread={thread} />
            ))}
          </ul>
          <LoadMore query={threads} what="messages" />
        </>
      )}
    </>
  );
}

function ThreadRow({ thread }: { thread: ThreadSummary }) {
  const unread = thread.unreadCount > 0;
  return (
    <li className={`thread-row${unread ? ' thread-row--unread' : ''}`}>
      <Link to={`/messages/${thread.id}`} className="thread-row__link">
        <span className="thread-row__top">
          <span className="thread-row__subject">{thread.subject}</span>
          {unread && <span className="badge badge--neutral">{thread.unreadCount} unread</span>}
          {thread.status === 'closed' && <span className="badge badge--muted">Closed</span>}
        </span>
        <span className="thread-row__meta">
          {aboutText(thread.about)}
          {thread.contact && ` · ${thread.contact.name}`}
        </span>
        {thread.lastMessage && (
          <span className="thread-row__preview">
            {thread.lastMessage.authorKind === 'office' ? 'Office: ' : ''}
            {thread.lastMessage.preview}
          </span>
        )}
        <span className="thread-row__meta">
          {when(thread.lastMessageAt)} ·{' '}
          {thread.assignee ? `Assigned to ${thread.assignee.name}` : 'Unassigned'}
        </span>
      </Link>
    </li>
  );
}
