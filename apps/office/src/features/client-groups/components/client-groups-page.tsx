import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { ListSkeleton } from '../../../components/list-skeleton';
import { ListSummary } from '../../../components/list-summary';
import { LoadMore } from '../../../components/load-more';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { useSearchText } from '../../../lib/use-search-text';
import { clientGroupsListOptions, useCreateClientGroup } from '../api/client-groups';
import { ClientGroupForm } from './client-group-form';

export function ClientGroupsPage() {
  const canWrite = useCan('contacts.write') === true;
  // The search lives in the URL, like every list's filters.
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [typed, setTyped] = useSearchText(search, (text) =>
    setParams(text ? { q: text } : {}, { replace: true }),
  );
  const groups = useInfiniteQuery(clientGroupsListOptions(search));
  const rows = groups.data?.pages.flatMap((page) => page.items) ?? [];
  const total = groups.data?.pages[0]?.total ?? 0;
  const updating = groups.isFetching && !groups.isFetchingNextPage && !groups.isPending;

  return (
    <>
      <title>Client groups · Portico</title>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Client groups</h1>
          <p className="page-header__text">
            Accounts owned or managed together. A group’s portal users see every building of its accounts.
          </p>
        </div>
        {canWrite && <NewClientGroupButton />}
      </header>

      <search aria-label="Filter client groups">
        <form className="filters" onSubmit={(event) => event.preventDefault()}>
          <div className="field filters__search">
            <label className="field__label" htmlFor="client-group-search">
              Search by name
            </label>
            <input
              id="client-group-search"
              className="field__input"
              type="search"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              maxLength={200}
            />
          </div>
        </form>
      </search>

      <ListSummary
        noun={['client group', 'client groups']}
        total={total}
        shown={rows.length}
        updating={updating}
      ></ListSummary>

      {groups.isPending ? (
        <ListSkeleton label="Loading client groups" />
      ) : groups.isError && rows.length === 0 ? (
        <QueryError error={groups.error} onRetry={() => void groups.refetch()} what="client groups" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h2 className="state__title">{search ? 'No client groups match' : 'No client groups yet'}</h2>
          <p className="state__text">
            {search
              ? 'Try another name.'
              : 'Group the accounts of one owner or property manager, so their people can see all of them.'}
          </p>
        </section>
      ) : (
        <>
          <div className="table-wrap" aria-busy={updating}>
            <table className="table table--cards">
              <caption className="visually-hidden">Client groups</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col" className="num">
                    Accounts
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((group) => (
                  <tr key={group.id}>
                    <th scope="row" className="table__primary">
                      <Link className="table__name" to={`/client-groups/${group.id}`}>
                        {group.name}
                      </Link>
                      {group.externalId && <span className="table__sub">#{group.externalId}</span>}
                    </th>
                    <td data-label="Accounts" className="num">
                      {group.accountCount}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore query={groups} what="client groups" />
        </>
      )}
    </>
  );
}

function NewClientGroupButton() {
  const [open, setOpen] = useState(false);
  const create = useCreateClientGroup();
  const navigate = useNavigate();
  const close = () => {
    setOpen(false);
    create.reset();
  };
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        New client group
      </button>
      <Dialog open={open} onClose={close} title="New client group">
        <ClientGroupForm
          initial={{ name: '', externalId: '' }}
          submitLabel="Create group"
          pendingLabel="Creating…"
          pending={create.isPending}
          error={create.error}
          onCancel={close}
          onSubmit={(body) =>
            create.mutate({ body }, { onSuccess: (group) => navigate(`/client-groups/${group.id}`) })
          }
        />
      </Dialog>
    </>
  );
}
