import './clerk-env';
import { verifyToken } from '@clerk/nextjs/server';
import { staticClerkOptions } from './config';
import { chooseApiToken, notASessionToken, type TokenContext } from './request-token';
import { cacheGeneration, getVerified, putVerified, type VerifiedToken } from './verified-cache';

/**
 * The one verification of a session token (ARCHITECTURE.md §3): Clerk's own
 * `verifyToken` (`@clerk/backend`, the function `clerkMiddleware` calls through
 * `authenticateRequest`), networkless with `jwtKey`: RS256 signature, `exp`,
 * `nbf` and `iat` with Clerk's clock skew, the issuer, the authorized parties.
 * A token that passes is kept until its `exp` (./verified-cache.ts), so the
 * signature of a token is checked once per process; the authorized party is
 * checked on every call, against the parties of that request.
 * docs/decisions/0150-verified-token-cache.md.
 */

export type { VerifiedToken };

/** Clerk's rule: with a list of authorized parties, `azp` must be one of them. */
export function partyAllowed(azp: string | null, authorizedParties: readonly string[]): boolean {
  if (authorizedParties.length === 0) return true;
  return azp !== null && authorizedParties.includes(azp);
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The verified claims of a session token, or null when it does not verify. */
export async function verifySessionToken(
  token: string,
  authorizedParties: readonly string[],
  /** the key and issuer (tests pass an instance of their own) */
  options: { jwtKey: string; issuer?: string } = staticClerkOptions(),
): Promise<VerifiedToken | null> {
  const cached = getVerified(token);
  if (cached) return partyAllowed(cached.azp, authorizedParties) ? cached : null;
  if (notASessionToken(token)) return null;
  const generation = cacheGeneration();
  let claims: Record<string, unknown>;
  try {
    // the public verifyToken answers the claims, or throws a TokenVerificationError
    claims = (await verifyToken(token, {
      jwtKey: options.jwtKey,
      issuer: options.issuer,
      authorizedParties: [...authorizedParties],
    } as Parameters<typeof verifyToken>[1])) as unknown as Record<string, unknown>;
  } catch {
    return null;
  }
  const sub = str(claims.sub);
  // a machine's token (M2M) is never a person's session
  if (!sub || sub.startsWith('mch_') || typeof claims.exp !== 'number') return null;
  const entry: VerifiedToken = { claims: Object.freeze({ ...claims }), sub, sid: str(claims.sid), azp: str(claims.azp), exp: claims.exp };
  putVerified(token, entry, generation);
  return entry;
}

export interface ApiRequestLike {
  headers: Headers;
  url: URL;
  method: string;
  cookie: (name: string) => string | undefined;
}

/**
 * The verified session of an API request (not a page load), by Clerk's rules
 * (./request-token.ts) and its verification: null when signed out. A session
 * Clerk calls pending (`sts`) counts as signed out, as `auth()` treats it.
 */
export async function authenticateApiRequest(
  request: ApiRequestLike,
  context: TokenContext & { authorizedParties: readonly string[] },
  verify: (token: string, authorizedParties: readonly string[]) => Promise<VerifiedToken | null> = verifySessionToken,
): Promise<VerifiedToken | null> {
  const chosen = chooseApiToken(request, context);
  if (!chosen) return null;
  const verified = await verify(chosen.token, context.authorizedParties);
  if (!verified) return null;
  // a cookie token issued before the browser's last sign-in (`__client_uat`) is stale
  const iat = verified.claims.iat;
  if (chosen.carrier === 'cookie' && typeof iat === 'number' && iat < chosen.clientUat) return null;
  if (verified.claims.sts === 'pending') return null;
  return verified;
}

/** The organization a session token names (Clerk's claims, version 1 or 2). */
export function organizationOf(claims: Readonly<Record<string, unknown>>): string | null {
  const id = claims.v === 2 ? (claims.o as { id?: unknown } | undefined)?.id : claims.org_id;
  return typeof id === 'string' && id !== '' ? id : null;
}
