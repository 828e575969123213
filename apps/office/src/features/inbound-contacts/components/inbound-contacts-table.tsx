import type { InboundContact } from '../api/inbound-contacts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const channelLabel = { email: 'Email', call: 'Call' } as const;

interface InboundContactsTableProps {
  rows: InboundContact[];
  /** Absent when the role may not delete (contacts.write). */
  onDelete?: ((entry: InboundContact) => void) | undefined;
}

/** A table on wide screens, cards on a phone (the shared `table--cards` pattern). */
export function InboundContactsTable({ rows, onDelete }: InboundContactsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <caption className="visually-hidden">Logged emails and calls, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Channel</th>
            <th scope="col" className="num">
              How many
            </th>
            <th scope="col">Customer</th>
            <th scope="col">About</th>
            <th scope="col">Logged by</th>
            {onDelete && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => {
            const when = dateTime.format(new Date(entry.occurredAt));
            return (
              <tr key={entry.id}>
                <th scope="row" className="table__primary">
                  {when}
                </th>
                <td data-label="Channel">{channelLabel[entry.channel]}</td>
                <td data-label="How many" className="num">
                  {entry.count.toLocaleString()}
                </td>
                <td data-label="Customer">{entry.accountName ?? '—'}</td>
                <td data-label="About">{entry.subject ?? '—'}</td>
                <td data-label="Logged by">
                  {entry.source === 'integration' ? (
                    <span className="badge badge--neutral">Integration</span>
                  ) : (
                    <span className="badge badge--muted">By hand</span>
                  )}
                </td>
                {onDelete && (
                  <td>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      onClick={() => onDelete(entry)}
                    >
                      Delete
                      <span className="visually-hidden">
                        {' '}
                        the {channelLabel[entry.channel].toLowerCase()} of {when}
                      </span>
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
