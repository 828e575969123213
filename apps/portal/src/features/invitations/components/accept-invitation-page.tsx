import { PageStatus } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/auth-layout';
import { CheckFailed } from '../../../components/check-failed';
import { isLinkToken } from '../../../lib/tokens';
import { invitationQueryOptions, useAcceptInvitation } from '../api/invitation';
import { invitationPage } from '../api/invitation-state';
import { ChoosePasswordForm } from './choose-password-form';
import { InvitationEnded } from './invitation-ended';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Where an invitation email lands: welcome by name, in the organization's colours, one field to go. */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const check = useQuery({ ...invitationQueryOptions(token ?? ''), enabled: isLinkToken(token) });
  // Owned here, not by the form: an invitation found used or expired on accepting turns the page.
  const accept = useAcceptInvitation();
  const page = invitationPage(token, check, accept.error);
  const brand = check.data?.organization ?? null;

  return (
    <AuthLayout title={page.kind === 'valid' ? 'Welcome' : 'Your invitation'} brand={brand}>
      {page.kind === 'checking' && (
        <section className="card">
          <PageStatus>Opening your invitation…</PageStatus>
        </section>
      )}
      {page.kind === 'ended' && <InvitationEnded end={page.end} organization={page.organization} />}
      {page.kind === 'failed' && (
        <CheckFailed
          title="We could not open your invitation"
          error={page.error}
          retry={() => void check.refetch()}
        />
      )}
      {page.kind === 'valid' && token && (
        <section className="card" aria-labelledby="welcome-title">
          <div className="card__intro">
            <h1 id="welcome-title" className="card__title">
              Welcome, {page.invitation.contact.firstName}
            </h1>
            <p className="muted">
              {page.invitation.organization.name} invited you to its customer portal: your reports, proposals
              and invoices in one place, on any device. Choose a password to finish.
            </p>
          </div>
          <ChoosePasswordForm token={token} invitation={page.invitation} accept={accept} />
          <p className="form-note">
            This invitation works until {dateFormat.format(new Date(page.invitation.expiresAt))}.
          </p>
        </section>
      )}
    </AuthLayout>
  );
}
