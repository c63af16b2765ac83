import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './index';

describe('parseEnv', () => {
  it('defaults to local mode with embedded services', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ authMode: 'local', RATE_LIMIT_PER_MINUTE: 300, AI_RATE_LIMIT_PER_MINUTE: 20, demoData: true });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toMatch(/\.data$/);
  });
  it('is in Clerk mode with both keys, and demo data is then off by default', () => {
    const env = parseEnv({ NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_test_abc', CLERK_SECRET_KEY: 'sk_test_abc' });
    expect(env.authMode).toBe('clerk');
    expect(env.demoData).toBe(false);
  });
  it('names every bad variable', () => {
    try {
      parseEnv({ RATE_LIMIT_PER_MINUTE: 'lots', DATABASE_URL: 'mysql://x', DEMO_DATA: 'maybe', CLERK_SECRET_KEY: 'nope' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const text = (error as EnvError).message;
      for (const name of ['RATE_LIMIT_PER_MINUTE', 'DATABASE_URL', 'DEMO_DATA', 'CLERK_SECRET_KEY']) expect(text).toContain(name);
    }
  });
  it('requires both Clerk keys together', () => {
    expect(() => parseEnv({ CLERK_SECRET_KEY: 'sk_test_x' })).toThrow(/set both/);
  });
  it('accepts only a real svix signing secret for the webhook', () => {
    expect(parseEnv({ CLERK_WEBHOOK_SIGNING_SECRET: `whsec_${Buffer.alloc(24, 7).toString('base64')}` }).CLERK_WEBHOOK_SIGNING_SECRET).toMatch(/^whsec_/);
    for (const bad of ['secret', 'whsec_', 'whsec_abc', 'whsec_not base64 at all!!']) {
      expect(() => parseEnv({ CLERK_WEBHOOK_SIGNING_SECRET: bad }), bad).toThrow(/CLERK_WEBHOOK_SIGNING_SECRET/);
    }
  });
});
