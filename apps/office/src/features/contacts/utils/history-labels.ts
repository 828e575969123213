import type { PortalHistoryEntry } from '../api/contact';

type EventType = PortalHistoryEntry['type'];

const labels: Record<EventType, string> = {
  invited: 'Invited',
  resent: 'Invitation resent',
  reminded: 'Reminder sent',
  email_sent: 'Email sent',
  email_failed: 'Email failed',
  link_opened: 'Link opened',
  registered: 'Registered',
  expired: 'Invitation expired',
  revoked: 'Invitation revoked',
  suspended: 'Suspended',
  reinstated: 'Reinstated',
  password_reset_requested: 'Password reset requested',
  previewed_by_office: 'Viewed the portal as this contact (read-only)',
  letter_printed: 'Invitation letter printed',
  code_redeemed: 'Letter code entered',
};

/** What happened, in the words of the contact page's timeline. */
export function historyLabel(entry: Pick<PortalHistoryEntry, 'type'>): string {
  // A type newer than this build (the API moved first) still reads as words, never a blank line.
  return (
    labels[entry.type] ?? `${entry.type.charAt(0).toUpperCase()}${entry.type.slice(1).replace(/_/g, ' ')}`
  );
}

const letterDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** The detail worth a second line: which message went out, why it failed, the note shown. */
export function historyDetail(entry: Pick<PortalHistoryEntry, 'type' | 'detail'>): string | null {
  const { detail } = entry;
  const whichEmail = detail.email === 'reminder' ? 'Reminder email' : null;
  switch (entry.type) {
    case 'email_sent':
    case 'reminded': {
      const messageId = text(detail.messageId);
      return messageId ? `Message id ${messageId}` : null;
    }
    case 'email_failed': {
      const reason = text(detail.reason) ?? 'No reason given';
      return whichEmail ? `${whichEmail}: ${reason}` : reason;
    }
    case 'suspended': {
      const note = text(detail.note);
      return note ? `Note: ${note}` : null;
    }
    case 'invited':
    case 'resent':
      return detail.channel === 'letter' ? 'By printed letter' : null;
    case 'registered':
      // A contact invited by letter had no email: the one typed at sign-up was taken as given.
      return detail.emailProvidedAtSignUp === true
        ? 'Gave their email address at sign-up (not verified)'
        : null;
    case 'letter_printed': {
      const until = text(detail.expiresAt);
      return until ? `Code works once, until ${letterDate.format(new Date(until))}` : null;
    }
    default:
      return null;
  }
}

/** Who did it: an office user by name, or the contact, the system, an integration. */
export function historyActor(entry: Pick<PortalHistoryEntry, 'actor'>): string {
  const { type, name } = entry.actor;
  switch (type) {
    case 'office_user':
      return name ?? 'A former office user';
    case 'contact':
      return 'The contact';
    case 'integration':
      return name ? `Integration ${name}` : 'An integration';
    case 'system':
      return 'System';
  }
}
