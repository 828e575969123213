import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AtRiskAccount } from '../api/usage';
import { formatCount, formatMoney } from '../utils/report-format';

interface AtRiskAccountsProps {
  items: readonly AtRiskAccount[];
  total: number;
  actions?: ReactNode;
}

const dash = <span className="muted">—</span>;

/**
 * Customers with something urgent to see (open critical defects, overdue invoices) and nobody
 * enrolled to see it: whom to invite first.
 */
export function AtRiskAccounts({ items, total, actions }: AtRiskAccountsProps) {
  return (
    <section className="report-card report-at-risk" aria-labelledby="at-risk-title">
      <header className="report-card__head">
        <div>
          <h3 id="at-risk-title" className="report-chart__title">
            At-risk customers
          </h3>
          <p className="report-chart__text">
            Active customers with open critical defects or overdue invoices, and no contact enrolled in the
            portal to see them. Invite these first.
          </p>
        </div>
        <div className="report-chart__actions">
          {total > 0 && (
            <p className="report-at-risk__total">
              {total > items.length
                ? `${formatCount(items.length)} of ${formatCount(total)}`
                : `${formatCount(total)} ${total === 1 ? 'customer' : 'customers'}`}
            </p>
          )}
          {actions}
        </div>
      </header>
      {items.length === 0 ? (
        <p className="report-at-risk__none">
          No customer is at risk: every customer with open critical defects or overdue invoices has someone
          enrolled.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards report-table">
            <caption className="visually-hidden">At-risk customers</caption>
            <thead>
              <tr>
                <th scope="col">Customer</th>
                <th scope="col" className="num">
                  Open critical defects
                </th>
                <th scope="col" className="num">
                  Overdue invoices
                </th>
                <th scope="col" className="num">
                  Overdue amount
                </th>
                <th scope="col" className="num">
                  Contacts to invite
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.accountId}>
                  <th scope="row" className="table__primary">
                    <Link className="table__name" to={`/accounts/${item.accountId}`}>
                      {item.name}
                    </Link>
                  </th>
                  <td data-label="Open critical defects" className="num">
                    {formatCount(item.openCriticalDefects)}
                  </td>
                  <td data-label="Overdue invoices" className="num">
                    {formatCount(item.overdueInvoices)}
                  </td>
                  <td data-label="Overdue amount" className="num">
                    {item.overdueAmount > 0 ? formatMoney(item.overdueAmount) : dash}
                  </td>
                  <td data-label="Contacts to invite" className="num">
                    {item.invitableContacts === 0 ? (
                      <span className="badge badge--muted">None with an email</span>
                    ) : (
                      formatCount(item.invitableContacts)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
