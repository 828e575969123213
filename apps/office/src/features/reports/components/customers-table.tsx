import { Link } from 'react-router';
import type { CustomerRow } from '../api/adoption-report';
import { formatCount } from '../utils/report-format';

/** Customers and whether any of their emails has access: a table, cards under 640 px. */
export function CustomersTable({ rows, busy }: { rows: readonly CustomerRow[]; busy: boolean }) {
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table table--cards report-table">
        <caption className="visually-hidden">Customers</caption>
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Has access</th>
            <th scope="col" className="num">
              Emails with access
            </th>
            <th scope="col" className="num">
              Contacts
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.accountId}>
              <th scope="row" className="table__primary">
                <Link className="table__name" to={`/accounts/${row.accountId}`}>
                  {row.name}
                </Link>
                {!row.active && <span className="table__sub">Inactive</span>}
              </th>
              <td data-label="Has access">
                <span className={`badge ${row.hasAccess ? 'badge--success' : 'badge--muted'}`}>
                  {row.hasAccess ? 'Yes' : 'No'}
                </span>
              </td>
              <td data-label="Emails with access" className="num">
                {formatCount(row.emailsWithAccess)}
              </td>
              <td data-label="Contacts" className="num">
                {formatCount(row.contacts)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
