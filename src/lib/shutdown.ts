import http from 'node:http';
import { closeDriver } from '@/lib/db';
import { env } from '@/lib/env';
import { log } from '@/lib/log';

/**
 * Graceful stop on SIGTERM / SIGINT (docs/decisions/0094-restarts-and-graceful-stop.md).
 *
 * What `next start` (16.4) does by itself, in start-server.js: on either
 * signal it calls `server.close()` (no new connections; Node closes the idle
 * keep-alive ones), waits for every open connection to end, awaits
 * `nextServer.close()` (pending `after()` work) and exits 143 (SIGTERM) or
 * 130 (SIGINT). It has no deadline (a connection kept alive by a client, or a
 * hung request, holds the exit back: 5 s of keep-alive timeout per idle
 * client at best), closes no database, and does not exit 0. With
 * `NEXT_MANUAL_SIG_HANDLE` set (`npm start` sets it) it installs no handler
 * and leaves the signal to the app; this module then takes the same steps and
 * the missing ones:
 *
 *   1. readiness (GET /api/health/ready) answers 503 from the first moment,
 *      and every response not yet started says `Connection: close`, so
 *      clients move on;
 *   2. after SHUTDOWN_DELAY_MS (default 0; time for a load balancer that
 *      polls readiness to stop sending), the listening socket is closed: new
 *      connections are refused; idle keep-alive connections are closed, now
 *      and as others turn idle;
 *   3. requests in flight finish, until DRAIN_DEADLINE_MS after the signal;
 *      what is still open then is cut (and logged);
 *   4. the database is closed (PGlite writes its shutdown checkpoint;
 *      postgres-js ends its connections), within CLOSE_DATABASE_MS;
 *   5. the process exits 0 (1 if the database could not be closed), always
 *      within HARD_LIMIT_MS of the signal.
 *
 * Without `NEXT_MANUAL_SIG_HANDLE` (e.g. `next start` run directly) Next.js
 * keeps its own handler; this one then only adds step 1, the closing of
 * connections as they turn idle and the hard limit, and Next.js exits 143
 * without closing the database (a warning says so at start).
 *
 * State lives on globalThis: route handlers (readiness) and the
 * instrumentation hook are bundled apart and share nothing else.
 */

export const DRAIN_DEADLINE_MS = 8_000;
export const CLOSE_DATABASE_MS = 1_000;
export const HARD_LIMIT_MS = 9_500;

interface StopState {
  installed: boolean;
  stopping: boolean;
  servers: Set<http.Server>;
  inFlight: Set<http.ServerResponse>;
}

const holder = globalThis as unknown as { __ledgerlyStop?: StopState };

function state(): StopState {
  holder.__ledgerlyStop ??= { installed: false, stopping: false, servers: new Set(), inFlight: new Set() };
  return holder.__ledgerlyStop;
}

/** True from the stop signal on: readiness fails, the process is on its way out. */
export function isStopping(): boolean {
  return holder.__ledgerlyStop?.stopping === true;
}

/** Whether Next.js leaves SIGTERM/SIGINT to the app (start-server.js reads this variable). */
export function nextLeavesSignalsToApp(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.NEXT_MANUAL_SIG_HANDLE);
}

export interface StopOptions {
  /** Time between readiness failing and the listener closing (read when the signal arrives). */
  delayMs: () => number;
  /** Closes the database (the driver of src/lib/db). */
  closeDatabase: () => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Learns the HTTP servers of this process and the responses in flight, from their own events. */
function watchServers(s: StopState): void {
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function trackedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'connection') s.servers.add(this);
    else if (event === 'request' && args[1] instanceof http.ServerResponse) {
      const res = args[1];
      s.servers.add(this);
      s.inFlight.add(res);
      res.once('close', () => s.inFlight.delete(res));
      // a request that still reaches us while stopping is served, on a connection that then closes
      if (s.stopping) res.shouldKeepAlive = false;
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}

/** Closes a server's listening socket; resolves once its last connection has ended. */
function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
  });
}

async function stop(signal: NodeJS.Signals, options: StopOptions, manual: boolean): Promise<void> {
  const s = state();
  if (s.stopping) return; // duplicates are normal (a terminal's Ctrl-C reaches every process of the group)
  s.stopping = true;
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  let delayMs = 0;
  try {
    delayMs = options.delayMs();
  } catch {
    // an unreadable setting: no delay
  }
  log.info('shutdown.started', { signal, in_flight: s.inFlight.size, delay_ms: delayMs, handled_by: manual ? 'app' : 'next' });

  for (const res of s.inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
  const hardLimit = setTimeout(() => {
    log.error('shutdown.forced', { signal, ms: elapsed(), in_flight: s.inFlight.size });
    process.exit(1);
  }, HARD_LIMIT_MS);
  hardLimit.unref();
  // Once the listener is closed, a connection that turns idle (its response was
  // under way with keep-alive when the signal came) is closed at once rather
  // than after the keep-alive timeout. Not before: a new connection whose
  // request has not arrived yet looks idle too.
  const sweepIdle = () => {
    const sweep = setInterval(() => {
      for (const server of s.servers) server.closeIdleConnections();
    }, 50);
    sweep.unref();
    return sweep;
  };
  // Next.js's own handler has already closed the server; it waits and exits
  if (!manual) {
    sweepIdle();
    return;
  }

  if (delayMs > 0) await sleep(delayMs);
  const closed = Promise.all([...s.servers].map(closeServer)).then(() => true);
  const sweep = sweepIdle();
  const drained = await Promise.race([closed, sleep(Math.max(0, DRAIN_DEADLINE_MS - elapsed())).then(() => false)]);
  if (!drained) {
    log.warn('shutdown.deadline', { signal, cut: s.inFlight.size, ms: elapsed() });
    for (const server of s.servers) server.closeAllConnections();
  }
  clearInterval(sweep);

  let code = 0;
  const closing = Date.now();
  try {
    await Promise.race([
      options.closeDatabase(),
      sleep(CLOSE_DATABASE_MS).then(() => {
        throw new Error(`the database did not close within ${CLOSE_DATABASE_MS} ms`);
      }),
    ]);
  } catch (error) {
    code = 1;
    log.error('shutdown.database_not_closed', { error });
  }
  log.info('shutdown.done', { signal, ms: elapsed(), drained, database_close_ms: Date.now() - closing, exit_code: code });
  process.exit(code);
}

/**
 * Installs the stop handler once per process (from src/instrumentation.ts,
 * before the database opens, so a signal during boot is handled too).
 */
export function installGracefulStop(options: StopOptions = { delayMs: () => env().SHUTDOWN_DELAY_MS, closeDatabase: closeDriver }): void {
  const s = state();
  if (s.installed) return;
  s.installed = true;
  watchServers(s);
  const manual = nextLeavesSignalsToApp();
  if (!manual) {
    log.warn('shutdown.next_handles_signals', {
      message:
        'NEXT_MANUAL_SIG_HANDLE is not set, so Next.js handles SIGTERM itself: it drains, then exits 143 without closing the database. Start with `npm start` (which sets it).',
    });
  }
  const onSignal = (signal: NodeJS.Signals) => void stop(signal, options, manual);
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
