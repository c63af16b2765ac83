import { generateKeyPairSync } from 'node:crypto';
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

describe('Clerk mode guards', () => {
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const pk = `pk_test_${Buffer.from('example.clerk.accounts.dev$').toString('base64')}`;
  const base = { NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: pk, CLERK_SECRET_KEY: 'sk_test_x', CLERK_JWT_KEY: pem };

  it('starts with a JWT key, an authorized party and an issuer derived from the publishable key', () => {
    const source = { ...base, APP_URL: 'https://crm.example.com' };
    expect(authGuardProblems(parseEnv(source), source)).toEqual([]);
  });
  it('refuses Clerk mode without an authorized party (tokens for any origin would pass)', () => {
    expect(authGuardProblems(parseEnv(base), base).join()).toMatch(/APP_URL \(or CLERK_AUTHORIZED_PARTIES\) is required/);
  });
  it('refuses a publishable key it cannot derive the issuer from, unless CLERK_ISSUER is set', () => {
    const source = { ...base, NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_test_garbage', APP_URL: 'https://crm.example.com' };
    expect(authGuardProblems(parseEnv(source), source).join()).toMatch(/CLERK_ISSUER is required/);
    const withIssuer = { ...source, CLERK_ISSUER: 'https://clerk.crm.example.com' };
    expect(authGuardProblems(parseEnv(withIssuer), withIssuer)).toEqual([]);
  });
  it('refuses a JWT key that is not an RSA public key', () => {
    const source = { ...base, APP_URL: 'https://crm.example.com', CLERK_JWT_KEY: 'not a key' };
    expect(authGuardProblems(parseEnv(source), source).join()).toMatch(/PEM public key/);
  });
});
