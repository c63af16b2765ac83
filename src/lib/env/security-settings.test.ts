import { describe, expect, it } from 'vitest';
import { parseEnv } from './index';

/** Settings of docs/decisions/0082-trusted-proxies-redirects-and-send-limits.md. */
describe('security settings', () => {
  const n8n = { N8N_WEBHOOK_URL: 'https://n8n.example.com/webhook/x', N8N_WEBHOOK_SECRET: 's'.repeat(20) };

  it('requires APP_URL with the n8n engine (tools_url is built from it only)', () => {
    expect(() => parseEnv(n8n)).toThrow(/APP_URL: required with the n8n engine/);
    expect(() => parseEnv({ ...n8n, AI_ENGINE: 'n8n' })).toThrow(/APP_URL/);
    expect(parseEnv({ ...n8n, APP_URL: 'https://crm.example.com' }).aiEngine).toBe('n8n');
    // the other engines do not call back
    expect(parseEnv({}).aiEngine).toBe('builtin');
  });

  it('parses TRUSTED_PROXIES, trusts nothing by default, and detects Vercel', () => {
    expect(parseEnv({}).trustedProxies).toMatchObject({ vercel: false, entries: [] });
    expect(parseEnv({ TRUSTED_PROXIES: '127.0.0.1,10.0.0.0/8' }).trustedProxies.entries).toEqual(['127.0.0.1', '10.0.0.0/8']);
    expect(parseEnv({ VERCEL: '1' }).trustedProxies.vercel).toBe(true);
    expect(parseEnv({ TRUSTED_PROXIES: 'vercel' }).trustedProxies.vercel).toBe(true);
    expect(() => parseEnv({ TRUSTED_PROXIES: '10.0.0.0/99,proxy.local' })).toThrow(
      /TRUSTED_PROXIES: "10\.0\.0\.0\/99"[\s\S]*TRUSTED_PROXIES: "proxy\.local"/,
    );
  });

  it('has safe defaults for the email limits', () => {
    expect(parseEnv({})).toMatchObject({ EMAIL_DAILY_LIMIT_PER_ACCOUNT: 100, INVOICE_MAX_SENDS: 5 });
    expect(parseEnv({ EMAIL_DAILY_LIMIT_PER_ACCOUNT: '20', INVOICE_MAX_SENDS: '2' })).toMatchObject({
      EMAIL_DAILY_LIMIT_PER_ACCOUNT: 20,
      INVOICE_MAX_SENDS: 2,
    });
    expect(() => parseEnv({ EMAIL_DAILY_LIMIT_PER_ACCOUNT: '0' })).toThrow(/EMAIL_DAILY_LIMIT_PER_ACCOUNT/);
  });
});
