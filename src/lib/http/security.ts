import { randomBytes } from 'node:crypto';
import { issuerFromPublishableKey } from '@/lib/auth/config';
import { env } from '@/lib/env';

/**
 * Security headers for every response (pages from the proxy, API responses
 * from the route wrapper): a Content-Security-Policy the app works under in
 * both auth modes, no sniffing, no framing, a strict referrer policy, and HSTS
 * on production deployments.
 */

let cached: Record<string, string> | undefined;

function clerkOrigin(): string | undefined {
  const config = env();
  return config.authMode === 'clerk' ? issuerFromPublishableKey(config.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY ?? '') : undefined;
}

/**
 * The Content-Security-Policy. Scripts run only from this origin and, on
 * pages, only with the request's nonce (Next.js puts it on every script it
 * renders when it finds it in the request's CSP header; `'strict-dynamic'`
 * lets those scripts load the chunks they need). No `'unsafe-inline'` script.
 */
export function contentSecurityPolicy(nonce?: string): string {
  const clerk = clerkOrigin();
  // Clerk's components load their script from the Frontend API and may show a Cloudflare challenge
  const clerkScripts = clerk ? [clerk, 'https://challenges.cloudflare.com'] : [];
  const scripts = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : [];
  return [
    "default-src 'self'",
    `script-src 'self' ${[...scripts, ...clerkScripts].join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${clerk ? 'https://img.clerk.com' : ''}`.trim(),
    "font-src 'self' data:",
    `connect-src 'self' ${clerk ?? ''}`.trim(),
    `frame-src 'self' ${clerk ? 'https://challenges.cloudflare.com' : ''}`.trim(),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(): Record<string, string> {
  if (cached) return cached;
  const config = env();
  cached = {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(config.isProductionDeployment ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
  return cached;
}

/** A fresh nonce for one page response (128 random bits, base64). */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * A browser request that changes something with the session cookie must come
 * from this site: its Origin (sent by browsers on every POST/PUT/PATCH/DELETE)
 * must be the origin the request was made to. Bearer-token clients are not
 * subject to it (a cross-site page cannot set their header).
 */
export function isCrossSiteCookieWrite(req: Request, ownOrigin: string): boolean {
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return false;
  if (req.headers.get('authorization')?.startsWith('Bearer ')) return false;
  if (!/(^|;\s*)__session(_[^=]+)?=/.test(req.headers.get('cookie') ?? '')) return false;
  const origin = req.headers.get('origin');
  if (origin === null) return req.headers.get('sec-fetch-site') === 'cross-site';
  const allowed = new Set([ownOrigin, ...env().CLERK_AUTHORIZED_PARTIES]);
  if (env().APP_URL) allowed.add(new URL(env().APP_URL!).origin);
  return !allowed.has(origin);
}
