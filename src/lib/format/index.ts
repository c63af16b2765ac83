/** Display formatting in the user's locale and time zone (server-rendered). */

export interface Locale {
  locale: string;
  time_zone: string;
}

/**
 * Formatters made once per locale, zone and style: building an Intl.DateTimeFormat
 * costs hundreds of microseconds, formatting with one made before a few, and a
 * list page formats several dates per row (docs/decisions/0198). Bounded, since
 * locales and zones come from settings: past the bound the cache starts over.
 */
const FORMATTER_CACHE_LIMIT = 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // every option is part of the key, so no two different formats can share a formatter
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    if (formatters.size >= FORMATTER_CACHE_LIMIT) formatters.clear();
    formatters.set(key, made);
  }
  return made;
}

export function formatDate(value: Date | string | null, user: Locale): string {
  if (value === null) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return formatter(user.locale, { dateStyle: 'medium', timeZone: user.time_zone }).format(date);
}

export function formatDateTime(value: Date | string | null, user: Locale): string {
  if (value === null) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return formatter(user.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: user.time_zone }).format(date);
}

/** A calendar date (`YYYY-MM-DD`, no time zone) in the user's locale: the same day everywhere. */
export function formatCalendarDate(value: string | null, user: Pick<Locale, 'locale'>): string {
  if (value === null) return '';
  return formatter(user.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}

/** A time of day (`HH:MM` display) of an instant in the user's zone. */
export function formatTime(value: Date | string, user: Locale): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return formatter(user.locale, { timeStyle: 'short', timeZone: user.time_zone }).format(date);
}
