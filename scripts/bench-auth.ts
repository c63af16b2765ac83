/**
 * The auth step of a request, alone, in this process (part of `npm run bench`;
 * alone: `npx tsx scripts/bench-auth.ts`). docs/decisions/0150-verified-token-cache.md.
 *
 *  - `clerkMiddleware` as the proxy ran it on every API request until 0150
 *    (options built per request, the token verified, the options encrypted for
 *    `auth()`), on a signed-in bearer request;
 *  - Clerk's `verifyToken` alone (what a verification without a cache costs);
 *  - the API path since 0150 (`authenticateApiRequest`: the token chosen by
 *    Clerk's rules, `verifyToken` once, then the verified-token cache): the
 *    first call, then 10 000 calls with the same token.
 *
 * Development sign-in keys in a temporary DATA_DIR; no server, no database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface AuthStepResult {
  /** µs per call */
  middleware_us: number;
  verify_uncached_us: number;
  first_call_us: number;
  cached_us: number;
  calls: number;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function perCall(n: number, fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1) await fn();
  return Number(process.hrtime.bigint() - started) / 1000 / n;
}

export async function benchAuthStep(calls = 10_000): Promise<AuthStepResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-bench-auth-'));
  const saved = { ...process.env };
  Object.assign(process.env, { AUTH_MODE: 'dev', DATA_DIR: dataDir, LOG_LEVEL: 'error' });
  try {
    const { resetEnvForTests } = await import('../src/lib/env');
    resetEnvForTests();
    await import('../src/lib/auth/clerk-env');
    const { clerkMiddleware, verifyToken } = await import('@clerk/nextjs/server');
    const { NextRequest } = await import('next/server');
    const { clerkOptions, staticClerkOptions } = await import('../src/lib/auth/config');
    const { mintLocalSessionToken } = await import('../src/lib/auth/local');
    const { authenticateApiRequest } = await import('../src/lib/auth/verify');
    const { resetVerifiedCache } = await import('../src/lib/auth/verified-cache');

    const origin = 'http://127.0.0.1:3000';
    const { token } = await mintLocalSessionToken({ sub: 'user_bench', email: 'bench@example.com' }, origin);
    const headers = { authorization: `Bearer ${token}`, accept: 'application/json', 'sec-fetch-dest': 'empty' };
    const url = `${origin}/api/contacts/00000000-0000-4000-8000-000000000000`;

    // before: the proxy's clerkMiddleware on an API request, options built per request as it did
    const { requestOrigin } = await import('../src/lib/http/forwarded');
    const legacyOptions = (req: InstanceType<typeof NextRequest>) => {
      clerkOptions(requestOrigin(req.nextUrl, req.headers));
      // until 0150 the options object was rebuilt on every request
      const base = staticClerkOptions();
      return { ...base, authorizedParties: [...new Set([...base.authorizedParties, origin])] };
    };
    const middleware = clerkMiddleware(async () => undefined, legacyOptions);
    const event = { waitUntil: () => {} } as never;
    const runMiddleware = async () => {
      const res = await middleware(new NextRequest(url, { headers }), event);
      if (!res || !res.headers.get('x-middleware-request-x-clerk-auth-status')?.startsWith('signed-in')) {
        throw new Error('clerkMiddleware did not sign the bench token in');
      }
    };
    await perCall(50, runMiddleware);
    const middlewareUs = await perCall(Math.min(calls, 1000), runMiddleware);

    const options = staticClerkOptions();
    const parties = clerkOptions(origin).authorizedParties;
    const runVerify = () =>
      verifyToken(token, { jwtKey: options.jwtKey, issuer: options.issuer, authorizedParties: [...parties] } as never);
    await perCall(50, runVerify);
    const verifyUs = await perCall(Math.min(calls, 1000), runVerify);

    // after: the API path, the first call (verification) then the cache
    resetVerifiedCache();
    const request = {
      headers: new Headers(headers),
      url: new URL(url),
      method: 'GET',
      cookie: () => undefined,
    };
    const context = { publishableKey: options.publishableKey, selfSigned: true, authorizedParties: parties };
    const first = await perCall(1, async () => {
      if (!(await authenticateApiRequest(request, context))) throw new Error('the API path refused the bench token');
    });
    const cached = await perCall(calls, () => authenticateApiRequest(request, context));
    resetVerifiedCache();
    return {
      middleware_us: round(middlewareUs),
      verify_uncached_us: round(verifyUs),
      first_call_us: round(first),
      cached_us: round(cached, 2),
      calls,
    };
  } finally {
    process.env = saved;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function describeAuthStep(r: AuthStepResult): string {
  return [
    'auth step, in process (µs per call):',
    `  clerkMiddleware on a signed-in API request (the path until ADR 0150): ${r.middleware_us} µs`,
    `  Clerk verifyToken alone, no cache: ${r.verify_uncached_us} µs`,
    `  API path since ADR 0150: first call ${r.first_call_us} µs, then ${r.cached_us} µs per call over ${r.calls} calls with the same token`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchAuthStep()
    .then((r) => console.log(describeAuthStep(r)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
