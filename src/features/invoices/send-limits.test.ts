import { describe, expect, it } from 'vitest';
import type { Database } from '@/lib/db';
import { ApiError } from '@/lib/errors';
import { countSends, reserveEmailSend, type SendCounts, sendLimitError } from './send-limits';

/** A stand-in for the database: the `email_sent` rows written so far (account-wide and per invoice). */
function fakeLog() {
  const sent: { invoice: string; automatic: boolean }[] = [];
  const count: typeof countSends = async (_tx, _user, invoiceId) => {
    await new Promise((r) => setTimeout(r, 2)); // a real round trip lets other requests interleave
    return {
      account: sent.length,
      invoice: sent.filter((s) => s.invoice === invoiceId && !s.automatic).length,
      accountRetryAfter: sent.length ? 3600 : null,
      invoiceRetryAfter: 7200,
    } satisfies SendCounts;
  };
  const run = <T>(fn: (tx: Database) => Promise<T>) => fn({} as Database);
  return { sent, count, run };
}

const uid = () => crypto.randomUUID();

describe('email send limits', () => {
  it('refuses the send after the daily limit with a 429, Retry-After and a clear message', () => {
    const error = sendLimitError(
      { account: 100, invoice: 0, accountRetryAfter: 5400, invoiceRetryAfter: null },
      { perAccount: 100, perInvoice: 5 },
      'manual',
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error!.status).toBe(429);
    expect(error!.headers).toEqual({ 'Retry-After': '5400' });
    expect(error!.message).toMatch(/100 invoice emails for the last 24 hours .*Try again in 2 hours/);
    // reminders count too
    expect(
      sendLimitError(
        { account: 100, invoice: 0, accountRetryAfter: 60, invoiceRetryAfter: null },
        { perAccount: 100, perInvoice: 5 },
        'automatic',
      )!.status,
    ).toBe(429);
  });

  it('refuses a sixth manual send of one invoice with a 409', () => {
    const error = sendLimitError(
      { account: 6, invoice: 5, accountRetryAfter: null, invoiceRetryAfter: 600 },
      { perAccount: 100, perInvoice: 5 },
      'manual',
    );
    expect(error!.status).toBe(409);
    expect(error!.message).toMatch(/already been emailed 5 times in the last 24 hours.*10 minutes/);
    expect(
      sendLimitError(
        { account: 6, invoice: 4, accountRetryAfter: null, invoiceRetryAfter: null },
        { perAccount: 100, perInvoice: 5 },
        'manual',
      ),
    ).toBeUndefined();
  });

  it('lets no burst of concurrent sends past the limit: sends under way count', async () => {
    const { sent, count, run } = fakeLog();
    const user = uid();
    const limits = { perAccount: 3, perInvoice: 100 };
    const attempt = async (invoice: string) => {
      const release = await reserveEmailSend(run, user, invoice, 'manual', limits, count);
      await new Promise((r) => setTimeout(r, 10)); // the SMTP round trip
      sent.push({ invoice, automatic: false }); // its email_sent row
      release();
    };
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => attempt(uid())));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(sent).toHaveLength(3);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!.reason as ApiError;
    expect(refused.status).toBe(429);
    expect(refused.headers?.['Retry-After']).toMatch(/^\d+$/);
  });

  it('counts every recipient of an email (To and CC) against the daily limit', async () => {
    const limits = { perAccount: 5, perInvoice: 100 };
    const sent: number[] = [];
    const count: typeof countSends = async () => ({
      account: sent.reduce((sum, n) => sum + n, 0),
      invoice: 0,
      accountRetryAfter: 1800,
      invoiceRetryAfter: null,
    });
    const run = <T>(fn: (tx: Database) => Promise<T>) => fn({} as Database);
    const user = uid();
    const send = async (recipients: number) => {
      const release = await reserveEmailSend(run, user, uid(), 'manual', limits, count, recipients);
      sent.push(recipients);
      release();
    };
    await send(3); // to + 2 copies
    const refused = await send(3).then(
      () => null,
      (e: unknown) => e as ApiError,
    );
    expect(refused?.status).toBe(429);
    expect(refused?.message).toMatch(/has 3 recipients \(with the copies\), but this account may email only 2 more/);
    expect(refused?.headers).toEqual({ 'Retry-After': '1800' });
    await send(2); // exactly the limit
    expect(sent).toEqual([3, 2]);
    expect(
      (
        await send(1).then(
          () => null,
          (e: unknown) => e as ApiError,
        )
      )?.message,
    ).toMatch(/sent its 5 invoice emails/);
    // more recipients than a whole day allows can never go: a 422 naming the copies
    const never = sendLimitError(
      { account: 0, invoice: 0, accountRetryAfter: null, invoiceRetryAfter: null },
      limits,
      'manual',
      undefined,
      6,
    );
    expect(never?.status).toBe(422);
    expect(never?.details).toEqual({ cc: ['has too many addresses for the daily limit of 5'] });
  });

  it('holds the recipients of a send under way until it is released', async () => {
    const limits = { perAccount: 4, perInvoice: 100 };
    const count: typeof countSends = async () => ({ account: 0, invoice: 0, accountRetryAfter: null, invoiceRetryAfter: null });
    const run = <T>(fn: (tx: Database) => Promise<T>) => fn({} as Database);
    const user = uid();
    const first = await reserveEmailSend(run, user, uid(), 'manual', limits, count, 3);
    await expect(reserveEmailSend(run, user, uid(), 'manual', limits, count, 2)).rejects.toMatchObject({ status: 429 });
    (await reserveEmailSend(run, user, uid(), 'manual', limits, count, 1))();
    first();
    (await reserveEmailSend(run, user, uid(), 'manual', limits, count, 4))();
  });

  it('caps concurrent manual sends of one invoice too, and frees the reservation of a failed send', async () => {
    const { sent, count, run } = fakeLog();
    const user = uid();
    const invoice = uid();
    const limits = { perAccount: 100, perInvoice: 2 };
    const failing = await reserveEmailSend(run, user, invoice, 'manual', limits, count);
    failing(); // the SMTP server refused: nothing was sent
    failing(); // releasing twice changes nothing
    const attempt = async () => {
      const release = await reserveEmailSend(run, user, invoice, 'manual', limits, count);
      await new Promise((r) => setTimeout(r, 5));
      sent.push({ invoice, automatic: false });
      release();
    };
    const results = await Promise.allSettled(Array.from({ length: 6 }, attempt));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(results.filter((r) => r.status === 'rejected').map((r) => ((r as PromiseRejectedResult).reason as ApiError).status)).toEqual([
      409, 409, 409, 409,
    ]);
  });
});
