import type { DocumentKind, NotificationCategory, NotificationChoice } from '@portico/db';

export const notificationCategories = [
  'new_documents',
  'invoices_due',
  'proposals',
  'service_requests',
  'messages',
] as const satisfies readonly NotificationCategory[];
export const notificationChoices = [
  'immediately',
  'daily',
  'off',
] as const satisfies readonly NotificationChoice[];

/**
 * What a contact may choose per category. The daily digest lists documents only; a reply to a
 * message or a change to a service request is news about something the contact started, so it
 * comes at once or not at all.
 */
export const choicesOfCategory: Record<NotificationCategory, readonly NotificationChoice[]> = {
  new_documents: notificationChoices,
  invoices_due: notificationChoices,
  proposals: notificationChoices,
  service_requests: ['immediately', 'off'],
  messages: ['immediately', 'off'],
};

/** No row for a category means this: contacts hear of new things as they happen until they choose otherwise. */
export const DEFAULT_NOTIFICATION_CHOICE: NotificationChoice = 'immediately';

/**
 * Which preference governs the "new document" notice of each kind. A newly published invoice is
 * what "invoices due" is about (it is a bill to pay), and a new proposal is one "awaiting
 * decision"; inspection and service reports are the "new documents". So a contact who turns
 * invoices off still hears of reports, and the other way round.
 */
export const categoryOfKind: Record<DocumentKind, NotificationCategory> = {
  inspection_report: 'new_documents',
  service_report: 'new_documents',
  invoice: 'invoices_due',
  proposal: 'proposals',
};

export const categoryLabels: Record<NotificationCategory, string> = {
  new_documents: 'new documents (inspection and service reports)',
  invoices_due: 'invoices due',
  proposals: 'proposals awaiting your decision',
  service_requests: 'updates to your service requests',
  messages: 'replies to your messages',
};
