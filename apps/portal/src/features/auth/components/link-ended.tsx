import { Link } from 'react-router';
import type { LinkEnd, LinkPurpose } from '../api/link-state';

const copy: Record<LinkPurpose, Record<LinkEnd, { title: string; text: string }>> = {
  magic_link: {
    expired: {
      title: 'This sign-in link has expired',
      text: 'For your security, a sign-in link works for 10 minutes. Ask for a new one and use it straight away.',
    },
    used: {
      title: 'This sign-in link has already been used',
      text: 'Each sign-in link works once. Ask for a new one, or sign in with your password.',
    },
    unknown: {
      title: 'This sign-in link does not work',
      text: 'It may have been cut short on its way from the email. Ask for a new one.',
    },
  },
  password_reset: {
    expired: {
      title: 'This reset link has expired',
      text: 'For your security, a reset link works for 1 hour. Ask for a new one.',
    },
    used: {
      title: 'This reset link has already been used',
      text: 'If you chose a new password with it, sign in with that. Otherwise ask for a new link.',
    },
    unknown: {
      title: 'This reset link does not work',
      text: 'It may have been cut short on its way from the email. Ask for a new one.',
    },
  },
};

/** An expired, used or unknown link: say which, and offer the one step that helps. */
export function LinkEnded({ purpose, end }: { purpose: LinkPurpose; end: LinkEnd }) {
  const { title, text } = copy[purpose][end];
  return (
    <section className="card" aria-labelledby="link-ended-title">
      <div className="card__intro">
        <span className="card__icon card__icon--warning" aria-hidden="true" />
        <h1 id="link-ended-title" className="card__title">
          {title}
        </h1>
        <p className="muted">{text}</p>
      </div>
      <div className="stack">
        <Link
          className="button button--primary button--block"
          to={purpose === 'magic_link' ? '/sign-in' : '/forgot-password'}
        >
          Ask for a new link
        </Link>
        {purpose === 'password_reset' && (
          <Link className="button button--secondary button--block" to="/sign-in">
            Sign in
          </Link>
        )}
      </div>
    </section>
  );
}
