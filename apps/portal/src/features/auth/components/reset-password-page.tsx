import { PageStatus } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/auth-layout';
import { CheckFailed } from '../../../components/check-failed';
import { isLinkToken } from '../../../lib/tokens';
import { linkPage } from '../api/link-state';
import { portalLinkQueryOptions, useCompletePasswordReset } from '../api/portal-links';
import { LinkEnded } from './link-ended';
import { ResetPasswordForm } from './reset-password-form';

/** Where a reset email lands: checks the link (consuming nothing), then takes the new password. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const check = useQuery({ ...portalLinkQueryOptions(token ?? ''), enabled: isLinkToken(token) });
  // Owned here, not by the form: a link found used or expired on saving turns the whole page.
  const reset = useCompletePasswordReset();
  const page = linkPage('password_reset', token, check, reset.error);

  if (page.kind === 'elsewhere') return <Navigate to={`/sign-in/link?token=${token ?? ''}`} replace />;

  return (
    <AuthLayout title="Choose a new password">
      {page.kind === 'checking' && (
        <section className="card">
          <PageStatus>Checking your reset link…</PageStatus>
        </section>
      )}
      {page.kind === 'ended' && <LinkEnded purpose="password_reset" end={page.end} />}
      {page.kind === 'failed' && (
        <CheckFailed
          title="We could not check your reset link"
          error={page.error}
          retry={() => void check.refetch()}
        />
      )}
      {page.kind === 'valid' && token && (
        <section className="card" aria-labelledby="reset-title">
          <div className="card__intro">
            <h1 id="reset-title" className="card__title">
              Choose a new password
            </h1>
          </div>
          <ResetPasswordForm token={token} reset={reset} />
        </section>
      )}
    </AuthLayout>
  );
}
