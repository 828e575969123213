import type { ReactNode } from 'react';
import { HelpLink, type HelpTopic } from './help-link';

/** A list or panel with nothing in it: what it would show, and what to do instead. */
export function EmptyState({
  title,
  children,
  help,
}: {
  title: string;
  children?: ReactNode;
  /** Links the office's help article on this topic, when one is published. */
  help?: HelpTopic;
}) {
  return (
    <div className="empty" role="status">
      <p className="empty__title">{title}</p>
      {children && <div className="empty__body">{children}</div>}
      {help && <HelpLink topic={help} />}
    </div>
  );
}
