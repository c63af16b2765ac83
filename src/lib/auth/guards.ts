import fs from 'node:fs';
import path from 'node:path';
import { createPublicKey } from 'node:crypto';
import type { Env } from '@/lib/env';
import { issuerFromPublishableKey } from './config';
import { samePublicKey } from './keys';

/**
 * Refuses configurations that would be unsafe, with one sentence each.
 * Development sign-in (anyone may sign in as anyone, from this machine) runs
 * only under `next dev` or with an explicit `AUTH_MODE=dev`, never in a
 * production deployment; neither self-signed mode runs next to Clerk keys;
 * Clerk mode never trusts the local signing key.
 */
export function authGuardProblems(config: Env, source: Record<string, string | undefined> = process.env): string[] {
  const problems: string[] = [];
  const keys = [source.CLERK_SECRET_KEY, source.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY];
  const liveKey = keys.some((k) => /^(sk|pk)_live_/.test(k ?? ''));
  const anyKey = keys.some((k) => (k ?? '').trim() !== '');
  if (config.authMode !== 'clerk') {
    const label = config.authMode === 'dev' ? 'Development sign-in (AUTH_MODE=dev)' : 'Local accounts (AUTH_MODE=local)';
    if (liveKey) {
      problems.push(
        `${label} refuses to start with a live Clerk key (sk_live_/pk_live_): remove AUTH_MODE to use Clerk, or remove the keys.`,
      );
    } else if (anyKey) {
      problems.push(`${label} refuses to start with Clerk keys set: remove AUTH_MODE to use Clerk, or remove the keys.`);
    }
    if (config.authMode === 'dev') {
      if (config.NODE_ENV === 'production' && !config.authModeExplicit) {
        problems.push(
          'Development sign-in is never chosen under NODE_ENV=production: set AUTH_MODE=dev explicitly, or use local accounts.',
        );
      }
      if (config.isProductionDeployment) {
        problems.push(
          'Development sign-in (anyone may sign in as anyone) refuses to start in a production deployment (APP_ENV=production or VERCEL_ENV=production): use local accounts or Clerk.',
        );
      }
    }
    return problems;
  }
  if (config.CLERK_AUTHORIZED_PARTIES.length === 0 && !config.APP_URL) {
    problems.push(
      'APP_URL (or CLERK_AUTHORIZED_PARTIES) is required in Clerk mode: session tokens are accepted only from the origins listed there (the `azp` claim).',
    );
  }
  if (!config.CLERK_ISSUER && !issuerFromPublishableKey(config.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY ?? '')) {
    problems.push(
      'CLERK_ISSUER is required: it cannot be derived from NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY (copy the key from the Clerk dashboard, or set the Frontend API URL as CLERK_ISSUER).',
    );
  }
  if (!config.CLERK_JWT_KEY) {
    problems.push(
      'CLERK_JWT_KEY is required in Clerk mode: session tokens are verified with it, without network calls (Clerk dashboard → API keys → JWT public key).',
    );
    return problems;
  }
  if (!isRsaPublicKey(config.CLERK_JWT_KEY.replace(/\\n/g, '\n'))) {
    problems.push(
      'CLERK_JWT_KEY must be the PEM public key of your Clerk instance ("-----BEGIN PUBLIC KEY-----…", Clerk dashboard → API keys → JWT public key).',
    );
    return problems;
  }
  const localKeyFile = path.join(config.DATA_DIR, 'auth', 'local-session-key.pem');
  if (fs.existsSync(localKeyFile)) {
    try {
      const localPublic = createPublicKey(fs.readFileSync(localKeyFile, 'utf8')).export({ type: 'spki', format: 'pem' }).toString();
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
