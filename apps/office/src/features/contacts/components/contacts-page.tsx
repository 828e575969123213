import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ListSkeleton } from '../../../components/list-skeleton';
import { ListSummary } from '../../../components/list-summary';
import { LoadMore } from '../../../components/load-more';
import { QueryError } from '../../../components/query-error';
import { usePermissions } from '../../../lib/permissions';
import { contactsListOptions } from '../api/list-contacts';
import { useContactFilters } from '../hooks/use-contact-filters';
import { useContactSelection } from '../hooks/use-contact-selection';
import { filterQuery, filtersKey, isFiltered, noFilters } from '../utils/contact-filters';
import { inviteTarget, selectedCount } from '../utils/selection';
import { ContactFilters } from './contact-filters';
import { ContactsTable } from './contacts-table';
import { InviteDialog } from './invite-dialog';
import { PrintLettersAction } from './print-letters-action';
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

      <ListSummary noun={['contact', 'contacts']} total={total} shown={rows.length} updating={updating}>
        {filtered && rows.length > 0 && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setFilters(noFilters)}
          >
            Clear filters
          </button>
        )}
      </ListSummary>

      {contacts.isSuccess && rows.length > 0 && !canInvite && (
        <p className="contacts-note">
          Inviting contacts to the portal needs the invitations.send permission. Ask an administrator if you
          need it.
        </p>
      )}

      {contacts.isPending ? (
        <ListSkeleton label="Loading contacts" rows={6} columns={3} />
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
            >
              <PrintLettersAction selection={selection} onPrinted={() => dispatch({ type: 'clear' })} />
            </SelectionBar>
          )}
          <ContactsTable
            contacts={rows}
            busy={updating}
            selection={selectable ? { state: selection, dispatch } : undefined}
          />
          <LoadMore query={contacts} what="contacts" />
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
