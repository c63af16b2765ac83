import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { authGuardProblems } from './guards';
import { localKeys } from './keys';

describe('auth guards', () => {
  it('runs local accounts under NODE_ENV=production and development sign-in under next dev', () => {
    for (const source of [{ NODE_ENV: 'production' }, { NODE_ENV: 'development' }, { NODE_ENV: 'production', AUTH_MODE: 'dev' }]) {
      expect(authGuardProblems(parseEnv(source), source), JSON.stringify(source)).toEqual([]);
    }
    // local accounts are fit for a production deployment; development sign-in is not
    const deployed = { NODE_ENV: 'production', APP_ENV: 'production' };
    expect(authGuardProblems(parseEnv(deployed), deployed)).toEqual([]);
  });
  it('refuses development sign-in in a production deployment, even when asked for', () => {
    for (const source of [
      { NODE_ENV: 'production', AUTH_MODE: 'dev', APP_ENV: 'production' },
      { NODE_ENV: 'production', AUTH_MODE: 'dev', VERCEL_ENV: 'production' },
      { NODE_ENV: 'development', VERCEL_ENV: 'production' },
    ]) {
      expect(authGuardProblems(parseEnv(source), source).join(), JSON.stringify(source)).toMatch(/production deployment/);
    }
  });
  it('never lets development sign-in be chosen implicitly under NODE_ENV=production', () => {
    const config = { ...parseEnv({ NODE_ENV: 'production' }), authMode: 'dev' as const, authModeExplicit: false };
    expect(authGuardProblems(config, {}).join()).toMatch(/AUTH_MODE=dev explicitly/);
  });
  it('refuses a self-signed mode next to Clerk keys, live or not', () => {
    const live = { AUTH_MODE: 'local', NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_live_x', CLERK_SECRET_KEY: 'sk_live_x' };
    expect(authGuardProblems(parseEnv(live), live).join()).toMatch(/live Clerk key/);
    const test = { AUTH_MODE: 'dev', NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_test_x', CLERK_SECRET_KEY: 'sk_test_x' };
    expect(authGuardProblems(parseEnv(test), test).join()).toMatch(/Clerk keys set/);
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
