import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { ApiError } from '@/lib/errors';
import { emailNotConfigured, emailTransport, listOutbox, readOutboxMessage, sendEmail } from './index';

/** Where mail goes (docs/decisions/0083): refused in production unless a transport is chosen. */

const account = '3f0c2a5e-0000-4000-8000-00000000abcd';
const saved = { ...process.env };
let dataDir: string;

function configure(vars: Record<string, string | undefined>) {
  for (const key of ['NODE_ENV', 'SMTP_URL', 'EMAIL_TRANSPORT', 'AUTH_MODE']) delete process.env[key];
  Object.assign(process.env, { DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, vars);
  resetEnvForTests();
}

const email = { to: 'client@example.com', subject: 'Invoice INV-0001', text: 'Attached.' };

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-email-'));
});

afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('sendEmail in production without SMTP_URL', () => {
  it('refuses with a 503 in plain words (the settings go to the operator), and writes nothing', async () => {
    configure({ NODE_ENV: 'production' });
    expect(emailTransport()).toBe('none');
    const error = await sendEmail(email, { account }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect((error as ApiError).message).toMatch(/Email is not set up on this server/);
    expect((error as ApiError).message).not.toMatch(/SMTP_URL|EMAIL_TRANSPORT/);
    expect(emailNotConfigured('operator').message).toMatch(/SMTP_URL.*EMAIL_TRANSPORT=outbox/);
    expect(fs.existsSync(path.join(dataDir, 'outbox'))).toBe(false);
  });

  it('writes to the outbox when it is chosen explicitly, or under AUTH_MODE=dev', async () => {
    for (const vars of [{ EMAIL_TRANSPORT: 'outbox' }, { AUTH_MODE: 'dev' }]) {
      configure({ NODE_ENV: 'production', ...vars });
      const sent = await sendEmail(email, { account });
      expect(sent.transport).toBe('outbox');
    }
    expect((await listOutbox(account)).total).toBe(2);
  });
});

describe('a keyed send (a reminder taken over after a crash)', () => {
  it('keeps one outbox file and one Message-ID however often it is sent', async () => {
    configure({ NODE_ENV: 'test' });
    const first = await sendEmail({ ...email, idempotencyKey: 'reminder-7d1c' }, { account });
    const second = await sendEmail({ ...email, idempotencyKey: 'reminder-7d1c' }, { account });
    expect(second.outbox_id).toBe(first.outbox_id);
    expect(first.message_id).toBe('<reminder-7d1c@ledgerly>');
    expect(second.message_id).toBe('<reminder-7d1c@ledgerly>');
    await sendEmail(email, { account });
    expect((await listOutbox(account)).total).toBe(2);
    const stored = await readOutboxMessage(account, first.outbox_id!);
    expect(stored?.raw.toString()).toContain('Message-ID: <reminder-7d1c@ledgerly>');
  });
});

describe('copies (CC)', () => {
  it('writes a real Cc header, and the outbox lists it', async () => {
    configure({ NODE_ENV: 'test' });
    const sent = await sendEmail({ ...email, cc: ['accounts@client.example', 'boss@client.example'] }, { account });
    const stored = await readOutboxMessage(account, sent.outbox_id!);
    expect(stored?.raw.toString()).toMatch(/^Cc: accounts@client\.example, boss@client\.example\r$/m);
    expect(stored?.message.cc).toBe('accounts@client.example, boss@client.example');
    const logo = { filename: 'logo.png', content: Buffer.from('89504e47', 'hex'), contentType: 'image/png', cid: 'business-logo@ledgerly' };
    const withLogo = await readOutboxMessage(
      account,
      (await sendEmail({ ...email, html: '<img src="cid:business-logo@ledgerly">', attachments: [logo] }, { account })).outbox_id!,
    );
    expect(withLogo?.raw.toString()).toMatch(/^Content-ID: <business-logo@ledgerly>\r$/m);
    expect(withLogo?.raw.toString()).toMatch(/^Content-Disposition: inline; filename=logo\.png\r$/m);
    const plain = await sendEmail(email, { account });
    expect((await readOutboxMessage(account, plain.outbox_id!))?.message.cc).toBe('');
    expect((await readOutboxMessage(account, plain.outbox_id!))?.raw.toString()).not.toMatch(/^Cc:/m);
  });
});
