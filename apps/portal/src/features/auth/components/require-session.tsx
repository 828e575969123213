import { problemMessage } from '@portico/api-client';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { AuthLayout } from '../../../components/auth-layout';
import { rememberReturnTo } from '../../../lib/return-to';
import { useSessionStatus } from '../../../lib/session';
import { SessionCheck } from './session-check';

/** Renders its children for a signed-in customer; otherwise restores the session or sends to sign-in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const status = useSessionStatus();
  const location = useLocation();

  switch (status.state) {
    case 'signed-in':
      return children;
    case 'checking':
      return <SessionCheck />;
    case 'unknown':
      return (
        <AuthLayout title="Not answering">
          <section className="card" role="alert" aria-labelledby="unknown-title">
            <div className="card__intro">
              <h1 id="unknown-title" className="card__title">
                The portal is not answering
              </h1>
              <p className="muted">{problemMessage(status.error)}</p>
            </div>
            <div className="stack">
              <button type="button" className="button button--primary button--block" onClick={status.retry}>
                Try again
              </button>
              <Link className="button button--secondary button--block" to="/sign-in">
                Go to sign-in
              </Link>
            </div>
          </section>
        </AuthLayout>
      );
    case 'signed-out': {
      const from = `${location.pathname}${location.search}`;
      rememberReturnTo(from);
      return <Navigate to="/sign-in" replace state={{ from }} />;
    }
  }
}
