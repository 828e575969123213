const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "12 Mar 2026, 14:05" in the reader's own locale and time zone. */
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
