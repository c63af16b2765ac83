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
  return new Intl.DateTimeFormat(user.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: user.time_zone }).format(
    date,
  );
}
