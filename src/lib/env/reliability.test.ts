import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './index';

/** The settings of docs/decisions/0083 (email transport, tool token key, timeouts, reminder leases). */

const n8n = {
  N8N_WEBHOOK_URL: 'https://n8n.example.com/webhook/x',
  N8N_WEBHOOK_SECRET: 'shared-secret',
  APP_URL: 'https://crm.example.com',
};
const problemsOf = (source: Record<string, string>) => {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).problems;
  }
};

describe('AI_TOOL_TOKEN_SECRET with the n8n engine', () => {
  it('is required in production, with one clear line', () => {
    expect(problemsOf({ NODE_ENV: 'production', ...n8n })).toEqual([
      expect.stringMatching(/^AI_TOOL_TOKEN_SECRET: required in production with the n8n engine/),
    ]);
    expect(problemsOf({ NODE_ENV: 'production', AI_ENGINE: 'n8n', ...n8n })).toHaveLength(1);
  });
  it('is optional outside production and for the other engines', () => {
    expect(parseEnv({ NODE_ENV: 'development', ...n8n }).aiEngine).toBe('n8n');
    expect(parseEnv({ NODE_ENV: 'production' }).aiEngine).toBe('builtin');
    expect(parseEnv({ NODE_ENV: 'production', ...n8n, AI_TOOL_TOKEN_SECRET: 'x'.repeat(32) }).AI_TOOL_TOKEN_SECRET).toHaveLength(32);
  });
});

describe('the email transport', () => {
  it('is SMTP with SMTP_URL, the outbox outside production, and none in production', () => {
    expect(parseEnv({ SMTP_URL: 'smtp://mail.example.com:587', NODE_ENV: 'production' }).emailTransport).toBe('smtp');
    expect(parseEnv({ NODE_ENV: 'development' }).emailTransport).toBe('outbox');
    expect(parseEnv({ NODE_ENV: 'test' }).emailTransport).toBe('outbox');
    expect(parseEnv({ NODE_ENV: 'production' }).emailTransport).toBe('none');
  });
  it('is the outbox in production when chosen, or with the dev sign-in', () => {
    expect(parseEnv({ NODE_ENV: 'production', EMAIL_TRANSPORT: 'outbox' }).emailTransport).toBe('outbox');
    expect(parseEnv({ NODE_ENV: 'production', EMAIL_TRANSPORT: 'outbox', SMTP_URL: 'smtp://mail.example.com' }).emailTransport).toBe(
      'outbox',
    );
    expect(parseEnv({ NODE_ENV: 'production', AUTH_MODE: 'dev' }).emailTransport).toBe('outbox');
  });
  it('names a bad value, and smtp without a server', () => {
    expect(problemsOf({ EMAIL_TRANSPORT: 'pigeon' })).toEqual([expect.stringMatching(/^EMAIL_TRANSPORT: must be smtp or outbox/)]);
    expect(problemsOf({ EMAIL_TRANSPORT: 'smtp' })).toEqual(['SMTP_URL: required when EMAIL_TRANSPORT=smtp']);
  });
});

describe('timeouts and leases', () => {
  it('bounds tenant statements to 15 s and reminder claims to 15 minutes by default', () => {
    expect(parseEnv({})).toMatchObject({ DATABASE_STATEMENT_TIMEOUT_MS: 15_000, REMINDER_CLAIM_LEASE_MINUTES: 15 });
    expect(parseEnv({ DATABASE_STATEMENT_TIMEOUT_MS: '0', REMINDER_CLAIM_LEASE_MINUTES: '60' })).toMatchObject({
      DATABASE_STATEMENT_TIMEOUT_MS: 0,
      REMINDER_CLAIM_LEASE_MINUTES: 60,
    });
  });
  it('names bad values', () => {
    const problems = problemsOf({ DATABASE_STATEMENT_TIMEOUT_MS: 'soon', REMINDER_CLAIM_LEASE_MINUTES: '0' });
    expect(problems.join('\n')).toMatch(/DATABASE_STATEMENT_TIMEOUT_MS/);
    expect(problems.join('\n')).toMatch(/REMINDER_CLAIM_LEASE_MINUTES/);
  });
});
