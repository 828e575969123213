import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/auth-layout';
import { SuspendedPanel } from '../../../components/suspended-panel';
import { organizationSlug, ssoProvidersOptions } from '../api/sso-providers';
import { SsoButtons } from './sso-buttons';

/** What each refusal means for the customer, and what to do. Keys are the API's reason codes. */
const reasons: Record<string, { title: string; text: string }> = {
  unverified_email: {
    title: 'Your email address is not verified there',
    text: 'The account you signed in with has not confirmed its email address, so it cannot be matched to you. Verify it with that provider, or sign in with your email and password.',
  },
  unknown_email: {
    title: 'We don’t know that email address',
    text: 'No customer account here uses the email address of the account you signed in with. Sign in with the account your invitation was sent to, or ask your service provider to add this address.',
  },
  not_invited: {
    title: 'You have not been invited yet',
    text: 'Your service provider has not invited you to the portal. Ask them for an invitation, then sign in again.',
  },
  invitation_expired: {
    title: 'Your invitation has expired',
    text: 'Ask your service provider for a new invitation, then sign in again.',
  },
  cancelled: {
    title: 'Sign-in cancelled',
    text: 'You did not finish signing in with the provider. Try again when you are ready.',
  },
  state_mismatch: {
    title: 'This sign-in started somewhere else',
    text: 'Start again from this page, in the same browser, and finish without switching tabs or devices.',
  },
  expired: {
    title: 'This sign-in has run out',
    text: 'It took too long, or the same sign-in was used twice. Start again.',
  },
  too_many_attempts: {
    title: 'Too many attempts',
    text: 'Too many sign-ins were started from here. Wait a few minutes and try again.',
  },
  provider_unavailable: {
    title: 'This sign-in option is not available',
    text: 'Your service provider has turned it off. Sign in with your email address instead.',
  },
};
const fallback = {
  title: 'We could not sign you in',
  text: 'The answer from the sign-in provider could not be verified, or the provider could not be reached. Try again, or sign in with your email address.',
};

export function SsoErrorPage() {
  const [search] = useSearchParams();
  const org = organizationSlug(search);
  const reason = search.get('reason') ?? '';
  const note = search.get('note');
  const providers = useQuery({ ...ssoProvidersOptions(org ?? ''), enabled: org !== null });
  const { title, text } = reasons[reason] ?? fallback;
  const signIn = org ? `/sign-in?org=${encodeURIComponent(org)}` : '/sign-in';

  return (
    <AuthLayout title={title} brand={providers.data?.organization}>
      <section className="card" aria-labelledby="sso-error-title">
        <div className="card__intro">
          <h1 id="sso-error-title" className="card__title">
            {reason === 'suspended' ? 'You could not be signed in' : title}
          </h1>
          {reason !== 'suspended' && <p className="muted">{text}</p>}
        </div>
        {reason === 'suspended' && (
          <SuspendedPanel
            suspension={{
              note,
              message: 'Your access to the portal has been suspended. Contact your service provider.',
            }}
          />
        )}
        <SsoButtons org={org} />
        <Link className="button button--primary button--block" to={signIn}>
          Sign in with your email address
        </Link>
      </section>
    </AuthLayout>
  );
}
