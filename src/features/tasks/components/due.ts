import { formatDate, formatTime, type Locale } from '@/lib/format';
import { dateInZone, END_OF_DAY, timeInZone, todayIn } from '@/lib/time';

const DAY = 24 * 60 * 60 * 1000;

/**
 * When a task is due, as a person says it: "Today", "Tomorrow", "Yesterday" or
 * the date, with the time unless it is due by the end of the day. In a
 * sentence ("due today"), the relative words are lower-case.
 */
export function formatDue(due: Date | string, user: Locale, { now = new Date(), inSentence = false } = {}): string {
  const instant = typeof due === 'string' ? new Date(due) : due;
  const day = dateInZone(instant, user.time_zone);
  const relative: Record<string, string> = {
    [todayIn(user.time_zone, now)]: 'Today',
    [todayIn(user.time_zone, new Date(now.getTime() + DAY))]: 'Tomorrow',
    [todayIn(user.time_zone, new Date(now.getTime() - DAY))]: 'Yesterday',
  };
  const word = relative[day];
  const label = word ? (inSentence ? word.toLowerCase() : word) : formatDate(instant, user);
  return timeInZone(instant, user.time_zone) === END_OF_DAY ? label : `${label}, ${formatTime(instant, user)}`;
}
