import { sql } from 'drizzle-orm';
import { type Database, selectRows, type TenantRunner } from '@/lib/db';
import { env } from '@/lib/env';
import { ApiError } from '@/lib/errors';
import { log } from '@/lib/log';

/**
 * How much email one account may send (docs/decisions/0082-…): every invoice
 * email — the first send, resends, receipts and reminders, manual or
 * automatic — counts against EMAIL_DAILY_LIMIT_PER_ACCOUNT in any 24 hours
 * (429 with Retry-After), once per recipient: an email with two addresses in
 * CC counts three (docs/decisions/0091-…). One invoice may be emailed by hand
 * at most INVOICE_MAX_SENDS times in any 24 hours (409), whatever the number
 * of recipients. Counted from the database: the `email_sent`
 * rows of invoice_events, which every send already writes, which only drafts
 * can lose (and a draft has never been sent), so the count survives restarts
 * and is shared by every server process. A send in progress in this process
 * counts too (its row is written when it is done), and the check and the
 * reservation happen one at a time per account, so a burst of concurrent
 * requests to one process cannot slip past the limit.
 */

export const SEND_WINDOW_HOURS = 24;

export type SendKind = 'manual' | 'automatic';

export interface SendLimits {
  perAccount: number;
  perInvoice: number;
}

export interface SendCounts {
  /** recipients of the account's invoice emails in the window (To and CC) */
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
 * The counts in the window. `reserved*` are sends under way in this process
 * (`reserved.account` in recipients), `recipients` those of the send to come:
 * the retry time is then when enough of the window has passed for it.
 * An `email_sent` row counts `data.recipients` (1 when absent: rows written
 * before CC existed).
 */
export async function countSends(
  tx: Database,
  workspaceId: string,
  invoiceId: string,
  limits: SendLimits,
  reserved: { account: number; invoice: number } = { account: 0, invoice: 0 },
  recipients = 1,
): Promise<SendCounts> {
  // the newest rows that may stay in the window for this send to fit; the row after them must age out first
  const accountAllowed = limits.perAccount - reserved.account - recipients;
  const invoiceOffset = Math.max(0, limits.perInvoice - reserved.invoice - 1);
  const [row] = await selectRows<{
    account: number;
    invoice: number;
    account_retry: number | null;
    invoice_retry: number | null;
  }>(
    tx,
    sql`with recent as (
          select e.invoice_id, e.created_at, coalesce(e.data ->> 'automatic', 'false') = 'true' as automatic,
                 case when e.data ->> 'recipients' ~ '^[0-9]{1,3}$' then greatest(1, (e.data ->> 'recipients')::int) else 1 end as recipients
            from public.invoice_events e
           where e.workspace_id = ${workspaceId}::uuid and e.type = 'email_sent'
             and e.created_at > now() - make_interval(hours => ${SEND_WINDOW_HOURS}::int)),
        running as (
          select created_at, sum(recipients) over (order by created_at desc, invoice_id rows unbounded preceding) as newer
            from recent)
        select (select coalesce(sum(recipients), 0) from recent)::int as account,
               (select count(*) from recent where invoice_id = ${invoiceId}::uuid and not automatic)::int as invoice,
               ceil(extract(epoch from (
                 (select created_at from running where newer > ${accountAllowed}::int order by newer limit 1)
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
  recipients = 1,
): ApiError | undefined {
  if (counts.account + reserved.account + recipients > limits.perAccount) {
    if (recipients > limits.perAccount) {
      return new ApiError(
        'unprocessable',
        `This email has ${recipients} recipients, more than the ${limits.perAccount} this account may email in ${SEND_WINDOW_HOURS} hours. Remove some copies (CC).`,
        { cc: [`has too many addresses for the daily limit of ${limits.perAccount}`] },
      );
    }
    // a send still under way frees nothing: ask again in a minute
    const retryAfter = Math.max(1, counts.accountRetryAfter ?? 60);
    const left = Math.max(0, limits.perAccount - counts.account - reserved.account);
    return new ApiError(
      'rate_limited',
      recipients > 1 && left > 0
        ? `This email has ${recipients} recipients (with the copies), but this account may email only ${left} more in the last ` +
            `${SEND_WINDOW_HOURS} hours (each recipient counts). Send it with fewer copies, or try again in ${duration(retryAfter)}.`
        : `This account has sent its ${limits.perAccount} invoice emails for the last ${SEND_WINDOW_HOURS} hours ` +
            `(sends, resends, receipts and reminders together, each recipient counted). Try again in ${duration(retryAfter)}.`,
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
 * Checks the limits for one more email of `invoiceId` to `recipients`
 * addresses (To and CC) and reserves it; throws the 429/409 ApiError when it
 * may not go. Call the returned function once the send is over (its
 * `email_sent` row, with `recipients` in its data, written, or the send failed).
 */
export async function reserveEmailSend(
  run: TenantRunner,
  workspaceId: string,
  invoiceId: string,
  kind: SendKind,
  limits: SendLimits = { perAccount: env().EMAIL_DAILY_LIMIT_PER_ACCOUNT, perInvoice: env().INVOICE_MAX_SENDS },
  count: typeof countSends = countSends,
  recipients = 1,
): Promise<() => void> {
  const { accounts, invoices } = inflight();
  const weight = Math.max(1, Math.floor(recipients));
  return oneAtATime(workspaceId, async () => {
    const reserved = { account: accounts.get(workspaceId) ?? 0, invoice: kind === 'manual' ? (invoices.get(invoiceId) ?? 0) : 0 };
    const counts = await run((tx) => count(tx, workspaceId, invoiceId, limits, reserved, weight));
    const refused = sendLimitError(counts, limits, kind, reserved, weight);
    if (refused) throw refused;
    bump(accounts, workspaceId, weight);
    if (kind === 'manual') bump(invoices, invoiceId, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      bump(accounts, workspaceId, -weight);
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
export async function withinDailyLimit(
  run: TenantRunner,
  workspaceId: string,
  invoiceId: string,
  send: () => Promise<void>,
): Promise<boolean> {
  let release: () => void;
  try {
    release = await reserveEmailSend(run, workspaceId, invoiceId, 'automatic');
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'rate_limited') throw error;
    log.warn('invoice.reminder_limited', { workspace_id: workspaceId, invoice_id: invoiceId, reason: error.message });
    return false;
  }
  try {
    await send();
    return true;
  } finally {
    release();
  }
}
