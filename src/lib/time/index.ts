/**
 * Calendar dates and wall-clock times in a user's time zone (users.time_zone,
 * an IANA name), without a date library: Intl does the zone arithmetic. Works
 * the same on the server and in the browser, whatever zone the machine is in.
 */

/**
 * Intl formatters by zone, made once: constructing an Intl.DateTimeFormat makes
 * ICU load the zone and the locale's patterns (hundreds of microseconds), while
 * formatting with one made before takes some microseconds; every list that
 * knows "today" in the account's zone built two per request (docs/decisions/0198).
 * Bounded, since zone names come from settings and input: 1 000 names (more than
 * IANA has, aliases included), past which the cache starts over.
 */
const ZONE_CACHE_LIMIT = 1000;
const partsFormatters = new Map<string, Intl.DateTimeFormat>();
const knownZones = new Map<string, boolean>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= ZONE_CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return (
    partsFormatters.get(timeZone) ??
    remember(
      partsFormatters,
      timeZone,
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
    )
  );
}

function parts(instant: Date, timeZone: string): Record<string, number> {
  const formatted = partsFormatter(timeZone).formatToParts(instant);
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

/** The wall-clock time in the zone at the instant, as a Date whose UTC fields are those of the clock. */
export function wallClock(instant: Date, timeZone: string): Date {
  const p = parts(instant, timeZone);
  return new Date(Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!));
}

/** Milliseconds the zone is ahead of UTC at the instant. */
function offsetAt(instant: Date, timeZone: string): number {
  return wallClock(instant, timeZone).getTime() - Math.floor(instant.getTime() / 1000) * 1000;
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

/**
 * How whole-day tasks were stored before they kept their day (docs/decisions/0090):
 * 23:59 on that day. An instant alone at 23:59 is still shown without its time.
 */
export const END_OF_DAY = '23:59';

/** True when the zone name is one Intl knows. */
export function isTimeZone(value: string): boolean {
  const known = knownZones.get(value);
  if (known !== undefined) return known;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return remember(knownZones, value, true);
  } catch {
    return remember(knownZones, value, false);
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

// ---------------------------------------------------------------------------
// Reading what people type: the one parser of due dates (forms, the assistant)
// ---------------------------------------------------------------------------

/**
 * A calendar date as typed: `YYYY-MM-DD` (what every browser's date picker
 * sends), `D.M.YYYY`, or `12/01/2026` read the way the locale writes it
 * (month first in the United States, day first elsewhere). Only real days
 * between 1900 and 2999. Returns `YYYY-MM-DD`, or null.
 */
export function parseCalendarDate(text: string, locale = 'en-US'): string | null {
  const value = text.trim();
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value))) {
    const monthFirst = /^en-US\b|^en$/i.test(locale);
    [m, d] = monthFirst ? [Number(match[1]), Number(match[2])] : [Number(match[2]), Number(match[1])];
    y = Number(match[3]);
  } else return null;
  if (y < 1900 || y > 2999) return null;
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/**
 * A time of day as typed in a time field: `HH:MM` (24-hour, what time pickers
 * send, seconds ignored), or `9:30 am` / `3pm`. Returns `HH:MM`, or null.
 */
export function parseClockTime(text: string): string | null {
  const value = text.trim().toLowerCase();
  const h24 = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (h24) {
    const [h, m] = [Number(h24[1]), Number(h24[2])];
    return h <= 23 && m <= 59 ? `${pad(h)}:${pad(m)}` : null;
  }
  const h12 = /^(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m\.?$/.exec(value);
  if (h12) {
    const [h, m] = [Number(h12[1]), Number(h12[2] ?? 0)];
    if (h < 1 || h > 12 || m > 59) return null;
    return `${pad((h % 12) + (h12[3] === 'p' ? 12 : 0))}:${pad(m)}`;
  }
  return null;
}

/**
 * When something is due, in the API's two fields (docs/decisions/0090):
 * `due_on` for a whole day without a time (it stays that calendar day whatever
 * the time zone), `due_date` for an exact moment (an instant, ISO 8601 in UTC).
 * At most one is set; both null: not due.
 */
export interface DueFields {
  due_date: string | null;
  due_on: string | null;
}

export type DueParse = { ok: true; value: DueFields } | { ok: false; field: 'day' | 'time'; message: string };

/**
 * Reads a due day and an optional time as a person typed them, in their time
 * zone. A day alone is due on that day (no time, no zone: it never moves); a
 * day and a time is that moment in the zone (a time skipped by a daylight
 * saving change counts as the moment just after the gap). Nothing is not due.
 */
export function parseDue({ day, time = '' }: { day: string; time?: string }, user: { time_zone: string; locale?: string }): DueParse {
  const dayText = day.trim();
  const timeText = time.trim();
  if (!dayText && !timeText) return { ok: true, value: { due_date: null, due_on: null } };
  if (!dayText) return { ok: false, field: 'day', message: 'choose a day for this time' };
  const date = parseCalendarDate(dayText, user.locale);
  if (!date) return { ok: false, field: 'day', message: 'is not a day on the calendar (for example 2026-12-01)' };
  if (!timeText) return { ok: true, value: { due_date: null, due_on: date } };
  const clock = parseClockTime(timeText);
  if (!clock) return { ok: false, field: 'time', message: 'is not a time of day (for example 14:30)' };
  return { ok: true, value: { due_date: zonedToUtc(date, clock, safeTimeZone(user.time_zone)).toISOString(), due_on: null } };
}

/** "today", "tomorrow" or "yesterday" when the calendar date is one of them in the zone, else null. */
export function relativeDay(date: string, timeZone: string, now = new Date()): 'today' | 'tomorrow' | 'yesterday' | null {
  const today = todayIn(safeTimeZone(timeZone), now);
  if (date === today) return 'today';
  if (date === addDays(today, 1)) return 'tomorrow';
  if (date === addDays(today, -1)) return 'yesterday';
  return null;
}
