import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { QueryError } from '../../../components/query-error';
import { Spinner } from '../../../components/spinner';
import { useCanWrite } from '../api/can-write';
import { clientGroupsListOptions, useCreateClientGroup } from '../api/client-groups';
import { ClientGroupForm } from './client-group-form';
import { TabSkeleton } from './detail-states';
import { Dialog } from './dialog';
import { LoadMore } from './load-more';

const SEARCH_DELAY_MS = 300;

export function ClientGroupsPage() {
  const canWrite = useCanWrite();
  // The search lives in the URL, like every list's filters.
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [typed, setTyped] = useState(search);
  const groups = useInfiniteQuery(clientGroupsListOptions(search));
  const rows = groups.data?.pages.flatMap((page) => page.items) ?? [];
  const total = groups.data?.pages[0]?.total ?? 0;
  const updating = groups.isFetching && !groups.isFetchingNextPage && !groups.isPending;

  // Follow the URL when it changes from outside (back button).
  useEffect(() => setTyped((current) => (current.trim() === search ? current : search)), [search]);

  useEffect(() => {
    const trimmed = typed.trim();
    if (trimmed === search) return;
    const timer = setTimeout(
      () => setParams(trimmed ? { q: trimmed } : {}, { replace: true }),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [typed, search, setParams]);

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

      <div className="list-summary" aria-live="polite">
        {groups.isSuccess && total > 0 && (
          <p>
            {total === 1 ? '1 client group' : `${total.toLocaleString()} client groups`}
            {rows.length < total && ` · showing ${rows.length.toLocaleString()}`}
          </p>
        )}
        {updating && (
          <p className="list-summary__busy">
            <Spinner size="sm" /> Updating…
          </p>
        )}
      </div>

      {groups.isPending ? (
        <TabSkeleton label="Loading client groups" />
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
