import * as chrono from 'chrono-node';
import { wallClock } from '@/lib/time';
import { countIn } from './text';

/**
 * Dates and periods as people say them, in the user's calendar: "tomorrow",
 * "next Friday", "in 3 days", "on monday at 3pm" (chrono-node), and the
 * periods of money questions: "this month", "last month", "last week", "this
 * year", "in March", "Q1", "last 30 days", "today", "yesterday".
 */

export interface FoundDate {
  /** YYYY-MM-DD in the user's calendar. */
  date: string;
  /** HH:MM when a time was said. */
  time?: string;
  text: string;
  index: number;
}

export interface Period {
  from: string;
  to: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function parts(day: string): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

function addDays(day: string, n: number): string {
  const [y, m, d] = parts(day);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A local date and time in `timeZone` as an ISO timestamp in UTC. */
export function zonedToUtc(date: string, time: string, timeZone: string): string {
  const [y, m, d] = parts(date);
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  // the zone's offset at that moment (twice, for the hours around a DST change)
  let utc = guess;
  for (let i = 0; i < 2; i += 1) {
    const offset = wallClock(new Date(utc), timeZone).getTime() - utc;
    utc = guess - offset;
  }
  return new Date(utc).toISOString();
}

/** The reference day chrono gives a parser (the user's wall clock, read as UTC fields), as YYYY-MM-DD. */
const refDay = (ref: Date) => iso(ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate());
const dayParts = (day: string) => {
  const [year, month, date] = parts(day);
  return { year, month, day: date };
};

/**
 * chrono-node with the phrases it does not know (docs/decisions/0188): "the end of the month",
 * "end of next week" (the week ends on Sunday, as the periods of money questions do), "end of the year",
 * and "in a fortnight" / "two fortnights from now" (14 days each).
 */
const parser = chrono.casual.clone();
parser.parsers.push({
  pattern: () => /(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?(week|month|year)\b/i,
  extract: (context, match) => {
    const today = refDay(context.refDate);
    const [y, m] = parts(today);
    const next = Boolean(match[1]);
    const unit = match[2]!.toLowerCase();
    if (unit === 'week') {
      const weekday = (context.refDate.getUTCDay() + 6) % 7; // Monday = 0
      return dayParts(addDays(today, 6 - weekday + (next ? 7 : 0)));
    }
    if (unit === 'month') {
      const [yy, mm] = next ? (m === 12 ? [y + 1, 1] : [y, m + 1]) : [y, m];
      return { year: yy, month: mm, day: lastDayOfMonth(yy, mm) };
    }
    return { year: next ? y + 1 : y, month: 12, day: 31 };
  },
});
parser.parsers.push({
  pattern: () => /(?:in\s+)?(a|one|two|three|four|\d)\s+fortnights?(?:\s+(?:from now|from today|time))?\b/i,
  extract: (context, match) => {
    const n = /^(a|one)$/i.test(match[1]!) ? 1 : countIn(match[1]!);
    return dayParts(addDays(refDay(context.refDate), 14 * n));
  },
});

/** The first date a text mentions, resolved forward from `now` in the user's calendar. */
export function findDate(text: string, now: Date, timeZone: string, { forward = true } = {}): FoundDate | undefined {
  const ref = wallClock(now, timeZone);
  const results = parser.parse(text, { instant: ref, timezone: 0 }, { forwardDate: forward });
  for (const r of results) {
    // a bare number ("call 3 people") is not a date
    if (/^\d{1,2}$/.test(r.text.trim())) continue;
    let date = iso(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!);
    // "on Monday" said on a Monday is next week's, not today (which people call "today")
    const today = iso(ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate());
    if (forward && date === today && /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(r.text.trim())) date = addDays(date, 7);
    const time = r.start.isCertain('hour') ? `${pad(r.start.get('hour')!)}:${pad(r.start.get('minute') ?? 0)}` : undefined;
    return { date, time, text: r.text, index: r.index };
  }
  return undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The period a money question is about, in the user's calendar (`today` is YYYY-MM-DD). */
export function findPeriod(text: string, today: string): Period | undefined {
  const t = text.toLowerCase();
  const [y, m] = parts(today);
  const month = (yy: number, mm: number, label: string): Period => ({
    from: iso(yy, mm, 1),
    to: iso(yy, mm, lastDayOfMonth(yy, mm)),
    label,
  });
  if (/\b(this|current) month\b|\bmonth to date\b|\bso far this month\b/.test(t)) return month(y, m, 'this month');
  if (/\b(last|previous|past) month\b/.test(t)) return month(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1, 'last month');
  if (/\b(this|current) year\b|\bytd\b|\byear to date\b/.test(t)) return { from: iso(y, 1, 1), to: iso(y, 12, 31), label: 'this year' };
  if (/\b(last|previous|past) year\b/.test(t)) return { from: iso(y - 1, 1, 1), to: iso(y - 1, 12, 31), label: 'last year' };
  const lastN = /\b(?:last|past) (\d{1,3}) days\b/.exec(t);
  if (lastN) return { from: addDays(today, -(Number(lastN[1]) - 1)), to: today, label: `the last ${lastN[1]} days` };
  const weekday = (new Date(Date.UTC(y, m - 1, parts(today)[2])).getUTCDay() + 6) % 7; // Monday = 0
  if (/\b(this|current) week\b/.test(t)) return { from: addDays(today, -weekday), to: addDays(today, 6 - weekday), label: 'this week' };
  if (/\b(last|previous|past) week\b/.test(t))
    return { from: addDays(today, -weekday - 7), to: addDays(today, -weekday - 1), label: 'last week' };
  if (/\btoday\b/.test(t)) return { from: today, to: today, label: 'today' };
  if (/\byesterday\b/.test(t)) return { from: addDays(today, -1), to: addDays(today, -1), label: 'yesterday' };
  const quarter = /\bq([1-4])(?:\s+(\d{4}))?\b/.exec(t);
  if (quarter) {
    const q = Number(quarter[1]);
    const qy = quarter[2] ? Number(quarter[2]) : y;
    return { from: iso(qy, q * 3 - 2, 1), to: iso(qy, q * 3, lastDayOfMonth(qy, q * 3)), label: `Q${q} ${qy}` };
  }
  const named = new RegExp(
    `\\b(?:in |for |during )?(${MONTHS.join('|')}|${MONTHS.map((n) => n.slice(0, 3)).join('|')})\\b(?:\\s+(\\d{4}))?`,
  ).exec(t);
  if (named) {
    const index = MONTHS.findIndex((n) => n.startsWith(named[1]!)) + 1;
    // a month without a year is the last one that has begun
    const my = named[2] ? Number(named[2]) : index > m ? y - 1 : y;
    return month(my, index, `${MONTHS[index - 1]![0]!.toUpperCase()}${MONTHS[index - 1]!.slice(1)} ${my}`);
  }
  return undefined;
}

/**
 * The days ahead a question about what is due looks at: "the coming fortnight", "the next two weeks",
 * "the next 10 days", "the week ahead" — from today to the last of those days (today counts).
 */
export function findUpcoming(text: string, today: string): Period | undefined {
  const t = text.toLowerCase();
  if (/\b(?:next|coming|upcoming|following)\s+fortnight\b|\bfortnight ahead\b|\bnext\s+(?:two|2)\s+weeks\b/.test(t)) {
    return { from: today, to: addDays(today, 13), label: 'in the next two weeks' };
  }
  const n = /\b(?:next|coming|upcoming|following)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\b/.exec(t);
  if (n) {
    const count = countIn(n[1]!);
    const days = n[2]!.startsWith('week') ? count * 7 : count;
    if (days >= 1) return { from: today, to: addDays(today, days - 1), label: `in the next ${count} ${n[2]}` };
  }
  // "in the next week", "within the next week": the seven days from today, not the calendar week after this one
  if (/\b(?:coming|upcoming)\s+week\b|\bweek ahead\b|\bnext\s+seven\s+days\b|\b(?:in|within|over|during) the next week\b/.test(t)) {
    return { from: today, to: addDays(today, 6), label: 'in the coming week' };
  }
  return undefined;
}
