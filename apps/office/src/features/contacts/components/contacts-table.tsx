import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { PortalStatusBadge } from '../../../components/portal-status-badge';
import { contactName } from '../../../lib/contact-name';
import type { Contact } from '../api/list-contacts';
import {
  allLoadedSelected,
  isSelected,
  type Selection,
  type SelectionAction,
  someLoadedSelected,
} from '../utils/selection';

interface ContactsTableProps {
  contacts: Contact[];
  busy: boolean;
  /** Absent when the user may not invite: no checkboxes then. */
  selection?: { state: Selection; dispatch: (action: SelectionAction) => void } | undefined;
}

/** A table on wide screens, a card per contact under 640 px (data-label names each value). */
export function ContactsTable({ contacts, busy, selection }: ContactsTableProps) {
  const loadedIds = contacts.map((c) => c.id);
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className={`table table--cards contacts-table${selection ? ' contacts-table--select' : ''}`}>
        <caption className="visually-hidden">Contacts</caption>
        <thead>
          <tr>
            {selection && (
              <td className="contacts-table__select">
                <HeaderCheckbox
                  checked={allLoadedSelected(selection.state, loadedIds)}
                  indeterminate={
                    someLoadedSelected(selection.state, loadedIds) &&
                    !allLoadedSelected(selection.state, loadedIds)
                  }
                  onChange={() => selection.dispatch({ type: 'toggle-loaded', loadedIds })}
                />
              </td>
            )}
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Accounts</th>
            <th scope="col">Portal status</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => {
            const name = contactName(contact);
            const selected = selection ? isSelected(selection.state, contact.id) : false;
            return (
              <tr key={contact.id} className={selected ? 'is-selected' : undefined}>
                {selection && (
                  <td className="contacts-table__select">
                    <label className="contacts-table__check">
                      <input
                        type="checkbox"
                        checked={selected}
                        onChange={() => selection.dispatch({ type: 'toggle', id: contact.id, loadedIds })}
                      />
                      <span className="visually-hidden">Select {name}</span>
                    </label>
                  </td>
                )}
                <th scope="row" className="table__primary">
                  <Link className="table__name contacts-table__link" to={`/contacts/${contact.id}`}>
                    {name}
                  </Link>
                  {contact.jobTitle && <span className="table__sub">{contact.jobTitle}</span>}
                </th>
                <td data-label="Email" className="contacts-table__email">
                  {contact.email ?? <span className="muted">No email</span>}
                </td>
                <td data-label="Accounts">
                  {contact.accounts.length > 0 ? (
                    contact.accounts.map((a) => a.accountName).join(', ')
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td data-label="Portal status">
                  <PortalStatusBadge status={contact.portalStatus} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCheckbox(props: { checked: boolean; indeterminate: boolean; onChange: () => void }) {
  const ref = useRef<HTMLInputElement>(null);
  // `indeterminate` is a DOM property only, with no attribute React could set.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = props.indeterminate;
  }, [props.indeterminate]);
  return (
    <label className="contacts-table__check">
      <input ref={ref} type="checkbox" checked={props.checked} onChange={props.onChange} />
      <span className="visually-hidden">Select all loaded contacts</span>
    </label>
  );
}
