import { useQuery } from '@tanstack/react-query';
import { unreadOptions } from '../api/messages';

/** The count beside "Messages" in the navigation: conversations with an unread customer message. */
export function MessagesNavBadge() {
  const unread = useQuery(unreadOptions());
  const count = unread.data?.threads ?? 0;
  if (count === 0) return null;
  return (
    <span className="nav-count">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span className="visually-hidden">{`, ${count} unread`}</span>
    </span>
  );
}
