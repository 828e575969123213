import type { AccountDetail } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { $api } from '../../../lib/api';

const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function ClientGroupName({ id }: { id: string }) {
  const group = useQuery(
    $api.queryOptions('get', '/api/v1/client-groups/{id}', { params: { path: { id } } }),
  );
  return <Link to={`/client-groups/${id}`}>{group.data?.name ?? 'Open client group'}</Link>;
}

const orDash = (value: string | null): ReactNode => value ?? <span className="muted">—</span>;

export function AccountSummary({ account }: { account: AccountDetail }) {
  const rows: [string, ReactNode][] = [
    [
      'Client group',
      account.clientGroupId ? <ClientGroupName key="group" id={account.clientGroupId} /> : orDash(null),
    ],
    ['Division', orDash(account.division)],
    ['Account class', orDash(account.accountClass)],
    ['Bill group', orDash(account.billGroup)],
    ['Account source', orDash(account.accountSource)],
    ['Balance due', money.format(Number(account.balanceDue))],
    ['Autopay', account.autopay ? 'Yes' : 'No'],
    ['Active services', account.activeServicesCount],
    ['External ID', orDash(account.externalId)],
  ];
  return (
    <dl className="detail-list">
      {rows.map(([term, value]) => (
        <div key={term} className="detail-list__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
