import '@/lib/auth/clerk-env';
import { clerkMiddleware } from '@clerk/nextjs/server';
import { type NextFetchEvent, NextRequest, NextResponse } from 'next/server';
import { isSessionActive } from '@/lib/auth/accounts';
import { clerkOptions, requestOrigin } from '@/lib/auth/config';
import {
  CLIENT_UAT_COOKIE,
  type CookieSpec,
  DEV_BROWSER_COOKIE,
  LOCAL_DEV_BROWSER,
  SESSION_COOKIE,
  SESSION_TTL_SECONDS,
  signedOutCookies,
  unverifiedTimes,
} from '@/lib/auth/local';
import { env } from '@/lib/env';
import { clientIp } from '@/lib/http/forwarded';
import { safeRedirectPath } from '@/lib/http/redirect';
import { limit } from '@/lib/ratelimit';
import { contentSecurityPolicy, newNonce, securityHeaders } from '@/lib/http/security';
import { APP_HOME } from '@/lib/routes';

/**
 * The request hook (Next.js 16 loads `src/proxy.ts`, Node.js runtime). For
 * pages, Clerk's middleware verifies the session cookie, networkless, in every
 * auth mode (handshakes in Clerk mode, none in the local modes); pages that
 * need a session redirect to /sign-in here. API routes verify their session
 * themselves in the route wrapper, through the same verification with its
 * cache (docs/decisions/0150-verified-token-cache.md), and answer 401 with the
 * JSON error shape; here they only get the security headers.
 */

/** Client links (docs/decisions/0111-client-links.md): the document, its PDF, a quote's answer; no account needed. */
const CLIENT_LINK = /^\/p\/[^/]+(\/(pdf|accept|decline))?\/?$/;

const PUBLIC_PAGES = [/^\/$/, /^\/sign-in(\/.*)?$/, /^\/sign-up(\/.*)?$/, /^\/reset-password$/, CLIENT_LINK];

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
const isPublicPage = (path: string) => PUBLIC_PAGES.some((re) => re.test(path));

const clerk = clerkMiddleware(
  async (auth, req) => {
    const path = req.nextUrl.pathname;
    const { userId } = await auth();
    if (!userId && !isPublicPage(path)) {
      const target = new URL('/sign-in', req.url);
      target.searchParams.set('redirect_url', `${path}${req.nextUrl.search}`);
      return NextResponse.redirect(target);
    }
    if (userId && (path === '/' || path.startsWith('/sign-in') || path.startsWith('/sign-up'))) {
      const destination = safeRedirectPath(req.nextUrl.searchParams.get('redirect_url'), APP_HOME);
      return NextResponse.redirect(new URL(destination, req.url));
    }
    // development sign-in has no sign-up: straight to sign-in, before any page renders
    if (env().authMode === 'dev' && /^\/sign-up(\/|$)/.test(path)) {
      const target = new URL('/sign-in', req.url);
      const back = safeRedirectPath(req.nextUrl.searchParams.get('redirect_url'), '');
      if (back) target.searchParams.set('redirect_url', back);
      return NextResponse.redirect(target);
    }
  },
  // built once per environment (and per origin in the local modes): nothing is rebuilt per request
  (req) => clerkOptions(requestOrigin(req.nextUrl, req.headers)),
);

/**
 * Local mode: a browser's session cookie that expired (or a stale
 * `__client_uat`) would make Clerk's SDK redirect a page load to Clerk's
 * handshake endpoint, which does not exist locally. Such cookies are dropped
 * before Clerk sees them, so the request is simply signed out.
 */
/** Whether a local account's session is active; a database that cannot answer leaves the decision to the route. */
async function sessionStillActive(sid: string | undefined, sub: string | undefined): Promise<boolean> {
  if (!sid || !sub) return false;
  try {
    return await isSessionActive(sid, sub);
  } catch {
    return true;
  }
}

async function normalizeLocalCookies(req: NextRequest): Promise<{ request: NextRequest; set: CookieSpec[] }> {
  const secure = req.nextUrl.protocol === 'https:';
  const now = Math.floor(Date.now() / 1000);
  const session = req.cookies.get(SESSION_COOKIE)?.value;
  const clientUat = req.cookies.get(CLIENT_UAT_COOKIE)?.value;
  const jar = new Map(req.cookies.getAll().map((c) => [c.name, c.value]));
  let set: CookieSpec[] = [];

  if (session) {
    const times = unverifiedTimes(session);
    const stale =
      !times ||
      times.exp === undefined ||
      times.exp <= now + 5 ||
      (times.nbf !== undefined && times.nbf > now + 5) ||
      (times.iat !== undefined && times.iat > now + 5) ||
      // local accounts: a session signed out elsewhere (or by a password change) is over here too
      (env().authMode === 'local' && !(await sessionStillActive(times.sid, times.sub)));
    if (stale) {
      jar.delete(SESSION_COOKIE);
      jar.set(CLIENT_UAT_COOKIE, '0');
      set = signedOutCookies(secure);
    } else if (times.iat !== undefined && clientUat !== undefined && Number(clientUat) > times.iat) {
      jar.set(CLIENT_UAT_COOKIE, String(times.iat));
    }
  } else if (clientUat !== undefined && clientUat !== '0') {
    jar.set(CLIENT_UAT_COOKIE, '0');
    set = signedOutCookies(secure);
  }
  if (!jar.has(DEV_BROWSER_COOKIE)) {
    jar.set(DEV_BROWSER_COOKIE, LOCAL_DEV_BROWSER);
    if (set.length === 0) {
      set = [
        {
          name: DEV_BROWSER_COOKIE,
          value: LOCAL_DEV_BROWSER,
          httpOnly: true,
          sameSite: 'lax',
          secure,
          path: '/',
          maxAge: SESSION_TTL_SECONDS,
        },
      ];
    }
  }

  const cookieHeader = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  if (cookieHeader === (req.headers.get('cookie') ?? '')) return { request: req, set };
  // Rebuilt only for requests without a body (handshakes only happen on GET page loads).
  if (req.method !== 'GET' && req.method !== 'HEAD') return { request: req, set };
  const headers = new Headers(req.headers);
  headers.set('cookie', cookieHeader);
  return { request: new NextRequest(req.url, { method: req.method, headers }), set };
}

/**
 * Hands request headers to the page that renders after the proxy (Next.js's
 * `x-middleware-override-headers` protocol, which `NextResponse.next({ request })`
 * and Clerk's middleware also use): merged with what Clerk already set.
 */
function forwardRequestHeaders(response: Response, request: NextRequest, extra: Record<string, string>): void {
  if (!response.headers.has('x-middleware-next') && !response.headers.has('x-middleware-rewrite')) return;
  const OVERRIDE = 'x-middleware-override-headers';
  const PREFIX = 'x-middleware-request-';
  const existing = response.headers.get(OVERRIDE);
  const names = new Set(
    existing
      ? existing
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)
      : [],
  );
  if (!existing) {
    for (const [name, value] of request.headers) {
      names.add(name);
      response.headers.set(`${PREFIX}${name}`, value);
    }
  }
  for (const [name, value] of Object.entries(extra)) {
    names.add(name);
    response.headers.set(`${PREFIX}${name}`, value);
  }
  response.headers.set(OVERRIDE, [...names].join(','));
}

/** Client links are rate limited per address (the API's limit), the page included. */
async function clientLinkLimit(req: NextRequest): Promise<Response | null> {
  if (!CLIENT_LINK.test(req.nextUrl.pathname)) return null;
  const result = await limit('api', `ip:${clientIp(req.headers)}`);
  if (result.success) return null;
  const retryAfter = String(Math.max(1, Math.ceil((result.reset - Date.now()) / 1000)));
  return new NextResponse('Too many requests. Try again in a minute.', {
    status: 429,
    headers: {
      'Retry-After': retryAfter,
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Robots-Tag': 'noindex, nofollow',
      ...securityHeaders(),
    },
  });
}

export default async function proxy(req: NextRequest, event: NextFetchEvent): Promise<Response> {
  const limited = await clientLinkLimit(req);
  if (limited) return limited;
  const api = isApi(req.nextUrl.pathname);
  let request = req;
  let set: CookieSpec[] = [];
  if (!api && env().selfSignedAuth) ({ request, set } = await normalizeLocalCookies(req));
  // API requests: the route wrapper verifies the session (0150); Clerk's middleware runs for pages only
  const response = api ? NextResponse.next() : ((await clerk(request, event)) ?? NextResponse.next());
  if (set.length > 0 && response instanceof NextResponse) {
    for (const cookie of set) response.cookies.set(cookie);
  }
  // pages: a nonce per response, which Next.js reads from the request's CSP
  // header and puts on every script it renders (API answers get the same
  // headers, without scripts, from the route wrapper)
  const headers = { ...securityHeaders() };
  if (!api) {
    const nonce = newNonce();
    headers['Content-Security-Policy'] = contentSecurityPolicy(nonce);
    forwardRequestHeaders(response, request, { 'content-security-policy': headers['Content-Security-Policy'] });
  }
  for (const [name, value] of Object.entries(headers)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}

export const config = {
  matcher: [
    // everything except Next.js internals and static files
    '/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)',
    '/(api|trpc)(.*)',
  ],
};
