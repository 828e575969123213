import type { AccountDetail } from '@portico/api-client';
import { problemStatus } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { DetailSkeleton, NotFoundState } from '../../../components/detail-states';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { accountOptions, useUpdateAccount } from '../api/account-detail';
import { AccountBuildingsTab } from './account-buildings-tab';
import { AccountContactsTab } from './account-contacts-tab';
import { AccountForm } from './account-form';
import { accountValues } from './account-form-values';
import { AccountPortalTab } from './account-portal-tab';
import { AccountSummary } from './account-summary';
import { DeleteAccount } from './delete-account';
import { type TabItem, Tabs } from './tabs';

type TabId = 'buildings' | 'contacts' | 'portal';
const tabIds: readonly TabId[] = ['buildings', 'contacts', 'portal'];
const isTab = (value: string | null): value is TabId => tabIds.some((id) => id === value);

export function AccountPage() {
  const { accountId = '' } = useParams();
  const account = useQuery(accountOptions(accountId));

  if (account.isPending) return <DetailSkeleton label="Loading account" />;
  if (account.isError) {
    // A malformed id answers 400, another organization's 404: to the person both are "not found".
    const status = problemStatus(account.error);
    if (status === 404 || status === 400) return <NotFoundState what="account" back="/accounts" />;
    return <QueryError error={account.error} onRetry={() => void account.refetch()} what="this account" />;
  }
  return <AccountDetails account={account.data} />;
}

function AccountDetails({ account }: { account: AccountDetail }) {
  const canWrite = useCan('contacts.write') === true;
  const [editing, setEditing] = useState(false);
  const update = useUpdateAccount();
  // The tab lives in the URL, so a reload or a shared link opens the same tab.
  const [params, setParams] = useSearchParams();
  const rawTab = params.get('tab');
  const tab: TabId = isTab(rawTab) ? rawTab : 'buildings';
  const tabs: TabItem<TabId>[] = [
    { id: 'buildings', label: <TabLabel text="Buildings" count={account.counts.buildings} /> },
    { id: 'contacts', label: <TabLabel text="Contacts" count={account.counts.contacts} /> },
    { id: 'portal', label: 'Portal' },
  ];

  return (
    <>
      <title>{`${account.name} · Accounts · Portico`}</title>
      <Breadcrumb to="/accounts" list="Accounts" current={account.name} />
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{account.name}</h1>
          <p className="page-header__text page-header__badges">
            <span className={`badge ${account.active ? 'badge--success' : 'badge--muted'}`}>
              {account.active ? 'Active' : 'Inactive'}
            </span>
            {account.externalId && <span>#{account.externalId}</span>}
          </p>
        </div>
        {canWrite && !editing && (
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              Edit details
            </button>
            <DeleteAccount account={account} />
          </div>
        )}
      </header>

      <section className="card" aria-labelledby="account-details-title">
        <h2 id="account-details-title" className="card__title">
          {editing ? 'Edit details' : 'Details'}
        </h2>
        {editing ? (
          <AccountForm
            initial={accountValues(account)}
            submitLabel="Save changes"
            pendingLabel="Saving…"
            pending={update.isPending}
            error={update.error}
            onCancel={() => {
              setEditing(false);
              update.reset();
            }}
            onSubmit={(body) =>
              update.mutate(
                { params: { path: { id: account.id } }, body },
                { onSuccess: () => setEditing(false) },
              )
            }
          />
        ) : (
          <AccountSummary account={account} />
        )}
      </section>

      <Tabs
        label="Account"
        tabs={tabs}
        current={tab}
        onSelect={(id) => {
          const next = new URLSearchParams(params);
          if (id === 'buildings') next.delete('tab');
          else next.set('tab', id);
          setParams(next, { replace: true });
        }}
      >
        {tab === 'buildings' && <AccountBuildingsTab accountId={account.id} canWrite={canWrite} />}
        {tab === 'contacts' && <AccountContactsTab account={account} canWrite={canWrite} />}
        {tab === 'portal' && <AccountPortalTab account={account} canWrite={canWrite} />}
      </Tabs>
    </>
  );
}

function TabLabel({ text, count }: { text: string; count: number }) {
  return (
    <>
      {text} <span className="tabs__count">{count}</span>
    </>
  );
}
