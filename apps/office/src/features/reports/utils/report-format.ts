import type { FeatureUse } from '../api/usage';

const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const monthName = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayName = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const fullDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatCount = (value: number) => whole.format(value);
export const formatPercent = (ratio: number) => percent.format(ratio);
/** "Mar 2026" from '2026-03', read in UTC so no reader's time zone shifts it a month. */
export const formatMonth = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));
/** "Mar 2" from a 'YYYY-MM-DD' day. */
export const formatShortDay = (day: string) => dayName.format(new Date(`${day}T00:00:00Z`));
export const formatDay = (day: string) => fullDay.format(new Date(`${day}T00:00:00Z`));
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));

export function formatMoney(amount: number): string {
  // The at-risk list sums invoices without a currency; the organization bills in one.
  return new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    amount,
  );
}

/** A median time to register: hours for the first two days, then days. */
export function formatDuration(hours: number): string {
  if (hours < 1) return `${whole.format(Math.max(1, Math.round(hours * 60)))} min`;
  if (hours < 48) return `${oneDecimal.format(hours)} h`;
  return `${oneDecimal.format(hours / 24)} days`;
}

/** The share `part` is of `whole`, or null when there is no whole to share. */
export const shareOf = (part: number, of: number): number | null => (of > 0 ? part / of : null);

const featureLabels: Record<string, string> = {
  sign_in: 'Sign-ins',
  sign_out: 'Sign-outs',
  document_viewed: 'Documents viewed',
  document_downloaded: 'Documents downloaded',
  proposal_decided: 'Proposals decided',
  search: 'Searches',
};

/** A portal activity as office staff say it; one the console does not know yet reads from its code. */
export function featureLabel(feature: FeatureUse['feature']): string {
  const known = featureLabels[feature];
  if (known) return known;
  const words = feature.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
