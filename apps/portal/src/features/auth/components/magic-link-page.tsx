import { PageStatus, Spinner } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/auth-layout';
import { CheckFailed } from '../../../components/check-failed';
import { StaySignedIn } from '../../../components/stay-signed-in';
import { SuspendedPanel } from '../../../components/suspended-panel';
import { failureMessage, suspensionOf } from '../../../lib/problems';
import { takeReturnTo } from '../../../lib/return-to';
import { isLinkToken } from '../../../lib/tokens';
import { linkPage } from '../api/link-state';
import { portalLinkQueryOptions, useSignInWithLink } from '../api/portal-links';
import { LinkEnded } from './link-ended';

/**
 * Where "Email me a sign-in link" lands. Opening it only looks the link up; the customer's press
 * of "Sign in" uses it, so a mail scanner that opens it first leaves it working.
 */
export function MagicLinkPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const navigate = useNavigate();
  const check = useQuery({ ...portalLinkQueryOptions(token ?? ''), enabled: isLinkToken(token) });
  const signIn = useSignInWithLink();
  const [staySignedIn, setStaySignedIn] = useState(false);
  const page = linkPage('magic_link', token, check, signIn.error);

  if (page.kind === 'elsewhere') return <Navigate to={`/reset-password?token=${token ?? ''}`} replace />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!token) return;
    signIn.mutate(
      { body: { token, staySignedIn } },
      { onSuccess: () => navigate(takeReturnTo(), { replace: true }) },
    );
  }

  const suspension = suspensionOf(signIn.error);
  return (
    <AuthLayout title="Sign in with your link">
      {page.kind === 'checking' && (
        <section className="card">
          <PageStatus>Checking your sign-in link…</PageStatus>
        </section>
      )}
      {page.kind === 'ended' && <LinkEnded purpose="magic_link" end={page.end} />}
      {page.kind === 'failed' && (
        <CheckFailed
          title="We could not check your sign-in link"
          error={page.error}
          retry={() => void check.refetch()}
        />
      )}
      {page.kind === 'valid' && (
        <section className="card" aria-labelledby="link-title">
          <div className="card__intro">
            <h1 id="link-title" className="card__title">
              Sign in to your portal
            </h1>
            <p className="muted">Your sign-in link is ready. It works once.</p>
          </div>
          <form className="stack" onSubmit={submit} aria-busy={signIn.isPending}>
            {suspension && <SuspendedPanel suspension={suspension} />}
            {signIn.isError && !suspension && (
              <div className="alert alert--error" role="alert">
                {failureMessage(signIn.error)}
              </div>
            )}
            <StaySignedIn checked={staySignedIn} onChange={setStaySignedIn} />
            <button
              type="submit"
              className="button button--primary button--block"
              disabled={signIn.isPending}
            >
              {signIn.isPending ? (
                <>
                  <Spinner size="sm" /> Signing in…
                </>
              ) : (
                'Sign in'
              )}
            </button>
          </form>
        </section>
      )}
    </AuthLayout>
  );
}
