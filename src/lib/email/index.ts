import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { env } from '@/lib/env';
import { ApiError } from '@/lib/errors';
import { log } from '@/lib/log';

/**
 * The one module that sends email. With SMTP_URL set, messages go out through
 * that server (nodemailer over SMTP). Without it, nodemailer builds the very
 * same MIME message and it is written as a `.eml` file to
 * DATA_DIR/outbox/<account>/, where the Outbox page shows it: the whole flow
 * works on a laptop, and the file opens in any mail program.
 *
 * In production (NODE_ENV=production) the outbox is used only when chosen
 * (EMAIL_TRANSPORT=outbox, or the dev setup AUTH_MODE=dev): otherwise a send
 * without SMTP_URL is refused with a 503 that says what to configure, instead
 * of marking an invoice sent while its mail sits in a folder nobody reads
 * (docs/decisions/0083-reliability-claims-timeouts-and-email-transport.md).
 */

export interface Attachment {
  filename: string;
  content: Buffer;
  contentType: string;
  /** shown inside the HTML part as `<img src="cid:…">` (e.g. a logo) instead of as a file */
  cid?: string;
}

export interface OutgoingEmail {
  to: string;
  toName?: string | null;
  /** copies: a real `Cc` header, and recipients of the SMTP envelope */
  cc?: readonly string[];
  subject: string;
  text: string;
  html?: string;
  /** shown as the sender's name, with the address of EMAIL_FROM */
  fromName?: string | null;
  replyTo?: string | null;
  attachments?: Attachment[];
  /**
   * Makes a retried send of the same message recognisable: it becomes the
   * Message-ID (`<key@ledgerly>`), and the outbox file of a second send with
   * the same key replaces the first instead of adding a copy.
   */
  idempotencyKey?: string;
}

export interface SentEmail {
  transport: 'smtp' | 'outbox';
  message_id: string;
  /** the outbox message id (outbox transport) */
  outbox_id?: string;
}

/** The mail server refused the message or could not be reached. */
export class EmailDeliveryError extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
    this.name = 'EmailDeliveryError';
  }
}

const DEFAULT_FROM = 'invoices@ledgerly.localhost';

function fromAddress(name?: string | null): { name: string; address: string } {
  const configured = env().EMAIL_FROM ?? DEFAULT_FROM;
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/.exec(configured);
  const address = match ? match[2]!.trim() : configured.trim();
  const configuredName = match?.[1]?.trim() || 'Ledgerly';
  // a display name never carries line breaks or quotes into the header
  const display = (name ?? '').replace(/[\r\n"\\]/g, ' ').trim() || configuredName;
  return { name: display, address };
}

function message(email: OutgoingEmail) {
  return {
    from: fromAddress(email.fromName),
    to: email.toName ? { name: email.toName.replace(/[\r\n"\\]/g, ' '), address: email.to } : email.to,
    ...(email.cc?.length ? { cc: [...email.cc] } : {}),
    replyTo: email.replyTo ?? undefined,
    subject: email.subject.replace(/[\r\n]+/g, ' '),
    text: email.text,
    html: email.html,
    attachments: email.attachments?.map((a) => ({
      filename: a.filename,
      content: a.content,
      contentType: a.contentType,
      ...(a.cid ? { cid: a.cid, contentDisposition: 'inline' as const } : {}),
    })),
    ...(email.idempotencyKey ? { messageId: `<${email.idempotencyKey}@ledgerly>` } : {}),
  };
}

/**
 * Sends are refused: production without SMTP_URL, and the outbox not chosen.
 * A person using the app is told what happened in plain words; an operator
 * (the cron job, the boot log) is told which setting to make.
 */
export function emailNotConfigured(audience: 'user' | 'operator' = 'user'): ApiError {
  if (audience === 'user') {
    log.warn('email.not_configured', { hint: 'set SMTP_URL, or EMAIL_TRANSPORT=outbox' });
    return new ApiError(
      'service_unavailable',
      'Email is not set up on this server yet, so nothing was sent. Whoever runs the server can connect a mail server (the README’s email section says how).',
    );
  }
  return new ApiError(
    'service_unavailable',
    'Email is not configured on this server: set SMTP_URL to send through your mail server, ' +
      'or EMAIL_TRANSPORT=outbox to keep messages in the outbox folder instead. Nothing was sent.',
  );
}

/** Throws the 503 of `emailNotConfigured()` when no transport may be used. */
export function assertEmailConfigured(audience: 'user' | 'operator' = 'user'): void {
  if (env().emailTransport === 'none') throw emailNotConfigured(audience);
}

const transports = globalThis as unknown as { __ledgerlySmtp?: { url: string; transport: Transporter<SMTPTransport.SentMessageInfo> } };

function smtpTransport(url: string) {
  if (transports.__ledgerlySmtp?.url !== url) {
    transports.__ledgerlySmtp = {
      url,
      transport: nodemailer.createTransport({
        url,
        // bounded, so a request never hangs on a silent server
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      } as SMTPTransport.Options),
    };
  }
  return transports.__ledgerlySmtp.transport;
}

function describeSmtpError(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
  if (e.responseCode && e.response) return `the mail server answered ${e.response.slice(0, 200)}`;
  if (e.code === 'ECONNREFUSED' || e.code === 'ESOCKET' || e.code === 'ECONNECTION') return 'the mail server could not be reached';
  if (e.code === 'ETIMEDOUT') return 'the mail server did not answer in time';
  if (e.code === 'EAUTH') return 'the mail server refused the credentials';
  return 'the mail server failed';
}

function outboxDir(account: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(account)) throw new Error('invalid outbox account');
  return path.join(env().DATA_DIR, 'outbox', account.toLowerCase());
}

/** `<time>-<random>`, or `<time>-k<key>` for a keyed message (found again by its key). */
function newOutboxId(key?: string): string {
  const time = new Date().toISOString().replace(/[:.]/g, '-');
  const safeKey = key?.replace(/[^\w-]/g, '').slice(0, 50);
  return safeKey ? `${time}-k${safeKey}` : `${time}-${randomBytes(4).toString('hex')}`;
}

/** The id of the outbox file written before for this key, if any (it is then replaced, not doubled). */
async function existingOutboxId(dir: string, key: string): Promise<string | undefined> {
  const suffix = `-k${key.replace(/[^\w-]/g, '').slice(0, 50)}.eml`;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names.find((n) => n.endsWith(suffix))?.slice(0, -'.eml'.length);
}

/**
 * Sends one message on behalf of `account` (a workspace's id: outbox files are
 * kept per account, so nobody sees another workspace's mail).
 */
export async function sendEmail(email: OutgoingEmail, { account }: { account: string }): Promise<SentEmail> {
  const transport = env().emailTransport;
  if (transport === 'none') throw emailNotConfigured();
  const url = env().SMTP_URL;
  const started = Date.now();
  if (transport === 'smtp' && url) {
    try {
      const info = await smtpTransport(url).sendMail(message(email));
      log.info('email.sent', { transport: 'smtp', account, message_id: info.messageId, ms: Date.now() - started });
      return { transport: 'smtp', message_id: info.messageId };
    } catch (error) {
      const reason = describeSmtpError(error);
      log.warn('email.failed', { transport: 'smtp', account, reason, error, ms: Date.now() - started });
      throw new EmailDeliveryError(`The email could not be sent: ${reason}.`, reason);
    }
  }
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }).sendMail(message(email));
  const dir = outboxDir(account);
  await fs.mkdir(dir, { recursive: true });
  const id = (email.idempotencyKey && (await existingOutboxId(dir, email.idempotencyKey))) || newOutboxId(email.idempotencyKey);
  const file = path.join(dir, `${id}.eml`);
  await fs.writeFile(`${file}.tmp`, built.message as Buffer);
  await fs.rename(`${file}.tmp`, file);
  log.info('email.sent', { transport: 'outbox', account, message_id: built.messageId, outbox_id: id, ms: Date.now() - started });
  return { transport: 'outbox', message_id: built.messageId, outbox_id: id };
}

// ---------------------------------------------------------------------------
// The outbox, as the Outbox page and its API read it
// ---------------------------------------------------------------------------

export interface OutboxMessage {
  id: string;
  date: Date;
  from: string;
  to: string;
  /** the `Cc` header ('' when there is none) */
  cc: string;
  subject: string;
  text: string;
  attachments: { index: number; filename: string; contentType: string; size: number }[];
  size: number;
}

const OUTBOX_ID = /^[\w-]{10,80}$/;

export function isOutboxId(id: string): boolean {
  return OUTBOX_ID.test(id);
}

async function parse(id: string, raw: Buffer): Promise<OutboxMessage & { parts: Buffer[] }> {
  const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true });
  const addresses = (value: typeof mail.to) => (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(', ');
  return {
    id,
    date: mail.date ?? new Date(0),
    from: mail.from?.text ?? '',
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject: mail.subject ?? '(no subject)',
    text: mail.text ?? '',
    attachments: mail.attachments.map((a, index) => ({
      index,
      filename: a.filename ?? `attachment-${index + 1}`,
      contentType: a.contentType,
      size: a.size,
    })),
    parts: mail.attachments.map((a) => a.content),
    size: raw.length,
  };
}

/** The account's outbox, newest first (at most `limit` messages). */
export async function listOutbox(account: string, limit = 100): Promise<{ messages: OutboxMessage[]; total: number }> {
  let names: string[];
  try {
    names = (await fs.readdir(outboxDir(account))).filter((n) => n.endsWith('.eml'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { messages: [], total: 0 };
    throw error;
  }
  names.sort().reverse();
  const messages = await Promise.all(
    names.slice(0, limit).map(async (name) => {
      const id = name.slice(0, -'.eml'.length);
      const { parts: _parts, ...parsed } = await parse(id, await fs.readFile(path.join(outboxDir(account), name)));
      return parsed;
    }),
  );
  return { messages, total: names.length };
}

/** One message of the account's outbox: its raw bytes and its parsed form, or undefined. */
export async function readOutboxMessage(
  account: string,
  id: string,
): Promise<{ raw: Buffer; message: OutboxMessage; attachment(index: number): Buffer | undefined } | undefined> {
  if (!isOutboxId(id)) return undefined;
  let raw: Buffer;
  try {
    raw = await fs.readFile(path.join(outboxDir(account), `${id}.eml`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const { parts, ...message } = await parse(id, raw);
  return { raw, message, attachment: (index) => parts[index] };
}

/** The transport in use, for pages that explain where mail goes (`none`: sends are refused). */
export function emailTransport(): 'smtp' | 'outbox' | 'none' {
  return env().emailTransport;
}
