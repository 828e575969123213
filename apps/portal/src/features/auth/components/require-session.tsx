import { problemMessage } from '@portico/api-client';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { AuthLayout } from '../../../components/auth-layout';
import { PreviewEnded } from '../../../components/preview-ended';
import { usePreviewState } from '../../../lib/preview';
import { rememberReturnTo } from '../../../lib/return-to';
import { useSessionStatus } from '../../../lib/session';
import { SessionCheck } from './session-check';

/** Renders its children for a signed-in customer; otherwise restores the session or sends to sign-in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const status = useSessionStatus();
  const location = useLocation();
  const preview = usePreviewState();

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
      // A "view as customer" tab says its preview ended; it does not send office staff to sign-in.
      if (preview?.kind === 'ended') return <PreviewEnded reason={preview.reason} />;
      const from = `${location.pathname}${location.search}`;
      rememberReturnTo(from);
      return <Navigate to="/sign-in" replace state={{ from }} />;
    }
  }
}
