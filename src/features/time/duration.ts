/**
 * What people type for "how long" in the timesheet, read into whole minutes:
 * `90` (minutes), `1:30`, `1h 30m`, `1h30`, `45m`, `1.5h` or `1,5h` (hours
 * with up to two decimals, rounded to the nearest minute). Null for anything
 * else, or for nothing at all. Integer arithmetic only.
 */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return null;
  let m = /^(\d{1,4})$/.exec(t) ?? /^(\d{1,4}) ?(?:m|min|mins|minutes?)$/.exec(t);
  if (m) return positive(Number(m[1]));
  m = /^(\d{1,3}):([0-5]\d)$/.exec(t);
  if (m) return positive(Number(m[1]) * 60 + Number(m[2]));
  m = /^(\d{1,3}) ?h(?:ours?|rs?)?(?: ?(\d{1,2}) ?(?:m|min|mins|minutes?)?)?$/.exec(t);
  if (m) {
    const minutes = Number(m[2] ?? '0');
    return minutes < 60 ? positive(Number(m[1]) * 60 + minutes) : null;
  }
  m = /^(\d{0,3})[.,](\d{1,2}) ?h(?:ours?|rs?)?$/.exec(t);
  if (m) {
    const hundredths = Number(m[1] || '0') * 100 + Number(m[2]!.padEnd(2, '0'));
    // hundredths of an hour × 60 / 100, half up to the minute
    return positive(Math.floor((hundredths * 60 + 50) / 100));
  }
  return null;
}

function positive(minutes: number): number | null {
  return minutes > 0 ? minutes : null;
}

/** Minutes as "1:30" (hours and minutes). */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.trunc(minutes));
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}
