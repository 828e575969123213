import { problemMessage } from '@portico/api-client';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { AuthLayout } from '../../../components/auth-layout';
import { SuspendedPanel } from '../../../components/suspended-panel';
import { useStore } from '../../../lib/external-store';
import { takeReturnTo } from '../../../lib/return-to';
import { useSessionStatus } from '../../../lib/session';
import { suspensionStore } from '../../../lib/suspension';
import { returnPath } from './return-path';
import { SessionCheck } from './session-check';
import { SignInForm } from './sign-in-form';

/** `alternatives`: other ways in, above the form (the app passes single sign-on's buttons). */
export function SignInPage({ alternatives }: { alternatives?: ReactNode } = {}) {
  const status = useSessionStatus();
  const suspension = useStore(suspensionStore);
  const location = useLocation();

  if (status.state === 'signed-in') return <Navigate to={arrival(location.state)} replace />;
  if (status.state === 'checking') return <SessionCheck />;

  return (
    <AuthLayout title="Sign in">
      <section className="card" aria-labelledby="sign-in-title">
        <div className="card__intro">
          <h1 id="sign-in-title" className="card__title">
            Sign in
          </h1>
          <p className="muted">
            Your inspection reports, service reports, proposals and invoices, in one place.
          </p>
        </div>
        {/* A session the organization ended by suspending the customer: its note, not a generic "signed out". */}
        {suspension ? (
          <SuspendedPanel suspension={suspension} />
        ) : (
          status.state === 'signed-out' &&
          status.reason && (
            <p className="alert alert--info" role="status">
              {status.reason}
            </p>
          )
        )}
        {status.state === 'unknown' && (
          <p className="alert alert--warning" role="status">
            Could not check for an earlier session: {problemMessage(status.error)}
          </p>
        )}
        {alternatives}
        <SignInForm />
        <p className="form-note">
          Got an invitation letter?{' '}
          <Link className="text-link" to="/code">
            Enter your code
          </Link>
        </p>
      </section>
    </AuthLayout>
  );
}

/** Where signing in leads: the page that sent the customer here, else one kept from an earlier visit. */
function arrival(state: unknown): string {
  const fromState = returnPath(state);
  const kept = takeReturnTo();
  return fromState !== '/' ? fromState : kept;
}
