import { createHash } from 'node:crypto';

/**
 * Which session token an API request carries, by the rules Clerk's
 * `authenticateRequest` applies to a request that is not a page load
 * (`@clerk/backend`, tokens/request.ts and authenticateContext.ts): the
 * `Authorization` header first, else the `__session` cookie (suffixed or not,
 * as Clerk decides), which counts only with a `__client_uat` that is not
 * newer than the token. Nothing here trusts the token: it is only chosen here,
 * and verified by `verifySessionToken` (./verify.ts). A page load never comes
 * here: the proxy's `clerkMiddleware` handles it (handshakes, redirects).
 * `request-token.test.ts` compares these rules with Clerk's own on the same
 * requests, so that an upgrade of Clerk that changes them fails a test.
 */

export interface TokenContext {
  /** the publishable key (Clerk's, or local mode's) */
  publishableKey: string;
  /** the local modes: our own cookies, never suffixed, always with a development browser */
  selfSigned: boolean;
}

export interface ChosenToken {
  token: string;
  carrier: 'header' | 'cookie';
  /** cookie tokens: `__client_uat` (a token issued before it is refused once verified) */
  clientUat: number;
}

type CookieReader = (name: string) => string | undefined;

const MACHINE_TOKEN_PREFIXES = ['mt_', 'oat_', 'ak_'];
const JWT_FORMAT = /^[a-zA-Z0-9\-_]+\.[a-zA-Z0-9\-_]+\.[a-zA-Z0-9\-_]+$/;
const SESSION_CATEGORIES = new Set(['cl_B7d4PD111AAA', 'cl_I7d4PD111III']);

interface Decoded {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

/** A JWT's header and payload, unverified (null when it is not a JWT). */
export function decodeUnverified(token: string): Decoded | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as unknown;
    const payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    if (typeof header !== 'object' || header === null || typeof payload !== 'object' || payload === null) return null;
    return { header: header as Record<string, unknown>, payload: payload as Record<string, unknown> };
  } catch {
    return null;
  }
}

const hasMachinePrefix = (token: string) => MACHINE_TOKEN_PREFIXES.some((prefix) => token.startsWith(prefix));

/** Clerk's machine tokens (M2M, OAuth, its API keys): never a session. */
export function isMachineToken(token: string): boolean {
  if (hasMachinePrefix(token)) return true;
  if (!JWT_FORMAT.test(token)) return false;
  const decoded = decodeUnverified(token);
  if (!decoded) return false;
  const typ = decoded.header.typ;
  if (typ === 'at+jwt' || typ === 'application/at+jwt') return true;
  return typeof decoded.payload.sub === 'string' && decoded.payload.sub.startsWith('mch_');
}

function hasNonSessionCategory(token: string): boolean {
  const cat = decodeUnverified(token)?.header.cat;
  return cat !== undefined && !SESSION_CATEGORIES.has(cat as string);
}

/** A token that is not a session token by its contents (a machine's, or another category): refused before verifying. */
export function notASessionToken(token: string): boolean {
  return isMachineToken(token) || hasNonSessionCategory(token);
}

/** `Authorization: Bearer x` → x; a lone word is taken as is; another scheme counts as nothing (as Clerk reads it). */
export function tokenInHeader(value: string | null): string | undefined {
  if (!value) return undefined;
  const [scheme, token] = value.split(' ', 2);
  if (!token) return scheme;
  return scheme === 'Bearer' ? token : undefined;
}

const suffixes = new Map<string, string>();

/** Clerk's cookie suffix for a publishable key (SHA-1, base64url, 8 characters), computed once per key. */
export function cookieSuffix(publishableKey: string): string {
  let suffix = suffixes.get(publishableKey);
  if (suffix === undefined) {
    suffix = createHash('sha1').update(publishableKey).digest('base64').replace(/\+/g, '-').replace(/\//g, '_').substring(0, 8);
    suffixes.set(publishableKey, suffix);
  }
  return suffix;
}

/** `pk_test_<base64("host$")>` → host and instance type; null when the key is not a publishable key. */
export function parsePublishableKey(publishableKey: string): { frontendApi: string; production: boolean } | null {
  const match = /^pk_(test|live)_(.+)$/.exec(publishableKey);
  if (!match) return null;
  const decoded = Buffer.from(match[2]!, 'base64').toString('utf8');
  if (!decoded.endsWith('$') || decoded.slice(0, -1).includes('$')) return null;
  return { frontendApi: decoded.slice(0, -1), production: match[1] === 'live' };
}

/** Clerk's `usesSuffixedCookies()`, for a request that is not a page load. */
function usesSuffixedCookies(cookie: CookieReader, suffix: string, frontendApi: string, production: boolean): boolean {
  const suffixedClientUat = cookie(`__client_uat_${suffix}`);
  const clientUat = cookie('__client_uat');
  const suffixedSession = cookie(`__session_${suffix}`) ?? '';
  const session = cookie('__session') ?? '';
  const sessionPayload = session ? decodeUnverified(session)?.payload : undefined;
  if (session && !sessionPayload?.iss) return false;
  if (session && !(typeof sessionPayload?.iss === 'string' && sessionPayload.iss.replace(/https?:\/\//gi, '') === frontendApi)) return true;
  if (!suffixedClientUat && !suffixedSession) return false;
  const sessionIat = Number(sessionPayload?.iat) || 0;
  const suffixedPayload = suffixedSession ? decodeUnverified(suffixedSession)?.payload : undefined;
  const suffixedIat = Number(suffixedPayload?.iat) || 0;
  if (suffixedClientUat !== '0' && clientUat !== '0' && sessionIat > suffixedIat) return false;
  if (suffixedClientUat === '0' && clientUat !== '0') return false;
  if (!production) {
    const suffixedExpired = suffixedPayload !== undefined && (suffixedPayload.exp as number) <= Math.floor(Date.now() / 1000);
    if (suffixedClientUat !== '0' && clientUat === '0' && suffixedExpired) return false;
  }
  if (!suffixedClientUat && suffixedSession) return false;
  return true;
}

/**
 * The token an API request carries, or null when Clerk would call it signed
 * out without verifying anything. `url` is the request's URL (Clerk's
 * development-instance query parameters), `method` its method.
 */
export function chooseApiToken(
  request: { headers: Headers; url: URL; method: string; cookie: CookieReader },
  context: TokenContext,
): ChosenToken | null {
  const header = tokenInHeader(request.headers.get('authorization'));
  if (header) {
    // machine tokens by prefix here; by their contents on verification (notASessionToken), once per token
    if (hasMachinePrefix(header)) return null;
    return { token: header, carrier: 'header', clientUat: 0 };
  }
  const pk = parsePublishableKey(context.publishableKey);
  if (!pk) return null;
  const cookie: CookieReader = (name) => request.cookie(name) || undefined;
  const suffixed = !context.selfSigned && usesSuffixedCookies(cookie, cookieSuffix(context.publishableKey), pk.frontendApi, pk.production);
  const read = (name: string) => (suffixed ? cookie(`${name}_${cookieSuffix(context.publishableKey)}`) : cookie(name));
  const session = read('__session');
  const clientUat = Number.parseInt(read('__client_uat') ?? '', 10) || 0;
  if (!context.selfSigned && !pk.production) {
    // a development instance: syncing or missing the development browser is a handshake, i.e. signed out here
    if (request.url.searchParams.has('__clerk_redirect_url') || request.url.searchParams.has('__clerk_db_jwt')) return null;
    if (!read('__clerk_db_jwt')) return null;
  }
  if (!session || !clientUat) return null;
  if (hasMachinePrefix(session)) return null;
  // Local modes: the proxy has always brought a stale `__client_uat` down to the token's `iat` on reads
  const lenient = context.selfSigned && (request.method === 'GET' || request.method === 'HEAD');
  return { token: session, carrier: 'cookie', clientUat: lenient ? 0 : clientUat };
}
