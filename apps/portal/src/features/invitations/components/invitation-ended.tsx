import { Link } from 'react-router';
import type { Brand } from '../../../lib/brand';
import type { InvitationEnd } from '../api/invitation-state';

const copy: Record<InvitationEnd, { title: string; text: (org: string) => string }> = {
  expired: {
    title: 'This invitation has expired',
    text: () => 'For your security, an invitation link works for a few days only.',
  },
  used: {
    title: 'This invitation has already been used',
    text: () =>
      'Your portal account is set up. Sign in with your email and password, or with a link sent to your email.',
  },
  revoked: {
    title: 'This invitation is no longer valid',
    text: (org) =>
      `${org} sent a newer invitation or withdrew this one. If a newer email reached you, use the link in that one.`,
  },
  unknown: {
    title: 'We could not find this invitation',
    text: () =>
      'The link may have been cut short on its way from the email. Try opening it from the email again.',
  },
};

/** An invitation that can no longer be accepted: say why, and who can send a new one. */
export function InvitationEnded({ end, organization }: { end: InvitationEnd; organization: Brand | null }) {
  const org = organization?.name ?? 'your service provider';
  const { title, text } = copy[end];
  return (
    <section className="card" aria-labelledby="invitation-ended-title">
      <div className="card__intro">
        <span className="card__icon card__icon--warning" aria-hidden="true" />
        <h1 id="invitation-ended-title" className="card__title">
          {title}
        </h1>
        <p className="muted">{text(org)}</p>
      </div>
      <p className="callout">
        {end === 'used' ? 'Did not set it up yourself? ' : ''}Ask {org} for a new invitation.
      </p>
      {end === 'used' && (
        <Link className="button button--primary button--block" to="/sign-in">
          Sign in
        </Link>
      )}
    </section>
  );
}
