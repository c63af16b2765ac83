import fs from 'node:fs';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import postgres from 'postgres';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppServer, startApp } from '../helpers/app';
import { type Client, signIn } from '../helpers/client';
import { samplePng } from '../../src/lib/pdf/sample-images';
import { createDatabase } from '../helpers/database';
import { freePort } from '../helpers/postgres';

/**
 * Sending invoices and reminders, against a real SMTP server on the loopback
 * (the `smtp-server` package) and through the outbox folder, on both
 * backends; the reminder job as Vercel Cron calls it.
 */

const backends = inject('backends');
const CRON_SECRET = 'test-cron-secret-0123456789';

interface Received {
  envelopeTo: string[];
  mail: ParsedMail;
}

/** A local SMTP server that keeps what it receives, and can be told to refuse. */
async function startSmtp() {
  const received: Received[] = [];
  let refuse = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse) {
        const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (address: string) => received.filter((r) => r.envelopeTo.includes(address)),
    set refuse(value: boolean) {
      refuse = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let seq = 0;
function uniqueEmail(name: string): string {
  seq += 1;
  return `${name}-${Date.now()}-${seq}@client.example`;
}

async function contactWith(client: Client, email: string | null, first_name = 'Nora'): Promise<string> {
  const res = await client.post('/api/contacts', { first_name, last_name: 'Client', email });
  expect(res.status, res.text).toBe(201);
  return res.body.data.id;
}

async function invoiceFor(client: Client, contactId: string, extra: Record<string, unknown> = {}) {
  const res = await client.post('/api/invoices', {
    contact_id: contactId,
    items: [
      { description: 'Strategy workshop', quantity: 1, unit_price: '1200.00', tax_rate: '19' },
      { description: 'Travel', quantity: 2, unit_price: '85.50' },
    ],
    ...extra,
  });
  expect(res.status, res.text).toBe(201);
  return res.body.data;
}

function isoDay(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
const started: AppServer[] = [];
interface SmtpBackend {
  name: string;
  url: string;
  adminUrl?: string;
}
const smtpBackends: SmtpBackend[] = [];

beforeAll(async () => {
  smtp = await startSmtp();
  const db = await createDatabase(inject('pgAdminUrl'), 'mail');
  const env = { SMTP_URL: smtp.url, CRON_SECRET, EMAIL_FROM: 'Ledgerly Billing <billing@ledgerly.example>' };
  const [pglite, pg] = await Promise.all([startApp(env), startApp({ ...env, DATABASE_URL: db.appUrl })]);
  started.push(pglite, pg);
  smtpBackends.push({ name: 'pglite', url: pglite.url }, { name: 'postgres', url: pg.url, adminUrl: db.adminUrl });
});

afterAll(async () => {
  await Promise.all(started.map((app) => app.stop()));
  await smtp?.close();
});

describe.each(['pglite', 'postgres'])('sending invoices over SMTP on %s', (name) => {
  const backend = () => smtpBackends.find((b) => b.name === name)!;
  let user: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    user = await signIn(backend().url);
    await user.put('/api/invoices/settings', { reminder_days: [] });
    expect((await user.put('/api/auth/user', { business_name: 'Test User Consulting' })).status).toBe(200);
  });

  it('asks for the business name before the first send (422), then sends under it with the details printed', async () => {
    const newcomer = await signIn(backend().url);
    const email = uniqueEmail('first');
    const invoice = await invoiceFor(newcomer, await contactWith(newcomer, email));
    for (const body of [undefined, { message: 'Hello' }]) {
      const refused = await newcomer.post(`/api/invoices/${invoice.id}/send`, body);
      expect(refused.status, refused.text).toBe(422);
      expect(refused.body.error.code).toBe('unprocessable');
      expect(refused.body.error.details).toEqual({ business_name: ['is required before an invoice can be emailed'] });
      expect(refused.body.error.message).toMatch(/^Add your business name before sending.*address, logo and payment instructions/);
    }
    expect(smtp.to(email)).toHaveLength(0);
    expect((await newcomer.get(`/api/invoices/${invoice.id}`)).body.data).toMatchObject({ status: 'draft', sent_at: null });

    // what the send dialog's form saves, then the send goes through
    const saved = await newcomer.put('/api/auth/user', {
      business_name: 'Nora Studio Ltd',
      business_address: '1 Quay Street\nBristol',
      tax_id: 'GB999',
      payment_instructions: 'Sort code 12-34-56, account 12345678',
      payment_terms_days: 30,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.data.payment_instructions).toBe('Sort code 12-34-56, account 12345678');
    const logo = samplePng({ width: 120, height: 40 });
    expect((await newcomer.put('/api/invoices/settings/logo', { image: logo.toString('base64') })).status).toBe(200);
    const res = await newcomer.post(`/api/invoices/${invoice.id}/send`);
    expect(res.status, res.text).toBe(200);
    const { mail } = smtp.to(email)[0]!;
    expect(mail.subject).toBe(`Invoice ${invoice.invoice_number} from Nora Studio Ltd`);
    expect(mail.from?.value[0]).toMatchObject({ name: 'Nora Studio Ltd' });
    expect(mail.text).toContain('How to pay:\nSort code 12-34-56, account 12345678');
    expect(mail.text).toContain('--\nNora Studio Ltd\n1 Quay Street\nBristol\nTax ID: GB999');
    // the logo: inline at the top of the HTML part (and on the attached PDF)
    const inline = mail.attachments.find((a) => a.cid === 'business-logo@ledgerly');
    expect(inline?.contentType).toBe('image/png');
    expect(inline?.content.equals(logo)).toBe(true);
    expect(mail.attachments.find((a) => a.contentType === 'application/pdf')?.filename).toBe(`invoice-${invoice.invoice_number}.pdf`);
  });

  it('emails a draft to its contact with the PDF attached, and marks it sent', async () => {
    const email = uniqueEmail('nora');
    const invoice = await invoiceFor(user, await contactWith(user, email));
    const res = await user.post(`/api/invoices/${invoice.id}/send`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'sent', email: { kind: 'invoice', to: email, transport: 'smtp', recipients: 1 } });
    expect(res.body.data.sent_at).toBeTruthy();

    const messages = smtp.to(email);
    expect(messages).toHaveLength(1);
    const { mail } = messages[0]!;
    expect(mail.subject).toBe(`Invoice ${invoice.invoice_number} from Test User Consulting`);
    expect(mail.from?.value[0]).toMatchObject({ address: 'billing@ledgerly.example', name: 'Test User Consulting' });
    expect(mail.replyTo?.value[0]?.address).toBe(user.user.email);
    // one greeting: the standard message's
    expect(mail.text!.startsWith(`Hello Nora,\n\nPlease find attached invoice ${invoice.invoice_number} for $1,599.00`)).toBe(true);
    expect(mail.text!.match(/Hello/g)).toHaveLength(1);
    expect(mail.text).toContain(`Amount due: $1,599.00`);
    expect(mail.html).toContain(`invoice ${invoice.invoice_number}`);
    expect(mail.attachments).toHaveLength(1);
    const [pdf] = mail.attachments;
    expect(pdf).toMatchObject({ contentType: 'application/pdf', filename: `invoice-${invoice.invoice_number}.pdf` });
    expect(pdf!.content.subarray(0, 5).toString()).toBe('%PDF-');

    const history = await user.get(`/api/invoices/${invoice.id}`);
    expect(history.body.data.status).toBe('sent');
  });

  it("lets the sender's message own the greeting, and sets the subject and copies (a real Cc) per send", async () => {
    const email = uniqueEmail('jordan');
    const copy = uniqueEmail('accounts');
    const boss = uniqueEmail('boss');
    const invoice = await invoiceFor(user, await contactWith(user, email, 'Jordan'));
    const message = 'Hi Jordan,\n\nAs discussed on Tuesday, here is the invoice for the workshop.\n\nThanks, Robin';
    const res = await user.post(`/api/invoices/${invoice.id}/send`, {
      subject: 'Workshop invoice',
      message,
      cc: [copy, boss, copy.toUpperCase(), email],
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.email).toMatchObject({ subject: 'Workshop invoice', to: email, cc: [copy, boss], recipients: 3 });
    const [received] = smtp.to(email);
    // one message, to the contact with the copies on the envelope and in the Cc header
    expect(received!.envelopeTo.sort()).toEqual([email, copy, boss].sort());
    expect(smtp.to(copy)).toHaveLength(1);
    const { mail } = received!;
    expect(mail.subject).toBe('Workshop invoice');
    const cc = Array.isArray(mail.cc) ? mail.cc : mail.cc ? [mail.cc] : [];
    expect(cc.flatMap((a) => a.value.map((v) => v.address)).sort()).toEqual([copy, boss].sort());
    expect(mail.text!.startsWith(message)).toBe(true);
    expect(mail.text).not.toContain('Hello');
    expect(mail.text).toContain(`Invoice: ${invoice.invoice_number}`);

    const other = await invoiceFor(user, await contactWith(user, email, 'Jordan'));
    const bad = await user.post(`/api/invoices/${other.id}/send`, { cc: ['not-an-address', copy], subject: 'two\nlines', bcc: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual({
      'cc.0': ['must be an email address'],
      subject: ['must be one line of text'],
      bcc: ['is not a recognised field'],
    });
    const many = await user.post(`/api/invoices/${other.id}/send`, { cc: Array.from({ length: 6 }, (_, n) => `p${n}@client.example`) });
    expect(many.body.error.details).toEqual({ cc: ['must have at most 5 addresses'] });
    expect((await user.get(`/api/invoices/${other.id}`)).body.data.status).toBe('draft');
  });

  it('thanks for a payment with a receipt listing the payments and the balance, the PDF attached', async () => {
    const email = uniqueEmail('payer');
    const invoice = await invoiceFor(user, await contactWith(user, email, 'Pat'), { status: 'sent' });
    const early = await user.post(`/api/invoices/${invoice.id}/receipt`);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/has no payment yet/);
    const draft = await invoiceFor(user, await contactWith(user, email, 'Pat'));
    expect((await user.post(`/api/invoices/${draft.id}/receipt`)).status).toBe(409);

    await user.post(`/api/invoices/${invoice.id}/payments`, { amount: '599.00', description: 'Deposit' });
    const partly = await user.post(`/api/invoices/${invoice.id}/receipt`);
    expect(partly.status, partly.text).toBe(200);
    expect(partly.body.data).toMatchObject({ status: 'sent', amount_paid: '599.00', email: { kind: 'receipt', to: email } });
    let { mail } = smtp.to(email)[0]!;
    expect(mail.subject).toBe(`Payment received for invoice ${invoice.invoice_number}`);
    expect(mail.text).toContain('We have received $599.00');
    expect(mail.text).toMatch(/Payment of .*: \$599\.00 · Deposit/);
    expect(mail.text).toContain('Balance due: $1,000.00');

    await user.post(`/api/invoices/${invoice.id}/payments`, { amount: '1000.00' });
    const paid = await user.post(`/api/invoices/${invoice.id}/receipt`, { message: 'Thank you, Pat!', cc: [uniqueEmail('books')] });
    expect(paid.status, paid.text).toBe(200);
    expect(paid.body.data).toMatchObject({ status: 'paid', email: { kind: 'receipt', recipients: 2 } });
    ({ mail } = smtp.to(email)[1]!);
    expect(mail.subject).toBe(`Receipt for invoice ${invoice.invoice_number} from Test User Consulting`);
    expect(mail.text!.startsWith('Thank you, Pat!')).toBe(true);
    expect(mail.text).toContain('Balance due: $0.00');
    expect(mail.attachments[0]).toMatchObject({ contentType: 'application/pdf', filename: `invoice-${invoice.invoice_number}.pdf` });

    // in the invoice's history like any email; the status is unchanged
    const history = await user.get(`/api/invoices/${invoice.id}`);
    expect(history.body.data.status).toBe('paid');
    const cancelled = await invoiceFor(user, await contactWith(user, email, 'Pat'), { status: 'sent' });
    await user.put(`/api/invoices/${cancelled.id}`, { status: 'cancelled' });
    expect((await user.post(`/api/invoices/${cancelled.id}/receipt`)).status).toBe(409);
  });

  it('sends a sent invoice again as a reminder, and refuses paid ones and contacts without email', async () => {
    const email = uniqueEmail('rem');
    const invoice = await invoiceFor(user, await contactWith(user, email), { status: 'sent' });
    const res = await user.post(`/api/invoices/${invoice.id}/send`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'sent', email: { kind: 'reminder' } });
    expect(smtp.to(email)[0]!.mail.subject).toBe(
      `Reminder: invoice ${invoice.invoice_number} is due on ${new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${invoice.due_date}T00:00:00Z`))}`,
    );

    await user.post(`/api/invoices/${invoice.id}/payments`, { amount: invoice.total_amount });
    const paid = await user.post(`/api/invoices/${invoice.id}/send`);
    expect(paid.status).toBe(409);

    const noEmail = await invoiceFor(user, await contactWith(user, null, 'Silent'));
    const refused = await user.post(`/api/invoices/${noEmail.id}/send`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual({ contact_id: ['refers to a contact without an email address'] });
    const noContact = await user.post('/api/invoices', { items: [{ description: 'x', quantity: 1, unit_price: 1 }] });
    expect((await user.post(`/api/invoices/${noContact.body.data.id}/send`)).status).toBe(422);
    expect((await user.get(`/api/invoices/${noEmail.id}`)).body.data.status).toBe('draft');
  });

  it('answers 502 when the mail server refuses, and leaves the status unchanged', async () => {
    const email = uniqueEmail('bounce');
    const invoice = await invoiceFor(user, await contactWith(user, email));
    smtp.refuse = true;
    try {
      const res = await user.post(`/api/invoices/${invoice.id}/send`);
      expect(res.status, res.text).toBe(502);
      expect(res.body.error.code).toBe('bad_gateway');
      expect(res.body.error.message).toMatch(/could not be sent: the mail server answered 550.*status is unchanged/);
    } finally {
      smtp.refuse = false;
    }
    const after = (await user.get(`/api/invoices/${invoice.id}`)).body.data;
    expect(after).toMatchObject({ status: 'draft', sent_at: null });
    expect(smtp.to(email)).toHaveLength(0);
    // and it goes through once the server accepts again
    expect((await user.post(`/api/invoices/${invoice.id}/send`)).status).toBe(200);
    expect(smtp.to(email)).toHaveLength(1);
  });

  it('runs reminders at the chosen intervals, at most once a day, and a second run sends nothing', async () => {
    const owner = await signIn(backend().url);
    expect((await owner.put('/api/invoices/settings', { reminder_days: [3, 7, 14] })).status).toBe(200);
    const late = uniqueEmail('late');
    const early = uniqueEmail('early');
    const payer = uniqueEmail('payer');
    const overdue = await invoiceFor(owner, await contactWith(owner, late), {
      issue_date: isoDay(-40),
      due_date: isoDay(-10),
      status: 'sent',
    });
    await invoiceFor(owner, await contactWith(owner, early), { issue_date: isoDay(-20), due_date: isoDay(-2), status: 'sent' });
    const settled = await invoiceFor(owner, await contactWith(owner, payer), {
      issue_date: isoDay(-40),
      due_date: isoDay(-10),
      status: 'sent',
    });
    await owner.post(`/api/invoices/${settled.id}/payments`, { amount: settled.total_amount });
    await invoiceFor(owner, await contactWith(owner, uniqueEmail('draft')), { issue_date: isoDay(-40), due_date: isoDay(-10) });

    const cron = (secret?: string) =>
      fetch(`${backend().url}/api/cron/reminders`, { headers: secret ? { authorization: `Bearer ${secret}` } : {} });
    expect((await cron()).status).toBe(401);
    expect((await cron('wrong-secret-wrong-secret')).status).toBe(401);

    const first = await cron(CRON_SECRET);
    expect(first.status).toBe(200);
    const body = (await first.json()) as any;
    expect(body.data.sent).toBeGreaterThanOrEqual(1);
    expect(body.data.failed).toBe(0);
    expect(smtp.to(late)).toHaveLength(1);
    expect(smtp.to(late)[0]!.mail.subject).toBe(`Reminder: invoice ${overdue.invoice_number} is overdue`);
    expect(smtp.to(late)[0]!.mail.text).toContain('(10 days ago)');
    expect(smtp.to(late)[0]!.mail.attachments[0]?.contentType).toBe('application/pdf');
    for (const address of [early, payer]) expect(smtp.to(address)).toHaveLength(0);

    // a second run, and two concurrent ones, the same day: nothing more
    expect((await cron(CRON_SECRET)).status).toBe(200);
    await Promise.all([cron(CRON_SECRET), cron(CRON_SECRET)]);
    expect(smtp.to(late)).toHaveLength(1);

    const events = (await owner.get(`/api/invoices/${overdue.id}`)).body.data;
    expect(events.status).toBe('sent');

    if (backend().adminUrl) {
      // the next day (moved back by a day in the database): interval 7 was sent, 14 is not reached yet
      const admin = postgres(backend().adminUrl!, { max: 1, onnotice: () => {} });
      try {
        const yesterday = async () => {
          await admin`update invoice_reminders set local_date = local_date - 1 where invoice_id = ${overdue.id}`;
          await admin`update invoice_events set created_at = created_at - interval '1 day' where invoice_id = ${overdue.id}`;
        };
        await yesterday();
        await cron(CRON_SECRET);
        expect(smtp.to(late)).toHaveLength(1);
        // the due date moves 5 days earlier (a sent invoice's due date may change): 15 days overdue, interval 14
        await yesterday();
        expect((await owner.put(`/api/invoices/${overdue.id}`, { due_date: isoDay(-15) })).status).toBe(200);
        await cron(CRON_SECRET);
        expect(smtp.to(late)).toHaveLength(2);
        const steps = await admin`select step_days, status from invoice_reminders where invoice_id = ${overdue.id} order by step_days`;
        expect(steps.map((s) => [s.step_days, s.status])).toEqual([
          [7, 'sent'],
          [14, 'sent'],
        ]);
      } finally {
        await admin.end({ timeout: 5 });
      }
    }
  });
});

describe.each(backends)('the outbox and the scheduler on $name (no SMTP configured)', (backend) => {
  it('writes a real .eml file per account, lists it in the outbox, and serves it and its PDF', async () => {
    const user = await signIn(backend.url);
    const other = await signIn(backend.url);
    expect((await user.put('/api/auth/user', { business_name: 'Olga Outbox GmbH' })).status).toBe(200);
    const email = uniqueEmail('outbox');
    const invoice = await invoiceFor(user, await contactWith(user, email, 'Olga'));
    const res = await user.post(`/api/invoices/${invoice.id}/send`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'sent', email: { transport: 'outbox', to: email } });
    const outboxId = res.body.data.email.outbox_id as string;

    const file = path.join(backend.dataDir, 'outbox', user.user.id, `${outboxId}.eml`);
    const raw = fs.readFileSync(file);
    const parsed = await simpleParser(raw);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value[0]?.address : undefined).toBe(email);
    expect(parsed.subject).toBe(`Invoice ${invoice.invoice_number} from Olga Outbox GmbH`);
    expect(parsed.attachments[0]?.contentType).toBe('application/pdf');

    const list = await user.get('/api/outbox');
    expect(list.status).toBe(200);
    expect(list.body.data[0]).toMatchObject({ id: outboxId, to: expect.stringContaining(email), subject: parsed.subject });
    expect(list.body.data[0].attachments[0]).toMatchObject({
      filename: `invoice-${invoice.invoice_number}.pdf`,
      contentType: 'application/pdf',
    });
    expect((await other.get('/api/outbox')).body.data).toEqual([]);

    const download = await fetch(`${backend.url}/api/outbox/${outboxId}`, { headers: { authorization: `Bearer ${user.token}` } });
    expect(download.headers.get('content-type')).toBe('message/rfc822');
    expect(Buffer.from(await download.arrayBuffer()).equals(raw)).toBe(true);
    const attachment = await fetch(`${backend.url}/api/outbox/${outboxId}?attachment=0`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
    expect(attachment.headers.get('content-type')).toBe('application/pdf');
    expect((await other.get(`/api/outbox/${outboxId}`)).status).toBe(404);
    expect((await user.get('/api/outbox/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });

  it('keeps the reminder job closed where CRON_SECRET is not set', { timeout: 120_000 }, async () => {
    const res = await fetch(`${backend.url}/api/cron/reminders`, { headers: { authorization: 'Bearer anything-at-all-here' } });
    expect(res.status).toBe(404);
  });
});

describe('a mail server that cannot be reached', () => {
  let app: AppServer;
  beforeAll(async () => {
    const closed = await freePort(); // nothing listens there
    app = await startApp({ SMTP_URL: `smtp://127.0.0.1:${closed}` });
    started.push(app);
  });

  it('answers 502 with a clear message and leaves the invoice a draft', { timeout: 60_000 }, async () => {
    const user = await signIn(app.url);
    await user.put('/api/auth/user', { business_name: 'Nobody Ltd' });
    const invoice = await invoiceFor(user, await contactWith(user, uniqueEmail('nobody')));
    const res = await user.post(`/api/invoices/${invoice.id}/send`);
    expect(res.status, res.text).toBe(502);
    expect(res.body.error).toMatchObject({ code: 'bad_gateway', message: expect.stringMatching(/could not be reached/) });
    expect(res.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
    const after = (await user.get(`/api/invoices/${invoice.id}`)).body.data;
    expect(after).toMatchObject({ status: 'draft', sent_at: null });
  });
});

describe('copies count against the daily email limit', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp({ EMAIL_DAILY_LIMIT_PER_ACCOUNT: '4' });
    started.push(app);
  });

  it('counts each recipient: a send with two copies uses three of the day', async () => {
    const user = await signIn(app.url);
    await user.put('/api/auth/user', { business_name: 'Copy Counters Ltd' });
    const contact = await contactWith(user, uniqueEmail('limit'));
    const first = await invoiceFor(user, contact);
    const res = await user.post(`/api/invoices/${first.id}/send`, { cc: [uniqueEmail('cc1'), uniqueEmail('cc2')] });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.email.recipients).toBe(3);
    const second = await invoiceFor(user, contact);
    const over = await user.post(`/api/invoices/${second.id}/send`, { cc: [uniqueEmail('cc3')] });
    expect(over.status).toBe(429);
    expect(over.body.error.message).toMatch(/has 2 recipients \(with the copies\), but this account may email only 1 more/);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(23 * 3600);
    // without the copy it fits, and then the day is used up
    expect((await user.post(`/api/invoices/${second.id}/send`)).status).toBe(200);
    expect((await user.post(`/api/invoices/${(await invoiceFor(user, contact)).id}/send`)).status).toBe(429);
    // more copies than a whole day allows: a 422 that names them
    const never = await user.post(`/api/invoices/${second.id}/send`, { cc: Array.from({ length: 4 }, (_, n) => uniqueEmail(`many${n}`)) });
    expect(never.status).toBe(422);
    expect(never.body.error.details).toEqual({ cc: ['has too many addresses for the daily limit of 4'] });
  });
});
