import type { Account } from '@portico/api-client';
import { Link } from 'react-router';

const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function orDash(value: string | null) {
  return value ?? <span className="muted">—</span>;
}

/**
 * A table on wide screens; under 640 px each row becomes a card, with the column name shown
 * beside each value (data-label), so nothing scrolls sideways on a phone.
 */
export function AccountsTable({ accounts, busy }: { accounts: Account[]; busy: boolean }) {
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table table--cards">
        <caption className="visually-hidden">Accounts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Division</th>
            <th scope="col">Class</th>
            <th scope="col">Bill group</th>
            <th scope="col" className="num">
              Balance due
            </th>
            <th scope="col" className="num">
              Services
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row" className="table__primary">
                <Link className="table__name" to={`/accounts/${account.id}`}>
                  {account.name}
                </Link>
                {account.externalId && <span className="table__sub">#{account.externalId}</span>}
              </th>
              <td data-label="Division">{orDash(account.division)}</td>
              <td data-label="Class">{orDash(account.accountClass)}</td>
              <td data-label="Bill group">{orDash(account.billGroup)}</td>
              <td data-label="Balance due" className="num">
                {money.format(Number(account.balanceDue))}
                {account.autopay && <span className="badge badge--neutral">Autopay</span>}
              </td>
              <td data-label="Services" className="num">
                {account.activeServicesCount}
              </td>
              <td data-label="Status">
                <span className={`badge ${account.active ? 'badge--success' : 'badge--muted'}`}>
                  {account.active ? 'Active' : 'Inactive'}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
