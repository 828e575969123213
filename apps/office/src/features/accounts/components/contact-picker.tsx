import type { AccountDetail, Contact } from '@portico/api-client';
import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { PortalStatusBadge } from '../../../components/portal-status-badge';
import { QueryError } from '../../../components/query-error';
import { Spinner } from '../../../components/spinner';
import { contactSearchOptions, useLinkContactAccount } from '../api/account-contacts';

const SEARCH_DELAY_MS = 300;

const nameOf = (c: Contact) => [c.firstName, c.lastName].filter(Boolean).join(' ');

/** Search every contact by name or email, then add one to the account, optionally as its billing contact. */
export function ContactPicker({ account, onClose }: { account: AccountDetail; onClose: () => void }) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [billing, setBilling] = useState(false);
  const [added, setAdded] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const results = useQuery(contactSearchOptions(query));
  const link = useLinkContactAccount();
  const failedId = link.isError ? link.variables?.params.path.id : undefined;

  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);

  function add(contact: Contact) {
    setAdded('');
    link.mutate(
      { params: { path: { id: contact.id, accountId: account.id } }, body: { isBillingContact: billing } },
      {
        onSuccess: () => {
          setAdded(`${nameOf(contact)} was added to ${account.name}.`);
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
          Add an existing contact
        </h3>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          Done
        </button>
      </div>
      <div className="picker__controls">
        <div className="field picker__search">
          <label className="field__label" htmlFor={`${id}-search`}>
            Search contacts by name or email
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
            // The picker opens on request, so the search is where the person wants to be.
            // biome-ignore lint/a11y/noAutofocus: focus follows the button that opened the picker
            autoFocus
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={billing} onChange={(event) => setBilling(event.target.checked)} />
          <span>Add as billing contact</span>
        </label>
      </div>
      <p className="picker__status" aria-live="polite">
        {added}
      </p>
      {results.isPending ? (
        <p className="picker__status">
          <Spinner size="sm" /> Searching…
        </p>
      ) : results.isError ? (
        <QueryError error={results.error} onRetry={() => void results.refetch()} what="contacts" />
      ) : results.data.items.length === 0 ? (
        <p className="picker__status">No contacts match “{query}”.</p>
      ) : (
        <ul className="item-list item-list--compact" aria-busy={results.isFetching}>
          {results.data.items.map((contact) => {
            const linked = contact.accounts.some((a) => a.accountId === account.id);
            const adding = link.isPending && link.variables?.params.path.id === contact.id;
            return (
              <li key={contact.id} className="item-list__item">
                <div className="item-list__main">
                  <span className="item-list__name">{nameOf(contact)}</span>
                  <span className="item-list__sub">{contact.email ?? 'No email'}</span>
                  {failedId === contact.id && (
                    <span className="field__error" role="alert">
                      {problemMessage(link.error)}
                    </span>
                  )}
                </div>
                <PortalStatusBadge status={contact.portalStatus} />
                {linked ? (
                  <span className="badge badge--success">Linked</span>
                ) : (
                  <button
                    type="button"
                    className="button button--primary button--small"
                    onClick={() => add(contact)}
                    disabled={link.isPending}
                  >
                    {adding ? 'Adding…' : 'Add'}
                    <span className="visually-hidden"> {nameOf(contact)}</span>
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
