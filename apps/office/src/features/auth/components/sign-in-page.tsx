import { problemMessage } from '@portico/api-client';
import { PageStatus } from '@portico/ui';
import { Navigate, useLocation } from 'react-router';
import { useSessionStatus } from '../api/session';
import { SignInForm } from './sign-in-form';

/** Where RequireSession sent the person from; only an in-app path, never another site. */
function returnPath(state: unknown): string {
  const from = typeof state === 'object' && state !== null && 'from' in state ? state.from : undefined;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function SignInPage() {
  const status = useSessionStatus();
  const location = useLocation();

  if (status.state === 'signed-in') return <Navigate to={returnPath(location.state)} replace />;
  if (status.state === 'checking') return <PageStatus>Checking your session…</PageStatus>;

  return (
    <main className="auth-layout">
      <title>Sign in · Portico</title>
      <section className="auth-card" aria-labelledby="sign-in-title">
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">Portico</span>
          <span className="brand__tag">Office</span>
        </div>
        <h1 id="sign-in-title" className="auth-card__title">
          Sign in to the office console
        </h1>
        {status.state === 'signed-out' && status.reason && (
          <p className="alert alert--info" role="status">
            {status.reason}
          </p>
        )}
        {status.state === 'unknown' && (
          <p className="alert alert--warning" role="status">
            Could not check for an earlier session: {problemMessage(status.error)}
          </p>
        )}
        <SignInForm />
      </section>
      <p className="auth-layout__footer">Customer? Sign in on your customer portal instead.</p>
    </main>
  );
}
