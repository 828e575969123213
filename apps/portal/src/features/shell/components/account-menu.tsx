import { problemMessage } from '@portico/api-client';
import { useId } from 'react';
import { Link } from 'react-router';
import { usePreviewing } from '../../../lib/preview';
import type { PortalMe } from '../../../lib/session';
import { useSignOut, useSignOutEverywhere } from '../api/sign-out';

const initials = (me: PortalMe) => `${me.firstName.charAt(0)}${me.lastName.charAt(0)}`.toUpperCase() || '?';

/**
 * Who is signed in, changing the view (client-group users), and the ways out. A native popover:
 * Escape, a click outside and the keyboard behave as people expect without a hand-written trap.
 */
export function AccountMenu({ me, onChangeView }: { me: PortalMe; onChangeView: () => void }) {
  const menuId = useId();
  const signOut = useSignOut();
  const everywhere = useSignOutEverywhere();
  const busy = signOut.isPending || everywhere.isPending;
  // Viewing as the customer: signing them out is not the office's to do (the banner ends the preview).
  const previewing = usePreviewing();
  const name = `${me.firstName} ${me.lastName}`.trim();

  function changeView() {
    document.getElementById(menuId)?.hidePopover?.();
    onChangeView();
  }

  return (
    <div className="account">
      <button type="button" className="account__button" popoverTarget={menuId}>
        <span className="avatar" aria-hidden="true">
          {initials(me)}
        </span>
        <span className="account__name">{name}</span>
        <span className="account__caret" aria-hidden="true" />
      </button>
      <div id={menuId} popover="auto" className="account__menu">
        <p className="account__who">
          <strong>{name}</strong>
          {me.email && <span className="muted">{me.email}</span>}
        </p>
        {me.views.length > 1 && (
          <button type="button" className="menu-item" onClick={changeView}>
            Change view
          </button>
        )}
        <Link
          to="/settings/notifications"
          className="menu-item"
          onClick={() => document.getElementById(menuId)?.hidePopover?.()}
        >
          Notification settings
        </Link>
        {!previewing && (
          <>
            <button type="button" className="menu-item" onClick={() => signOut.mutate({})} disabled={busy}>
              {signOut.isPending ? 'Signing out…' : 'Sign out'}
            </button>
            <button
              type="button"
              className="menu-item"
              onClick={() => everywhere.mutate({})}
              disabled={busy}
              aria-describedby={`${menuId}-everywhere`}
            >
              {everywhere.isPending ? 'Signing out everywhere…' : 'Sign out everywhere'}
            </button>
            <p className="menu-note" id={`${menuId}-everywhere`}>
              Ends your sessions on every phone and computer.
            </p>
          </>
        )}
        {everywhere.isError && (
          <p className="alert alert--error" role="alert">
            {problemMessage(everywhere.error)}
          </p>
        )}
      </div>
    </div>
  );
}
