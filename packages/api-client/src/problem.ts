import type { Problem } from './models';

/** True for an RFC 9457 body, which is what every failed API call rejects with. */
export function isProblem(error: unknown): error is Problem {
  if (typeof error !== 'object' || error === null) return false;
  const { status, title } = error as Record<string, unknown>;
  return typeof status === 'number' && typeof title === 'string';
}

/** The HTTP status of a failed call, when the server answered at all. */
export function problemStatus(error: unknown): number | undefined {
  return isProblem(error) ? error.status : undefined;
}

/**
 * One sentence to show the person. The API writes its `detail` for people ("This needs the
 * contacts.write permission…"), so it wins over the generic title.
 */
export function problemMessage(error: unknown, fallback = 'Something went wrong. Please try again.'): string {
  if (isProblem(error)) return error.detail ?? error.title;
  // fetch rejects with a TypeError when the request never got an answer.
  if (error instanceof TypeError) return 'Could not reach the server. Check your connection and try again.';
  if (error instanceof Error && error.name === 'AbortError') return 'The request was cancelled.';
  return fallback;
}

const formatNames: Record<string, string> = {
  email: 'email address',
  uuid: 'ID',
  uri: 'URL',
  date: 'date',
  'date-time': 'date and time',
};

/** The API passes its schema validator's wording through ("must match format \"email\""); say it plainly. */
function humanize(message: string): string {
  const format = /^must match format "([^"]+)"$/.exec(message)?.[1];
  if (format) return `Must be a valid ${formatNames[format] ?? format}.`;
  const fewer = /^must NOT have fewer than (\d+) characters?$/.exec(message)?.[1];
  if (fewer) return fewer === '1' ? 'Must not be empty.' : `Must be at least ${fewer} characters.`;
  const more = /^must NOT have more than (\d+) characters?$/.exec(message)?.[1];
  if (more) return `Must be at most ${more} characters.`;
  if (/^must have required property/.test(message)) return 'Required.';
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * Field errors keyed by field name (`email`, `accounts.0.accountId`), first message per field,
 * so a form can put each one next to its input. Empty for anything but a validation problem.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isProblem(error) || !Array.isArray(error.errors)) return result;
  for (const { field, message } of error.errors) {
    if (!(field in result)) result[field] = humanize(message);
  }
  return result;
}
