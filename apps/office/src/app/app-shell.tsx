import { type Permission, problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useSignOut } from '../features/auth/api/sign-out';
import { MessagesNavBadge } from '../features/messages/components/messages-nav-badge';
import { meQueryOptions, usePermissions } from '../lib/permissions';

const nav: { to: string; label: string; permission?: Permission; badge?: () => ReactNode }[] = [
  { to: '/contacts', label: 'Contacts' },
  { to: '/messages', label: 'Messages', badge: () => <MessagesNavBadge /> },
  { to: '/accounts', label: 'Accounts' },
  { to: '/buildings', label: 'Buildings' },
  { to: '/client-groups', label: 'Client groups' },
  { to: '/documents', label: 'Documents' },
  { to: '/service-requests', label: 'Service requests' },
  { to: '/bulk-invite', label: 'Bulk invite' },
  { to: '/templates', label: 'Templates' },
  { to: '/email-failures', label: 'Email failures' },
  { to: '/reports', label: 'Reports', permission: 'reports.read' },
  { to: '/inbound-contacts', label: 'Emails and calls', permission: 'reports.read' },
  { to: '/settings', label: 'Settings' },
  { to: '/settings/single-sign-on', label: 'Single sign-on', permission: 'settings.manage' },
  { to: '/help-articles', label: 'Help articles', permission: 'settings.manage' },
  { to: '/integrations/api-keys', label: 'Integrations', permission: 'integrations.manage' },
  { to: '/integrations/webhooks', label: 'Webhooks', permission: 'integrations.manage' },
];

export function AppShell() {
  const me = useQuery(meQueryOptions());
  const { can } = usePermissions();
  const signOut = useSignOut();
  const navRef = useRef<HTMLUListElement>(null);
  const { pathname } = useLocation();

  // On a phone the nav is one scrolling row: keep the current page's link in view.
  useEffect(() => {
    const current = pathname ? navRef.current?.querySelector('[aria-current="page"]') : null;
    current?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">Portico</span>
          {me.data && <span className="brand__org">{me.data.organization.name}</span>}
        </div>
        <div className="topbar__user">
          {me.data ? (
            <p className="user">
              <span className="user__name">{me.data.name}</span>
              <span className="user__role">{me.data.role}</span>
            </p>
          ) : me.isError ? (
            <p className="user user__role">{problemMessage(me.error)}</p>
          ) : null}
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => signOut.mutate({})}
            disabled={signOut.isPending}
          >
            {signOut.isPending ? 'Signing out…' : 'Sign out'}
          </button>
        </div>
      </header>
      <nav className="nav" aria-label="Main">
        <ul className="nav__list" ref={navRef}>
          {nav
            .filter((item) => !item.permission || can(item.permission))
            .map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className="nav__link">
                  {item.label}
                  {item.badge?.()}
                </NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
