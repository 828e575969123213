import type { ThreadSummary } from '../api/messages';

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export const when = (iso: string) => dateTime.format(new Date(iso));

/** "North Tower · Acme Ltd" / "Report R-12 · Acme Ltd": what the conversation is about. */
export function aboutText(about: ThreadSummary['about']): string {
  const what =
    about.kind === 'document' ? about.documentTitle : about.kind === 'building' ? about.buildingName : null;
  return [what, about.accountName].filter(Boolean).join(' · ');
}

export const aboutKind: Record<ThreadSummary['about']['kind'], string> = {
  account: 'Account',
  building: 'Building',
  document: 'Document',
};
