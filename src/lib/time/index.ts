/**
 * Calendar dates and wall-clock times in a user's time zone (users.time_zone,
 * an IANA name), without a date library: Intl does the zone arithmetic. Works
 * the same on the server and in the browser, whatever zone the machine is in.
 */

function parts(instant: Date, timeZone: string): Record<string, number> {
  const formatted = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const out: Record<string, number> = {};
  for (const p of formatted) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of the instant in the zone. */
export function dateInZone(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${pad(p.year!, 4)}-${pad(p.month!)}-${pad(p.day!)}`;
}

/** `HH:MM` of the instant in the zone. */
export function timeInZone(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${pad(p.hour!)}:${pad(p.minute!)}`;
}

/** Today's date in the zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return dateInZone(now, timeZone);
}

/** Milliseconds the zone is ahead of UTC at the instant. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant at which the zone's clocks show `date` `time` (`YYYY-MM-DD`,
 * `HH:MM`). A time skipped by a DST change resolves to the instant after the
 * gap; a repeated one to its first occurrence.
 */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const halfDay = 12 * 60 * 60 * 1000;
  // the zone's offset half a day before and after: equal unless a change is near
  const before = wall - offsetAt(new Date(wall - halfDay), timeZone);
  const after = wall - offsetAt(new Date(wall + halfDay), timeZone);
  const shows = (t: number) => dateInZone(new Date(t), timeZone) === date && timeInZone(new Date(t), timeZone) === time;
  const matching = [before, after].filter(shows).sort((a, b) => a - b);
  // a skipped time: the clock jumped over it, take the instant just after the gap
  return new Date(matching[0] ?? before);
}

/** The time a task due "on a day" carries: the end of that day (due means by then). */
export const END_OF_DAY = '23:59';

/** True when the zone name is one Intl knows. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone itself when Intl knows it, otherwise UTC (a bad setting never breaks a page). */
export function safeTimeZone(zone: string | null | undefined): string {
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** `date` plus `days` calendar days (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const toUtc = (value: string) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** A calendar date for display in a locale, e.g. "Nov 28, 2026" (no time zone shift). */
export function formatCalendarDate(date: string, locale = 'en-US'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
