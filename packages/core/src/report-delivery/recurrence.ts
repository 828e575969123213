import type { schema } from '@portico/db';

type AlertPeriod = schema.AlertPeriod;
type ScheduleFrequency = schema.ScheduleFrequency;

/** When a schedule sends: a wall-clock time in an IANA time zone, daily, on a weekday or a day of the month. */
export interface Recurrence {
  frequency: ScheduleFrequency;
  /** `HH:MM`, 24-hour. */
  time: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday (weekly). */
  weekday: number | null;
  /** 1–28 (monthly), so that every month has the day. */
  monthday: number | null;
  timezone: string;
}

export const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function hm(time: string): [number, number] {
  const match = TIME.exec(time);
  if (!match) throw new Error(`not a HH:MM time: ${time}`);
  return [Number(match[1]), Number(match[2])];
}

/** The cron pattern BullMQ's job scheduler runs, in the schedule's time zone (`tz` beside it). */
export function cronPattern(r: Recurrence): string {
  const [hour, minute] = hm(r.time);
  if (r.frequency === 'weekly') return `${minute} ${hour} * * ${(r.weekday ?? 1) % 7}`;
  if (r.frequency === 'monthly') return `${minute} ${hour} ${r.monthday ?? 1} * *`;
  return `${minute} ${hour} * * *`;
}

/** The wall-clock date and time of an instant in a time zone. */
function localParts(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Offset of the zone at an instant, in ms (local minus UTC). */
function offsetAt(at: number, timeZone: string): number {
  const p = localParts(new Date(at), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at / 1000) * 1000;
}

/** The instant a local wall-clock time happens in a zone (the later offset across a DST change). */
function zonedInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  tz: string,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - offsetAt(guess, tz);
  const second = guess - offsetAt(first, tz);
  return new Date(second);
}

/**
 * The next time a recurrence fires strictly after `after`: the same rule the cron pattern states,
 * computed here too so the office sees `nextRunAt` without asking Redis.
 */
export function nextOccurrence(r: Recurrence, after: Date): Date {
  const [hour, minute] = hm(r.time);
  const today = localParts(after, r.timezone);
  for (let d = 0; d < 64; d++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + d));
    const isoWeekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    if (r.frequency === 'weekly' && isoWeekday !== r.weekday) continue;
    if (r.frequency === 'monthly' && date.getUTCDate() !== r.monthday) continue;
    const at = zonedInstant(
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      hour,
      minute,
      r.timezone,
    );
    if (at > after) return at;
  }
  throw new Error('no occurrence within 64 days');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO-8601 week (`2026-W48`) of a calendar date. */
function isoWeek(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
}

/**
 * The period a scheduled send belongs to, in the schedule's zone: its local day, ISO week or
 * month. One run per (schedule, period), so a duplicate fire, a second worker or a time edited
 * later the same day never sends twice.
 */
export function schedulePeriodKey(r: Pick<Recurrence, 'frequency' | 'timezone'>, fireAt: Date): string {
  const p = localParts(fireAt, r.timezone);
  if (r.frequency === 'weekly') return isoWeek(p.year, p.month, p.day);
  if (r.frequency === 'monthly') return `${p.year}-${pad(p.month)}`;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** An alert's period (UTC day or ISO week): it fires at most once in each. */
export function alertPeriodKey(period: AlertPeriod, at: Date): string {
  const [year, month, day] = [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()];
  return period === 'weekly' ? isoWeek(year, month, day) : `${year}-${pad(month)}-${pad(day)}`;
}
