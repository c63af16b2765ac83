/**
 * BACKUP_AT=HH:MM: a time of day in the server's local time zone (TZ). Pure
 * date arithmetic, so that the daily backup can be tested without waiting.
 */

export interface TimeOfDay {
  hour: number;
  minute: number;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(value: string): boolean {
  return HH_MM.test(value);
}

export function parseTimeOfDay(value: string): TimeOfDay {
  const m = HH_MM.exec(value);
  if (!m) throw new Error(`${value} is not a time of day (HH:MM, 24-hour)`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** `at` on the local calendar day of `day` (on a DST change, whatever instant the local clock reads then). */
function onDay(day: Date, at: TimeOfDay, offsetDays = 0): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + offsetDays, at.hour, at.minute, 0, 0);
}

/** The first time after `now` that the local clock reads `at`. */
export function nextRunAt(now: Date, at: TimeOfDay): Date {
  for (let days = 0; days <= 2; days += 1) {
    const candidate = onDay(now, at, days);
    if (candidate.getTime() > now.getTime()) return candidate;
  }
  return onDay(now, at, 1);
}

/** The last time at or before `now` that the local clock read `at`. */
export function previousRunAt(now: Date, at: TimeOfDay): Date {
  for (let days = 0; days >= -2; days -= 1) {
    const candidate = onDay(now, at, days);
    if (candidate.getTime() <= now.getTime()) return candidate;
  }
  return onDay(now, at, -1);
}

/**
 * Whether a backup is owed now: the newest one was taken before the last
 * scheduled time (or there is none), e.g. because the server was not running
 * then. The server takes it when it starts.
 */
export function backupOwed(now: Date, at: TimeOfDay, newest: Date | null): boolean {
  return newest === null || newest.getTime() < previousRunAt(now, at).getTime();
}
