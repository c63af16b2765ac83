import { wallClock } from '@/lib/time';

/**
 * Tests whose outcome depends on which clock-aligned period they run in start far enough from
 * its end that the period cannot change while they run.
 *
 * Rate limits: the limiter's sliding windows (@upstash/ratelimit) are aligned to whole windows
 * since the epoch, and the previous window's count is weighted by the part of it still inside
 * the sliding window, rounded down: just after an edge a client refused a moment ago is let
 * through again (at a limit of 5, floor(5 × 0.99) = 4 < 5). A test that counts refusals starts
 * with at least `needMs` left in the current window, `needMs` being about five times what its
 * counted requests take on an idle machine (CI runs on two loaded cores).
 *
 * Days: the app reads "today" and "this month" in the workspace time zone at each request. A
 * test that compares dates it computed with dates the server computed starts with at least
 * `needMs` left before midnight in that zone.
 */

/** Milliseconds left in the current clock-aligned window of `windowMs` at `now`. */
export function msLeftInWindow(windowMs: number, now = Date.now()): number {
  return windowMs - (now % windowMs);
}

/** Milliseconds left before the next midnight in `timeZone` at `now` (the wall clock's day). */
export function msLeftInDay(timeZone = 'UTC', now = Date.now()): number {
  const intoDay = wallClock(new Date(now), timeZone).getTime() % 86_400_000;
  // wallClock keeps whole seconds: add back the instant's milliseconds
  return 86_400_000 - intoDay - (now % 1000);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits, when fewer than `needMs` are left in the current rate-limit window, for the next one. */
export async function awayFromWindowEdge(windowMs: number, needMs = 20_000): Promise<void> {
  const left = msLeftInWindow(windowMs);
  if (left < needMs) await sleep(left + 200);
}

/**
 * Waits, when fewer than `needMs` are left before midnight in `timeZone`, until the day has
 * changed (the wait is at most `needMs` plus a second: give the test a timeout that allows it).
 */
export async function awayFromMidnight(timeZone = 'UTC', needMs = 20_000): Promise<void> {
  const left = msLeftInDay(timeZone);
  if (left < needMs) await sleep(left + 1000);
}
