import type { ExportFormat, ExportTable, ReportFiltersBody, ReportName } from '../api/exports';
import type { Frequency, ReportSchedule, ScheduleBody } from '../api/schedules';

/** The send / schedule form as typed; checked and turned into a request by `checkDraft`. */
export interface ScheduleDraft {
  name: string;
  report: ReportName;
  table: ExportTable;
  format: ExportFormat;
  /** Addresses as typed: separated by commas, semicolons, spaces or lines. */
  recipients: string;
  when: 'now' | 'schedule';
  frequency: Frequency;
  time: string;
  /** 1 (Monday) to 7 (Sunday), for weekly. */
  weekday: number;
  /** 1 to 28 (every month has it), for monthly. */
  monthday: number;
  timezone: string;
  filters: ReportFiltersBody;
}

export type DraftField = 'name' | 'recipients' | 'time' | 'timezone';
export type DraftErrors = Partial<Record<DraftField, string>>;

export const MAX_RECIPIENTS = 50;
// The shape the API checks (format: email); the mail server has the final word.
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Every IANA zone the browser knows, UTC included (some browsers list it apart). */
export function timeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The addresses typed, each once (case-insensitively), and those that are not addresses. */
export function parseRecipients(text: string): { emails: string[]; invalid: string[] } {
  const seen = new Set<string>();
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    if (!part) continue;
    if (!EMAIL.test(part) || part.length > 320) invalid.push(part);
    else if (!seen.has(part.toLowerCase())) {
      seen.add(part.toLowerCase());
      emails.push(part);
    }
  }
  return { emails, invalid };
}

type SendRequest = Pick<ScheduleBody, 'report' | 'table' | 'format' | 'filters' | 'recipients'> & {
  name?: string;
};

export type CheckedDraft =
  | { ok: false; errors: DraftErrors }
  | { ok: true; when: 'now'; body: SendRequest }
  | { ok: true; when: 'schedule'; body: ScheduleBody };

/** What is wrong with the draft (said per field), or the request it makes. */
export function checkDraft(draft: ScheduleDraft, zones: readonly string[] = timeZones()): CheckedDraft {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  const { emails, invalid } = parseRecipients(draft.recipients);
  if (invalid.length > 0) {
    errors.recipients = `${invalid.length === 1 ? 'Not an email address' : 'Not email addresses'}: ${invalid.join(', ')}`;
  } else if (emails.length === 0) errors.recipients = 'Add at least one recipient.';
  else if (emails.length > MAX_RECIPIENTS) errors.recipients = `At most ${MAX_RECIPIENTS} recipients.`;
  if (name.length > 200) errors.name = 'At most 200 characters.';

  const common = {
    report: draft.report,
    table: draft.table,
    format: draft.format,
    filters: draft.filters,
    recipients: emails,
  };
  if (draft.when === 'now') {
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    return { ok: true, when: 'now', body: { ...common, ...(name && { name }) } };
  }

  if (!name) errors.name = 'Name the schedule, so it can be found in the list.';
  if (!TIME.test(draft.time)) errors.time = 'Choose a time (HH:MM).';
  if (!zones.includes(draft.timezone)) errors.timezone = 'Choose a time zone from the list.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    when: 'schedule',
    body: {
      ...common,
      name,
      frequency: draft.frequency,
      time: draft.time,
      weekday: draft.frequency === 'weekly' ? draft.weekday : null,
      monthday: draft.frequency === 'monthly' ? draft.monthday : null,
      timezone: draft.timezone,
    },
  };
}

/** A fresh form for `report` under `filters`: sent now, or weekly on Monday at 08:00 here. */
export function newDraft(
  report: ReportName,
  filters: ReportFiltersBody,
  {
    table = 'summary',
    when = 'now',
    zones = timeZones(),
  }: { table?: ExportTable; when?: ScheduleDraft['when']; zones?: readonly string[] } = {},
): ScheduleDraft {
  const zone = browserTimeZone();
  return {
    name: '',
    report,
    table,
    format: 'pdf',
    recipients: '',
    when,
    frequency: 'weekly',
    time: '08:00',
    weekday: 1,
    monthday: 1,
    // A browser may name its zone outside the list (an alias): UTC, which the list always has.
    timezone: zones.includes(zone) ? zone : 'UTC',
    filters,
  };
}

/** A schedule's settings back in the form, to edit. */
export function draftFromSchedule(schedule: ReportSchedule): ScheduleDraft {
  return {
    name: schedule.name,
    report: schedule.report,
    // The API answers the stored table and filters loosely typed; it only stores what it accepted.
    table: schedule.table as ExportTable,
    format: schedule.format,
    recipients: schedule.recipients.join(', '),
    when: 'schedule',
    frequency: schedule.frequency,
    time: schedule.time,
    weekday: schedule.weekday ?? 1,
    monthday: schedule.monthday ?? 1,
    timezone: schedule.timezone,
    filters: schedule.filters as ReportFiltersBody,
  };
}

/** "Every Monday at 08:00 (Europe/London)". */
export function describeWhen(
  schedule: Pick<ReportSchedule, 'frequency' | 'time' | 'weekday' | 'monthday' | 'timezone'>,
): string {
  const at = `at ${schedule.time} (${schedule.timezone.replaceAll('_', ' ')})`;
  if (schedule.frequency === 'weekly') return `Every ${weekdays[(schedule.weekday ?? 1) - 1]} ${at}`;
  if (schedule.frequency === 'monthly') return `Monthly on day ${schedule.monthday ?? 1} ${at}`;
  return `Every day ${at}`;
}
