import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-error';
import { Spinner } from '../../../components/spinner';
import { contactsListOptions } from '../api/list-contacts';
import { usePermissions } from '../api/permissions';
import { useContactFilters } from '../hooks/use-contact-filters';
import { useContactSelection } from '../hooks/use-contact-selection';
import { filterQuery, filtersKey, isFiltered, noFilters } from '../utils/contact-filters';
import { inviteTarget, selectedCount } from '../utils/selection';
import { ContactFilters } from './contact-filters';
import { ContactsTable, ContactsTableSkeleton } from './contacts-table';
import { InviteDialog } from './invite-dialog';
import { SelectionBar } from './selection-bar';

export function ContactsPage() {
  const [filters, setFilters] = useContactFilters();
  const contacts = useInfiniteQuery(contactsListOptions(filters));
  const { can } = usePermissions();
  const canInvite = can('invitations.send');
  const [selection, dispatch] = useContactSelection(filtersKey(filters));
  const [inviting, setInviting] = useState(false);

  const rows = contacts.data?.pages.flatMap((page) => page.items) ?? [];
  const loadedIds = rows.map((row) => row.id);
  const total = contacts.data?.pages[0]?.total ?? 0;
  const filtered = isFiltered(filters);
  const updating = contacts.isFetching && !contacts.isFetchingNextPage && !contacts.isPending;
  // Rows of the previous filter stay on screen while the new ones load; choosing among them
  // would mean contacts of the old filter, so selection waits for the real rows.
  const selectable = canInvite && !contacts.isPlaceholderData;

  return (
    <>
      <title>Contacts · Portico</title>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Contacts</h1>
          <p className="page-header__text">
            Your customers’ people: invite them to the portal and see where each one stands.
          </p>
        </div>
        {can('contacts.write') && (
          <Link className="button button--primary" to="/contacts/new">
            New contact
          </Link>
        )}
      </header>

      <ContactFilters filters={filters} onChange={setFilters} />

      <div className="list-summary" aria-live="polite">
        {contacts.isSuccess && total > 0 && (
          <p>
            {total === 1 ? '1 contact' : `${total.toLocaleString()} contacts`}
            {rows.length < total && ` · showing ${rows.length.toLocaleString()}`}
          </p>
        )}
        {filtered && rows.length > 0 && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setFilters(noFilters)}
          >
            Clear filters
          </button>
        )}
        {updating && (
          <p className="list-summary__busy">
            <Spinner size="sm" /> Updating…
          </p>
        )}
      </div>

      {contacts.isSuccess && rows.length > 0 && !canInvite && (
        <p className="contacts-note">
          Inviting contacts to the portal needs the invitations.send permission. Ask an administrator if you
          need it.
        </p>
      )}

      {contacts.isPending ? (
        <ContactsTableSkeleton />
      ) : contacts.isError && rows.length === 0 ? (
        <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} what="contacts" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h2 className="state__title">{filtered ? 'No contacts match' : 'No contacts yet'}</h2>
          <p className="state__text">
            {filtered
              ? 'Try another search, or clear the filters to see every contact.'
              : 'Add the people at your customers who should see their reports in the portal.'}
          </p>
          {filtered ? (
            <button type="button" className="button button--secondary" onClick={() => setFilters(noFilters)}>
              Clear filters
            </button>
          ) : (
            can('contacts.write') && (
              <Link className="button button--primary" to="/contacts/new">
                New contact
              </Link>
            )
          )}
        </section>
      ) : (
        <>
          {selectable && (
            <SelectionBar
              selection={selection}
              dispatch={dispatch}
              loadedIds={loadedIds}
              total={total}
              onInvite={() => setInviting(true)}
            />
          )}
          <ContactsTable
            contacts={rows}
            busy={updating}
            selection={selectable ? { state: selection, dispatch } : undefined}
          />
          {contacts.isFetchNextPageError && (
            <QueryError
              error={contacts.error}
              onRetry={() => void contacts.fetchNextPage()}
              what="more contacts"
            />
          )}
          {contacts.hasNextPage && (
            <div className="load-more">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void contacts.fetchNextPage()}
                disabled={contacts.isFetchingNextPage}
              >
                {contacts.isFetchingNextPage ? (
                  <>
                    <Spinner size="sm" /> Loading…
                  </>
                ) : (
                  'Load more'
                )}
              </button>
            </div>
          )}
        </>
      )}

      {canInvite && (
        <InviteDialog
          open={inviting}
          count={selectedCount(selection, total)}
          target={inviteTarget(selection, filterQuery(filters))}
          onClose={() => setInviting(false)}
          onSent={() => dispatch({ type: 'clear' })}
        />
      )}
    </>
  );
}
