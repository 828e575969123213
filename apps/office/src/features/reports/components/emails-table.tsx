import { Link } from 'react-router';
import { PortalStatusBadge } from '../../../components/portal-status-badge';
import type { EmailRow } from '../api/adoption-report';
import { formatDateTime } from '../utils/report-format';

const never = <span className="muted">Never</span>;

/** Each contact's email, its customers and where its invitation stands: a table, cards under 640 px. */
export function EmailsTable({ rows, busy }: { rows: readonly EmailRow[]; busy: boolean }) {
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table table--cards report-table">
        <caption className="visually-hidden">Emails</caption>
        <thead>
          <tr>
            <th scope="col">Contact</th>
            <th scope="col">Customers</th>
            <th scope="col">Invite status</th>
            <th scope="col">Invited</th>
            <th scope="col">Last sign-in</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.contactId}>
              <th scope="row" className="table__primary">
                <Link className="table__name" to={`/contacts/${row.contactId}`}>
                  {row.name}
                </Link>
                <span className="table__sub report-table__email">
                  {row.email ?? <span className="badge badge--muted">No email</span>}
                </span>
              </th>
              <td data-label="Customers">
                {row.accountNames.length > 0 ? (
                  row.accountNames.join(', ')
                ) : (
                  <span className="muted">None</span>
                )}
              </td>
              <td data-label="Invite status">
                <PortalStatusBadge status={row.portalStatus} />
              </td>
              <td data-label="Invited">{row.invitedAt ? formatDateTime(row.invitedAt) : never}</td>
              <td data-label="Last sign-in">{row.lastSignInAt ? formatDateTime(row.lastSignInAt) : never}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
