import { createHash, randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { NextResponse } from 'next/server';
import { env } from '@/lib/env';
import { localKeys } from './keys';

/**
 * Local mode (no Clerk keys): the app signs Clerk-shaped session tokens with
 * its own key and sets the cookies Clerk would. The same `clerkMiddleware`
 * verifies them with `jwtKey`; nothing here trusts a token it did not verify.
 */

export const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60;

export interface LocalIdentity {
  email: string;
  first_name?: string | null;
  last_name?: string | null;
}

/** A stable Clerk-style user id for an email address (`user_local_…`). */
export function localUserId(email: string): string {
  const digest = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
  return `user_local_${digest.slice(0, 27).replace(/[-_]/g, 'x')}`;
}

export async function mintLocalSessionToken(
  identity: LocalIdentity & { sub: string },
  azp: string,
  now = Math.floor(Date.now() / 1000),
  ttlSeconds = SESSION_TTL_SECONDS,
  sid = newLocalSessionId(),
): Promise<{ token: string; iat: number; exp: number; sid: string }> {
  const keys = localKeys(env().DATA_DIR);
  const exp = now + ttlSeconds;
  const token = await new SignJWT({
    azp,
    sid,
    email: identity.email,
    first_name: identity.first_name ?? null,
    last_name: identity.last_name ?? null,
    v: 2,
  })
    .setProtectedHeader({ alg: 'RS256', kid: keys.kid, typ: 'JWT' })
    .setSubject(identity.sub)
    .setIssuer(keys.issuer)
    .setIssuedAt(now)
    .setNotBefore(now - 5)
    .setExpirationTime(exp)
    .sign(keys.privateKey);
  return { token, iat: now, exp, sid };
}

/** A session id as local tokens carry it (`sid`). */
export function newLocalSessionId(): string {
  return `sess_local_${randomBytes(12).toString('hex')}`;
}

export const SESSION_COOKIE = '__session';
export const CLIENT_UAT_COOKIE = '__client_uat';
export const DEV_BROWSER_COOKIE = '__clerk_db_jwt';
export const LOCAL_DEV_BROWSER = 'local';

export interface CookieSpec {
  name: string;
  value: string;
  httpOnly: boolean;
  sameSite: 'lax';
  secure: boolean;
  path: '/';
  maxAge: number;
}

/** The cookies Clerk sets for a signed-in browser (development instance). */
export function sessionCookies(token: string, iat: number, secure: boolean): CookieSpec[] {
  const base = { sameSite: 'lax' as const, secure, path: '/' as const, maxAge: SESSION_TTL_SECONDS };
  return [
    { name: SESSION_COOKIE, value: token, httpOnly: true, ...base },
    { name: CLIENT_UAT_COOKIE, value: String(iat), httpOnly: false, ...base },
    { name: DEV_BROWSER_COOKIE, value: LOCAL_DEV_BROWSER, httpOnly: true, ...base },
  ];
}

/** Cookies that sign a browser out (Clerk's signed-out state: `__client_uat=0`). */
export function signedOutCookies(secure: boolean): CookieSpec[] {
  const base = { sameSite: 'lax' as const, secure, path: '/' as const };
  return [
    { name: SESSION_COOKIE, value: '', httpOnly: true, ...base, maxAge: 0 },
    { name: CLIENT_UAT_COOKIE, value: '0', httpOnly: false, ...base, maxAge: SESSION_TTL_SECONDS },
    { name: DEV_BROWSER_COOKIE, value: LOCAL_DEV_BROWSER, httpOnly: true, ...base, maxAge: SESSION_TTL_SECONDS },
  ];
}

/**
 * Decodes a JWT's payload without verifying it (only to decide, in local
 * mode, whether a cookie is expired and must be dropped before Clerk sees it).
 */
export function unverifiedTimes(token: string): { exp?: number; nbf?: number; iat?: number; sid?: string; sub?: string } | null {
  const [, payload] = token.split('.');
  if (!payload) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return { exp: num(parsed.exp), nbf: num(parsed.nbf), iat: num(parsed.iat), sid: str(parsed.sid), sub: str(parsed.sub) };
  } catch {
    return null;
  }
}

/** The answer of a sign-in or sign-up: the token and user as JSON, and the session cookies. */
export function signedInResponse(result: { token: string; iat: number; user: unknown }, origin: string, status = 200): NextResponse {
  const response = NextResponse.json({ data: { token: result.token, user: result.user } }, { status });
  for (const cookie of sessionCookies(result.token, result.iat, origin.startsWith('https:'))) response.cookies.set(cookie);
  return response;
}
