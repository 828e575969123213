import { problemMessage } from '@portico/api-client';
import { PageStatus } from '@portico/ui';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useSessionStatus } from '../api/session';

/** Renders its children for a signed-in user; otherwise restores the session or sends to sign-in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const status = useSessionStatus();
  const location = useLocation();

  switch (status.state) {
    case 'signed-in':
      return children;
    case 'checking':
      return <PageStatus>Checking your session…</PageStatus>;
    case 'unknown':
      return (
        <main className="auth-layout">
          <section className="auth-card state state--error" role="alert">
            <h1 className="state__title">Portico is not answering</h1>
            <p className="state__text">{problemMessage(status.error)}</p>
            <div className="actions">
              <button type="button" className="button button--primary" onClick={status.retry}>
                Try again
              </button>
              <Link className="button button--secondary" to="/sign-in">
                Go to sign-in
              </Link>
            </div>
          </section>
        </main>
      );
    case 'signed-out':
      return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
}
