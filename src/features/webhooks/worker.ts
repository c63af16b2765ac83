import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { selectRows, withSystem } from '@/lib/db';
import { isDatabaseUnavailable } from '@/lib/errors';
import { sendEmail } from '@/lib/email';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { deliver } from './delivery';
import { retryDelay } from './schedule';

/**
 * The delivery worker (docs/decisions/0136-webhook-delivery-and-ssrf.md). It
 * needs no session: as the `ledgerly_system` role it can only run the
 * functions of the webhooks migration. Each step is its own short transaction
 * (claim a batch, then record each attempt), and the HTTP calls happen
 * between them, so the embedded database is never held while a receiver
 * answers. A claim is a lease: a process killed mid-send leaves the delivery
 * to be sent again, with the same `webhook-id`, when the lease ends.
 */

const BATCH = 20;
const PARALLEL = 5;
const MAX_BATCHES = 10;

interface Claimed extends Record<string, unknown> {
  delivery_id: string;
  attempt: number;
  series_start: number;
  event_id: string;
  event_type: string;
  event_created_at: string | Date;
  payload: unknown;
  endpoint_id: string;
  workspace_id: string;
  url: string;
  secret: string;
}

interface Disabled extends Record<string, unknown> {
  disabled: boolean;
  workspace_id: string;
  endpoint_id: string;
  url: string;
  admin_emails: string[];
}

export interface PassResult {
  overdue_events: number;
  pruned_deliveries: number;
  pruned_events: number;
  attempted: number;
  succeeded: number;
  failed: number;
  abandoned: number;
  disabled: number;
}

async function tellAdmins(row: Disabled, lastError: string | null): Promise<void> {
  const at = Date.now();
  for (const [i, to] of row.admin_emails.entries()) {
    try {
      await sendEmail(
        {
          to,
          subject: 'A webhook endpoint was disabled',
          text:
            `Deliveries to ${row.url} kept failing for the whole retry schedule (about a day), ` +
            `so the endpoint has been disabled and no more events are sent to it.\n\n` +
            `Last error: ${lastError ?? 'unknown'}\n\n` +
            'Fix the receiver, then enable the endpoint again under Settings → Webhooks; ' +
            'deliveries that were abandoned can be redelivered from its delivery log.\n',
          // one message per admin and disabling (the outbox keeps 50 characters of a key: a digest keeps them distinct)
          idempotencyKey: `webhook-disabled-${createHash('sha256').update(`${row.endpoint_id}:${at}:${i}:${to}`).digest('hex').slice(0, 32)}`,
        },
        { account: row.workspace_id },
      );
    } catch (error) {
      log.warn('webhooks.disable_email_failed', { endpoint_id: row.endpoint_id, error });
    }
  }
}

async function attempt(claim: Claimed, result: PassResult): Promise<void> {
  const config = env();
  const outcome = await deliver(
    claim.url,
    claim.secret,
    { id: claim.event_id, type: claim.event_type, created_at: new Date(claim.event_created_at), data: claim.payload },
    { timeoutMs: config.WEBHOOK_TIMEOUT_MS, allowPrivate: config.WEBHOOK_ALLOW_PRIVATE },
  );
  const delay = outcome.ok
    ? null
    : retryDelay(claim.attempt - claim.series_start, { baseMs: config.WEBHOOK_RETRY_BASE_MS, maxAttempts: config.WEBHOOK_MAX_ATTEMPTS });
  const nextAt = delay === null ? null : new Date(Date.now() + delay).toISOString();
  const [disabled] = await withSystem((tx) =>
    selectRows<Disabled>(
      tx,
      sql`select disabled, workspace_id::text, endpoint_id::text, url, admin_emails from app.webhook_record(
            ${claim.delivery_id}::uuid, ${claim.attempt}::integer, ${outcome.ok}::boolean, ${outcome.status_code}::integer,
            ${outcome.response_ms}::integer, ${outcome.error}::text, ${outcome.excerpt}::text, ${nextAt}::timestamptz)`,
    ),
  );
  result.attempted += 1;
  if (outcome.ok) result.succeeded += 1;
  else if (nextAt === null) result.abandoned += 1;
  else result.failed += 1;
  log[outcome.ok ? 'info' : 'warn']('webhooks.attempt', {
    delivery_id: claim.delivery_id,
    event_id: claim.event_id,
    type: claim.event_type,
    attempt: claim.attempt,
    status_code: outcome.status_code,
    ms: outcome.response_ms,
    error: outcome.error,
  });
  if (disabled?.disabled) {
    result.disabled += 1;
    log.warn('webhooks.endpoint_disabled', { endpoint_id: disabled.endpoint_id, workspace_id: disabled.workspace_id });
    await tellAdmins(disabled, outcome.error);
  }
}

const PRUNE_EVERY_MS = 60 * 60 * 1000;
let lastPrune = 0;

/**
 * Deletes finished deliveries and their events older than WEBHOOK_RETENTION_DAYS
 * (docs/decisions/0166-webhook-log-retention.md), at most once an hour per process.
 */
async function prune(result: PassResult): Promise<void> {
  if (Date.now() - lastPrune < PRUNE_EVERY_MS) return;
  lastPrune = Date.now();
  const [pruned] = await withSystem((tx) =>
    selectRows<{ deliveries: number; events: number }>(
      tx,
      sql`select deliveries, events from app.webhook_prune(${env().WEBHOOK_RETENTION_DAYS}::integer)`,
    ),
  );
  result.pruned_deliveries = Number(pruned?.deliveries ?? 0);
  result.pruned_events = Number(pruned?.events ?? 0);
}

/** One pass: emit invoice.overdue where due, prune the old log, then send every delivery that is due. */
export async function runWebhookPass(): Promise<PassResult> {
  const result: PassResult = {
    overdue_events: 0,
    pruned_deliveries: 0,
    pruned_events: 0,
    attempted: 0,
    succeeded: 0,
    failed: 0,
    abandoned: 0,
    disabled: 0,
  };
  const [sweep] = await withSystem((tx) => selectRows<{ n: number }>(tx, sql`select app.webhook_overdue_sweep() as n`));
  result.overdue_events = Number(sweep?.n ?? 0);
  await prune(result);
  // longer than an attempt can take (the timeout) plus recording it
  const leaseSeconds = Math.ceil(env().WEBHOOK_TIMEOUT_MS / 1000) + 15;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const claims = await withSystem((tx) =>
      selectRows<Claimed>(
        tx,
        sql`select delivery_id::text, attempt, series_start, event_id::text, event_type, event_created_at, payload,
                   endpoint_id::text, workspace_id::text, url, secret
              from app.webhook_claim(${BATCH}::integer, ${leaseSeconds}::integer)`,
      ),
    );
    for (let i = 0; i < claims.length; i += PARALLEL) {
      await Promise.all(claims.slice(i, i + PARALLEL).map((claim) => attempt(claim, result)));
    }
    if (claims.length < BATCH) break;
  }
  return result;
}

let started = false;
let running: Promise<unknown> | null = null;

/** Runs a pass every WEBHOOK_POLL_MS in this server process (never two at once). */
export function startWebhookWorker(): void {
  if (started) return;
  started = true;
  const tick = async () => {
    if (!running) {
      running = runWebhookPass()
        .then((r) => {
          if (r.attempted > 0 || r.overdue_events > 0 || r.pruned_deliveries > 0 || r.pruned_events > 0)
            log.info('webhooks.pass', { ...r });
        })
        .catch((error: unknown) => {
          if (isDatabaseUnavailable(error)) log.warn('webhooks.pass_skipped', { reason: 'database unavailable' });
          else log.error('webhooks.pass_failed', { error });
        })
        .finally(() => {
          running = null;
        });
      await running;
    }
    setTimeout(tick, env().WEBHOOK_POLL_MS).unref();
  };
  setTimeout(tick, Math.min(env().WEBHOOK_POLL_MS, 1000)).unref();
}
