import type { Account, ClientGroup } from '@portico/api-client';
import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { Spinner } from '../../../components/spinner';
import { accountSearchOptions, useSetAccountGroup } from '../api/group-accounts';

const SEARCH_DELAY_MS = 300;

/** Search accounts by name and add one to the group; an account in another group moves. */
export function AccountPicker({ group, onClose }: { group: ClientGroup; onClose: () => void }) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [added, setAdded] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const results = useQuery(accountSearchOptions(query));
  const update = useSetAccountGroup();
  const failedId = update.isError ? update.variables?.params.path.id : undefined;

  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);

  function add(account: Account) {
    setAdded('');
    update.mutate(
      { params: { path: { id: account.id } }, body: { clientGroupId: group.id } },
      {
        onSuccess: () => {
          setAdded(`${account.name} was added to ${group.name}.`);
          // The Add button turns into a badge; keep focus in the picker for the next search.
          searchRef.current?.focus();
        },
      },
    );
  }

  return (
    <section
      className="picker"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="picker__header">
        <h3 id={`${id}-title`} className="picker__title">
          Add an account
        </h3>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          Done
        </button>
      </div>
      <div className="field picker__search">
        <label className="field__label" htmlFor={`${id}-search`}>
          Search accounts by name
        </label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          className="field__input"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          autoComplete="off"
          maxLength={200}
          // biome-ignore lint/a11y/noAutofocus: focus follows the button that opened the picker
          autoFocus
        />
      </div>
      <p className="picker__status" aria-live="polite">
        {added}
      </p>
      {results.isPending ? (
        <p className="picker__status">
          <Spinner size="sm" /> Searching…
        </p>
      ) : results.isError ? (
        <QueryError error={results.error} onRetry={() => void results.refetch()} what="accounts" />
      ) : results.data.items.length === 0 ? (
        <p className="picker__status">No accounts match “{query}”.</p>
      ) : (
        <ul className="item-list item-list--compact" aria-busy={results.isFetching}>
          {results.data.items.map((account) => {
            const member = account.clientGroupId === group.id;
            const elsewhere = account.clientGroupId !== null && !member;
            const adding = update.isPending && update.variables?.params.path.id === account.id;
            return (
              <li key={account.id} className="item-list__item">
                <div className="item-list__main">
                  <span className="item-list__name">{account.name}</span>
                  {elsewhere && (
                    <span className="item-list__sub">In another group: adding moves it here.</span>
                  )}
                  {failedId === account.id && (
                    <span className="field__error" role="alert">
                      {problemMessage(update.error)}
                    </span>
                  )}
                </div>
                {!account.active && <span className="badge badge--muted">Inactive</span>}
                {member ? (
                  <span className="badge badge--success">In this group</span>
                ) : (
                  <button
                    type="button"
                    className="button button--primary button--small"
                    onClick={() => add(account)}
                    disabled={update.isPending}
                  >
                    {adding ? 'Adding…' : elsewhere ? 'Move here' : 'Add'}
                    <span className="visually-hidden"> {account.name}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {results.data && results.data.total > results.data.items.length && (
        <p className="picker__status">
          Showing {results.data.items.length} of {results.data.total.toLocaleString()}: type more of a name to
          narrow it down.
        </p>
      )}
    </section>
  );
}
