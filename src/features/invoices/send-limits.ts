import { sql } from 'drizzle-orm';
import { type Database, selectRows } from '@/lib/db';
import { env } from '@/lib/env';
import { ApiError } from '@/lib/errors';
import { log } from '@/lib/log';

/**
 * How much email one account may send (docs/decisions/0082-…): every invoice
 * email — the first send, resends and reminders, manual or automatic — counts
 * against EMAIL_DAILY_LIMIT_PER_ACCOUNT in any 24 hours (429 with
 * Retry-After), and one invoice may be sent by hand at most INVOICE_MAX_SENDS
 * times in any 24 hours (409). Counted from the database: the `email_sent`
 * rows of invoice_events, which every send already writes, which only drafts
 * can lose (and a draft has never been sent), so the count survives restarts
 * and is shared by every server process. A send in progress in this process
 * counts too (its row is written when it is done), and the check and the
 * reservation happen one at a time per account, so a burst of concurrent
 * requests to one process cannot slip past the limit.
 */

export const SEND_WINDOW_HOURS = 24;

export type SendKind = 'manual' | 'automatic';

type Run = <T>(fn: (tx: Database) => Promise<T>) => Promise<T>;

export interface SendLimits {
  perAccount: number;
  perInvoice: number;
}

export interface SendCounts {
  /** invoice emails of the account in the window */
  account: number;
  /** manual sends of the invoice in the window */
  invoice: number;
  /** seconds until the account may send again (when at its limit) */
  accountRetryAfter: number | null;
  /** seconds until the invoice may be sent again by hand (when at its limit) */
  invoiceRetryAfter: number | null;
}

const state = globalThis as unknown as {
  __ledgerlyEmailSends?: { chains: Map<string, Promise<void>>; accounts: Map<string, number>; invoices: Map<string, number> };
};

function inflight() {
  state.__ledgerlyEmailSends ??= { chains: new Map(), accounts: new Map(), invoices: new Map() };
  return state.__ledgerlyEmailSends;
}

/**
 * The counts in the window. `reserved*` are sends under way in this process:
 * the retry time is then that of the slot the next send would need.
 */
export async function countSends(
  tx: Database,
  userId: string,
  invoiceId: string,
  limits: SendLimits,
  reserved: { account: number; invoice: number } = { account: 0, invoice: 0 },
): Promise<SendCounts> {
  const accountOffset = Math.max(0, limits.perAccount - reserved.account - 1);
  const invoiceOffset = Math.max(0, limits.perInvoice - reserved.invoice - 1);
  const [row] = await selectRows<{
    account: number;
    invoice: number;
    account_retry: number | null;
    invoice_retry: number | null;
  }>(
    tx,
    sql`with recent as (
          select e.invoice_id, e.created_at, coalesce(e.data ->> 'automatic', 'false') = 'true' as automatic
            from public.invoice_events e
           where e.user_id = ${userId}::uuid and e.type = 'email_sent'
             and e.created_at > now() - make_interval(hours => ${SEND_WINDOW_HOURS}::int))
        select (select count(*) from recent)::int as account,
               (select count(*) from recent where invoice_id = ${invoiceId}::uuid and not automatic)::int as invoice,
               ceil(extract(epoch from (
                 (select created_at from recent order by created_at desc offset ${accountOffset}::int limit 1)
                 + make_interval(hours => ${SEND_WINDOW_HOURS}::int) - now())))::int as account_retry,
               ceil(extract(epoch from (
                 (select created_at from recent where invoice_id = ${invoiceId}::uuid and not automatic
                   order by created_at desc offset ${invoiceOffset}::int limit 1)
                 + make_interval(hours => ${SEND_WINDOW_HOURS}::int) - now())))::int as invoice_retry`,
  );
  return {
    account: row?.account ?? 0,
    invoice: row?.invoice ?? 0,
    accountRetryAfter: row?.account_retry ?? null,
    invoiceRetryAfter: row?.invoice_retry ?? null,
  };
}

function duration(seconds: number): string {
  if (seconds >= 3600) {
    const hours = Math.ceil(seconds / 3600);
    return `${hours} hour${hours === 1 ? '' : 's'}`;
  }
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** The error for a send over a limit, or undefined when it may go. */
export function sendLimitError(
  counts: SendCounts,
  limits: SendLimits,
  kind: SendKind,
  reserved: { account: number; invoice: number } = { account: 0, invoice: 0 },
): ApiError | undefined {
  if (counts.account + reserved.account >= limits.perAccount) {
    // a send still under way frees nothing: ask again in a minute
    const retryAfter = Math.max(1, counts.accountRetryAfter ?? 60);
    return new ApiError(
      'rate_limited',
      `This account has sent its ${limits.perAccount} invoice emails for the last ${SEND_WINDOW_HOURS} hours ` +
        `(sends, resends and reminders together). Try again in ${duration(retryAfter)}.`,
      undefined,
      { 'Retry-After': String(retryAfter) },
    );
  }
  if (kind === 'manual' && counts.invoice + reserved.invoice >= limits.perInvoice) {
    const retryAfter = Math.max(1, counts.invoiceRetryAfter ?? 60);
    return new ApiError(
      'conflict',
      `This invoice has already been emailed ${limits.perInvoice} time${limits.perInvoice === 1 ? '' : 's'} in the last ` +
        `${SEND_WINDOW_HOURS} hours, the most one invoice may be sent by hand. It can be sent again in ${duration(retryAfter)}.`,
      { invoice: [`was sent ${limits.perInvoice} times in the last ${SEND_WINDOW_HOURS} hours`] },
    );
  }
  return undefined;
}

/** Runs `fn` for `key` after every earlier call for the same key has finished (this process). */
async function oneAtATime<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const { chains } = inflight();
  const previous = chains.get(key) ?? Promise.resolve();
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  const tail = previous.then(() => mine);
  chains.set(key, tail);
  try {
    await previous;
    return await fn();
  } finally {
    done();
    if (chains.get(key) === tail) chains.delete(key);
  }
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const next = (map.get(key) ?? 0) + by;
  if (next <= 0) map.delete(key);
  else map.set(key, next);
}

/**
 * Checks the limits for one more email of `invoiceId` and reserves it; throws
 * the 429/409 ApiError when it may not go. Call the returned function once the
 * send is over (its `email_sent` row written, or the send failed).
 */
export async function reserveEmailSend(
  run: Run,
  userId: string,
  invoiceId: string,
  kind: SendKind,
  limits: SendLimits = { perAccount: env().EMAIL_DAILY_LIMIT_PER_ACCOUNT, perInvoice: env().INVOICE_MAX_SENDS },
  count: typeof countSends = countSends,
): Promise<() => void> {
  const { accounts, invoices } = inflight();
  return oneAtATime(userId, async () => {
    const reserved = { account: accounts.get(userId) ?? 0, invoice: kind === 'manual' ? (invoices.get(invoiceId) ?? 0) : 0 };
    const counts = await run((tx) => count(tx, userId, invoiceId, limits, reserved));
    const refused = sendLimitError(counts, limits, kind, reserved);
    if (refused) throw refused;
    bump(accounts, userId, 1);
    if (kind === 'manual') bump(invoices, invoiceId, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      bump(accounts, userId, -1);
      if (kind === 'manual') bump(invoices, invoiceId, -1);
    };
  });
}

/**
 * An automatic email (a reminder) within the account's daily limit: `send`
 * runs with a reservation held until it returns, or not at all when the
 * account is at its limit — then nothing is claimed, the reminder simply waits
 * for a later run, and false comes back.
 */
export async function withinDailyLimit(run: Run, userId: string, invoiceId: string, send: () => Promise<void>): Promise<boolean> {
  let release: () => void;
  try {
    release = await reserveEmailSend(run, userId, invoiceId, 'automatic');
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'rate_limited') throw error;
    log.warn('invoice.reminder_limited', { user_id: userId, invoice_id: invoiceId, reason: error.message });
    return false;
  }
  try {
    await send();
    return true;
  } finally {
    release();
  }
}
