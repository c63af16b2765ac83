import { NextResponse } from 'next/server';
import { getDriver } from '@/lib/db';
import { isStopping } from '@/lib/shutdown';
import { securityHeaders } from './security';

/**
 * Liveness and readiness, for process supervisors and load balancers
 * (docs/decisions/0094-restarts-and-graceful-stop.md). Both are public and
 * tiny: no session, no rate limit (a probe refused with 429 would get a
 * healthy process restarted), no log line, no query when all is well.
 * GET /api/health stays the database check of API.md.
 */

function answer(data: Record<string, string>, status: number): Response {
  return NextResponse.json({ data }, { status, headers: { ...securityHeaders(), 'Cache-Control': 'no-store' } });
}

/** The process answers: 200 while it runs, whatever the database does (restarting would not mend it). */
export function liveness(): Response {
  return answer({ status: 'ok' }, 200);
}

const OPEN_WAIT_MS = 2_000;

/**
 * Whether to send this process new requests: 503 from the stop signal on
 * (`draining`), and while the database has never been opened (`starting`:
 * one attempt, bounded, each time it is asked). Once open, no query: a busy
 * database is not a reason to take this one instance out of rotation.
 */
export async function readiness(): Promise<Response> {
  if (isStopping()) return answer({ status: 'draining' }, 503);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      getDriver(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), OPEN_WAIT_MS);
      }),
    ]);
  } catch {
    return answer({ status: 'starting', database: 'unreachable' }, 503);
  } finally {
    clearTimeout(timer);
  }
  if (isStopping()) return answer({ status: 'draining' }, 503);
  return answer({ status: 'ready' }, 200);
}
