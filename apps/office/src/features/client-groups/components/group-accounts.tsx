import type { Account, ClientGroup } from '@portico/api-client';
import { problemMessage } from '@portico/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/dialog';
import { ListSkeleton } from '../../../components/list-skeleton';
import { LoadMore } from '../../../components/load-more';
import { QueryError } from '../../../components/query-error';
import { groupAccountsOptions, useSetAccountGroup } from '../api/group-accounts';
import { AccountPicker } from './account-picker';

export function GroupAccounts({ group, canWrite }: { group: ClientGroup; canWrite: boolean }) {
  const accounts = useInfiniteQuery(groupAccountsOptions(group.id));
  const rows = accounts.data?.pages.flatMap((page) => page.items) ?? [];
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // The picker unmounts on close; focus goes back to the button that opened it.
  const closePicker = () => {
    setAdding(false);
    addButton.current?.focus();
  };
  const [removing, setRemoving] = useState<Account | null>(null);

  return (
    <section className="tab-section" aria-labelledby="group-accounts-title">
      <div className="tab-section__header">
        <div className="tab-section__intro">
          <h2 id="group-accounts-title" className="section-title">
            Accounts <span className="tabs__count">{group.accountCount}</span>
          </h2>
          <p className="muted">The group’s portal users see every building of these accounts.</p>
        </div>
        {canWrite && (
          <button
            type="button"
            className="button button--primary"
            ref={addButton}
            aria-expanded={adding}
            onClick={() => setAdding((open) => !open)}
          >
            Add an account
          </button>
        )}
      </div>

      {adding && <AccountPicker group={group} onClose={closePicker} />}

      {accounts.isPending ? (
        <ListSkeleton label="Loading accounts" />
      ) : accounts.isError && rows.length === 0 ? (
        <QueryError error={accounts.error} onRetry={() => void accounts.refetch()} what="accounts" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h3 className="state__title">No accounts in this group</h3>
          <p className="state__text">Add the accounts that belong to this owner or manager.</p>
        </section>
      ) : (
        <>
          <ul className="item-list">
            {rows.map((account) => (
              <li key={account.id} className="item-list__item">
                <div className="item-list__main">
                  <Link className="item-list__name" to={`/accounts/${account.id}`}>
                    {account.name}
                  </Link>
                  <span className="item-list__sub">
                    {[account.division, account.accountClass, account.externalId && `#${account.externalId}`]
                      .filter(Boolean)
                      .join(' · ') || 'No division or class'}
                  </span>
                </div>
                {!account.active && <span className="badge badge--muted">Inactive</span>}
                {canWrite && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setRemoving(account)}
                  >
                    Remove from group<span className="visually-hidden"> {account.name}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
          <LoadMore query={accounts} what="accounts" />
        </>
      )}

      <RemoveAccountDialog group={group} account={removing} onClose={() => setRemoving(null)} />
    </section>
  );
}

function RemoveAccountDialog(props: { group: ClientGroup; account: Account | null; onClose: () => void }) {
  const { group, account, onClose } = props;
  const update = useSetAccountGroup();
  const close = () => {
    onClose();
    update.reset();
  };
  return (
    <ConfirmDialog
      open={account !== null}
      title={`Remove ${account?.name ?? ''} from ${group.name}?`}
      confirmLabel="Remove from group"
      pendingLabel="Removing…"
      pending={update.isPending}
      onCancel={close}
      onConfirm={() =>
        account &&
        update.mutate(
          { params: { path: { id: account.id } }, body: { clientGroupId: null } },
          { onSuccess: close },
        )
      }
      error={update.error && problemMessage(update.error)}
    >
      <p>
        The account stays, with its buildings and contacts. The group’s portal users will no longer see its
        buildings.
      </p>
    </ConfirmDialog>
  );
}
