import type { DocumentKind } from './documents';

export const kindLabels: Record<DocumentKind, string> = {
  inspection_report: 'Inspection report',
  service_report: 'Service report',
  proposal: 'Proposal',
  invoice: 'Invoice',
};

export const kindOrder: readonly DocumentKind[] = [
  'inspection_report',
  'service_report',
  'proposal',
  'invoice',
];

const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A `YYYY-MM-DD` date as it reads, without shifting a day through the reader's time zone. */
export const formatDay = (day: string) => dateOnly.format(new Date(`${day}T00:00:00Z`));
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));

export function formatAmount(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    // An unknown currency code from the source system: the number and the code as they came.
    return `${amount.toFixed(2)} ${currency}`;
  }
}
