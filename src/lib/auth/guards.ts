import fs from 'node:fs';
import path from 'node:path';
import { createPublicKey } from 'node:crypto';
import type { Env } from '@/lib/env';
import { issuerFromPublishableKey } from './config';
import { samePublicKey } from './keys';

/**
 * Refuses configurations that would be unsafe, with one sentence each:
 * local mode (self-signed sessions, anyone may sign in as anyone) never runs
 * with live Clerk keys or in a production deployment; Clerk mode never trusts
 * the local signing key. `NODE_ENV=production` alone (what `next start` sets)
 * does not block local mode, so `npm start` works on a laptop.
 */
export function authGuardProblems(config: Env, source: Record<string, string | undefined> = process.env): string[] {
  const problems: string[] = [];
  const liveKey = [source.CLERK_SECRET_KEY, source.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY].some((k) =>
    /^(sk|pk)_live_/.test(k ?? ''),
  );
  if (config.authMode === 'local') {
    if (liveKey) {
      problems.push('Local auth mode refuses to start with a live Clerk key (sk_live_/pk_live_): set both Clerk keys for Clerk mode, or remove them.');
    }
    if (config.isProductionDeployment) {
      problems.push('Local auth mode refuses to start in a production deployment (APP_ENV=production or VERCEL_ENV=production): configure Clerk keys.');
    }
    return problems;
  }
  if (config.CLERK_AUTHORIZED_PARTIES.length === 0 && !config.APP_URL) {
    problems.push('APP_URL (or CLERK_AUTHORIZED_PARTIES) is required in Clerk mode: session tokens are accepted only from the origins listed there (the `azp` claim).');
  }
  if (!config.CLERK_ISSUER && !issuerFromPublishableKey(config.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY ?? '')) {
    problems.push('CLERK_ISSUER is required: it cannot be derived from NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY (copy the key from the Clerk dashboard, or set the Frontend API URL as CLERK_ISSUER).');
  }
  if (!config.CLERK_JWT_KEY) {
    problems.push('CLERK_JWT_KEY is required in Clerk mode: session tokens are verified with it, without network calls (Clerk dashboard → API keys → JWT public key).');
    return problems;
  }
  if (!isRsaPublicKey(config.CLERK_JWT_KEY.replace(/\\n/g, '\n'))) {
    problems.push('CLERK_JWT_KEY must be the PEM public key of your Clerk instance ("-----BEGIN PUBLIC KEY-----…", Clerk dashboard → API keys → JWT public key).');
    return problems;
  }
  const localKeyFile = path.join(config.DATA_DIR, 'auth', 'local-session-key.pem');
  if (fs.existsSync(localKeyFile)) {
    try {
      const localPublic = createPublicKey(fs.readFileSync(localKeyFile, 'utf8'))
        .export({ type: 'spki', format: 'pem' })
        .toString();
      if (samePublicKey(localPublic, config.CLERK_JWT_KEY.replace(/\\n/g, '\n'))) {
        problems.push('CLERK_JWT_KEY is the local-mode signing key: Clerk mode must verify with the key of your Clerk instance.');
      }
    } catch {
      // unreadable local key: nothing to compare
    }
  }
  return problems;
}

function isRsaPublicKey(pem: string): boolean {
  try {
    return createPublicKey(pem).asymmetricKeyType === 'rsa';
  } catch {
    return false;
  }
}
