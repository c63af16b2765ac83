/** Display formatting in the user's locale and time zone (server-rendered). */

export interface Locale {
  locale: string;
  time_zone: string;
}

export function formatDate(value: Date | string | null, user: Locale): string {
  if (value === null) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(user.locale, { dateStyle: 'medium', timeZone: user.time_zone }).format(date);
}

export function formatDateTime(value: Date | string | null, user: Locale): string {
  if (value === null) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(user.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: user.time_zone }).format(date);
}

/** A calendar date (`YYYY-MM-DD`, no time zone) in the user's locale: the same day everywhere. */
export function formatCalendarDate(value: string | null, user: Pick<Locale, 'locale'>): string {
  if (value === null) return '';
  return new Intl.DateTimeFormat(user.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}

/** A time of day (`HH:MM` display) of an instant in the user's zone. */
export function formatTime(value: Date | string, user: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(user.locale, { timeStyle: 'short', timeZone: user.time_zone }).format(date);
}
