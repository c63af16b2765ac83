import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { authGuardProblems } from './guards';
import { localKeys } from './keys';

describe('auth guards', () => {
  it('lets local mode run under NODE_ENV=production (npm start on a laptop)', () => {
    const source = { NODE_ENV: 'production' };
    expect(authGuardProblems(parseEnv(source), source)).toEqual([]);
  });
  it('refuses local mode in a production deployment', () => {
    for (const source of [{ APP_ENV: 'production' }, { VERCEL_ENV: 'production' }]) {
      expect(authGuardProblems(parseEnv(source), source).join()).toMatch(/production deployment/);
    }
  });
  it('refuses local mode next to a live Clerk key', () => {
    const source = { NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_live_x' };
    const env = { ...parseEnv({}), authMode: 'local' as const };
    expect(authGuardProblems(env, source).join()).toMatch(/live Clerk key/);
  });
  it('refuses Clerk mode without a JWT key, or with the local key', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guards-'));
    const keys = localKeys(dataDir);
    const base = { NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_test_x', CLERK_SECRET_KEY: 'sk_test_x', DATA_DIR: dataDir };
    expect(authGuardProblems(parseEnv(base), base).join()).toMatch(/CLERK_JWT_KEY is required/);
    const withLocal = { ...base, CLERK_JWT_KEY: keys.publicKeyPem };
    expect(authGuardProblems(parseEnv(withLocal), withLocal).join()).toMatch(/local-mode signing key/);
  });
});
