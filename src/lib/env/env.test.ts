import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './index';

describe('parseEnv', () => {
  it('defaults to development sign-in with embedded services outside production', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      authMode: 'dev',
      selfSignedAuth: true,
      RATE_LIMIT_PER_MINUTE: 300,
      AI_RATE_LIMIT_PER_MINUTE: 20,
      demoData: true,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toMatch(/\.data$/);
  });
  it('is in Clerk mode with both keys, and demo data is then off by default', () => {
    const env = parseEnv({ NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_test_abc', CLERK_SECRET_KEY: 'sk_test_abc' });
    expect(env.authMode).toBe('clerk');
    expect(env.demoData).toBe(false);
  });
  it('chooses the auth mode from AUTH_MODE, then the Clerk keys, then NODE_ENV, never guessing dev in production', () => {
    const clerk = { NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_test_abc', CLERK_SECRET_KEY: 'sk_test_abc' };
    const cases: [Record<string, string>, string, boolean][] = [
      [{ NODE_ENV: 'development' }, 'dev', false],
      [{ NODE_ENV: 'production' }, 'local', false],
      [{ NODE_ENV: 'production', AUTH_MODE: 'dev' }, 'dev', true],
      [{ NODE_ENV: 'production', AUTH_MODE: 'local' }, 'local', true],
      [{ NODE_ENV: 'production', ...clerk }, 'clerk', false],
      [{ NODE_ENV: 'development', ...clerk }, 'clerk', false],
      [{ NODE_ENV: 'production', AUTH_MODE: 'clerk', ...clerk }, 'clerk', true],
    ];
    for (const [source, mode, explicit] of cases) {
      const env = parseEnv(source);
      expect([env.authMode, env.authModeExplicit], JSON.stringify(source)).toEqual([mode, explicit]);
      expect(env.selfSignedAuth).toBe(mode !== 'clerk');
    }
    expect(parseEnv({ NODE_ENV: 'production' }).demoData).toBe(false);
    expect(() => parseEnv({ AUTH_MODE: 'clerk' })).toThrow(/AUTH_MODE=clerk/);
    expect(() => parseEnv({ AUTH_MODE: 'open' })).toThrow(/AUTH_MODE/);
    expect(parseEnv({}).LOCAL_SIGNUP).toBe('closed');
    expect(parseEnv({ LOCAL_SIGNUP: 'open' }).LOCAL_SIGNUP).toBe('open');
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
    expect(
      parseEnv({ CLERK_WEBHOOK_SIGNING_SECRET: `whsec_${Buffer.alloc(24, 7).toString('base64')}` }).CLERK_WEBHOOK_SIGNING_SECRET,
    ).toMatch(/^whsec_/);
    for (const bad of ['secret', 'whsec_', 'whsec_abc', 'whsec_not base64 at all!!']) {
      expect(() => parseEnv({ CLERK_WEBHOOK_SIGNING_SECRET: bad }), bad).toThrow(/CLERK_WEBHOOK_SIGNING_SECRET/);
    }
  });
});

describe('DATABASE_MIGRATION_URL', () => {
  const app = 'postgres://ledgerly_app:pw@db.example.com:6543/postgres';
  const owner = 'postgres://postgres:pw@db.example.com:5432/postgres';
  it('is where migrations run, whatever the environment', () => {
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(parseEnv({ NODE_ENV, DATABASE_URL: app, DATABASE_MIGRATION_URL: owner }).databaseMigrationUrl).toBe(owner);
    }
  });
  it('falls back to DATABASE_URL only outside production', () => {
    expect(parseEnv({ NODE_ENV: 'development', DATABASE_URL: owner }).databaseMigrationUrl).toBe(owner);
    expect(parseEnv({ NODE_ENV: 'test', DATABASE_URL: owner }).databaseMigrationUrl).toBe(owner);
    expect(parseEnv({ NODE_ENV: 'production', DATABASE_URL: app }).databaseMigrationUrl).toBeUndefined();
    expect(parseEnv({}).databaseMigrationUrl).toBeUndefined();
  });
  it('is required to migrate on boot in production, and must be a PostgreSQL URL', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: app, DATABASE_MIGRATE_ON_BOOT: 'true' })).toThrow(
      /DATABASE_MIGRATION_URL: required with DATABASE_MIGRATE_ON_BOOT in production/,
    );
    expect(
      parseEnv({ NODE_ENV: 'production', DATABASE_URL: app, DATABASE_MIGRATION_URL: owner, DATABASE_MIGRATE_ON_BOOT: 'true' })
        .databaseMigrationUrl,
    ).toBe(owner);
    expect(() => parseEnv({ DATABASE_MIGRATION_URL: 'mysql://x' })).toThrow(/DATABASE_MIGRATION_URL/);
  });
});
