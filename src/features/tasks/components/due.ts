import { formatCalendarDate, formatDate, formatTime, type Locale } from '@/lib/format';
import { dateInZone, END_OF_DAY, relativeDay, safeTimeZone, timeInZone } from '@/lib/time';

/** When a task is due: a whole day (`due_on`) or an exact moment (`due_date`). */
export type DueOf = { due_date: Date | string | null; due_on?: string | null };

const WORDS = { today: 'Today', tomorrow: 'Tomorrow', yesterday: 'Yesterday' } as const;

/**
 * When a task is due, as a person says it: "Today", "Tomorrow", "Yesterday" or
 * the date, with the time when it has one. A task due on a whole day shows
 * that calendar day, whatever the time zone (docs/decisions/0090). In a
 * sentence ("due today"), the relative words are lower-case.
 *
 * An instant alone (callers that only have `due_date`) is shown in the user's
 * zone, without its time when that is the end of the day (how whole-day tasks
 * looked before they kept their day, and what the database derives for them).
 */
export function formatDue(due: DueOf | Date | string, user: Locale, { now = new Date(), inSentence = false } = {}): string {
  const zone = safeTimeZone(user.time_zone);
  const word = (day: string, fallback: () => string) => {
    const relative = relativeDay(day, zone, now);
    if (!relative) return fallback();
    return inSentence ? relative : WORDS[relative];
  };
  const task: DueOf = typeof due === 'string' || due instanceof Date ? { due_date: due } : due;
  if (task.due_on) return word(task.due_on, () => formatCalendarDate(task.due_on!, user));
  if (task.due_date === null) return '';
  const instant = new Date(task.due_date);
  const label = word(dateInZone(instant, zone), () => formatDate(instant, { ...user, time_zone: zone }));
  const wholeDay = task.due_on === undefined && timeInZone(instant, zone) === END_OF_DAY;
  return wholeDay ? label : `${label}, ${formatTime(instant, { ...user, time_zone: zone })}`;
}
