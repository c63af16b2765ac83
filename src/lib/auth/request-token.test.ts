import { createClerkClient } from '@clerk/backend';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { cookieSuffix, parsePublishableKey } from './request-token';
import { evictSession, evictUser, resetVerifiedCache, verifiedCacheSize } from './verified-cache';
import { authenticateApiRequest, partyAllowed, verifySessionToken } from './verify';

/**
 * The API path chooses a request's token by Clerk's rules and verifies it with
 * Clerk's `verifyToken`: these cases run the same requests through Clerk's own
 * `authenticateRequest` (what `clerkMiddleware` calls) and expect the same
 * person, or the same refusal. A change of Clerk's rules fails here.
 */

const FRONTEND_API = 'example.clerk.accounts.dev';
const DEV_PK = `pk_test_${Buffer.from(`${FRONTEND_API}$`).toString('base64')}`;
const LIVE_PK = `pk_live_${Buffer.from(`${FRONTEND_API}$`).toString('base64')}`;
const ISSUER = `https://${FRONTEND_API}`;
const ORIGIN = 'http://app.example';
const PARTIES = [ORIGIN];

type Key = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let key: Key;
let otherKey: Key;
let pem: string;

beforeAll(async () => {
  resetVerifiedCache();
  const pair = await generateKeyPair('RS256', { extractable: true });
  key = pair.privateKey;
  pem = await exportSPKI(pair.publicKey);
  otherKey = (await generateKeyPair('RS256')).privateKey;
});

const now = () => Math.floor(Date.now() / 1000);

async function token(claims: Record<string, unknown> = {}, signer: Key = key, header: Record<string, unknown> = {}): Promise<string> {
  const iat = now() - 10;
  return new SignJWT({ azp: ORIGIN, sid: 'sess_1', iss: ISSUER, iat, nbf: iat - 5, exp: iat + 60, sub: 'user_1', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'ins_1', typ: 'JWT', ...header })
    .sign(signer);
}

function request(init: { method?: string; authorization?: string; cookies?: Record<string, string>; query?: string }): Request {
  const headers = new Headers({ 'sec-fetch-dest': 'empty', accept: 'application/json', host: 'app.example' });
  if (init.authorization) headers.set('authorization', init.authorization);
  if (init.cookies) {
    headers.set(
      'cookie',
      Object.entries(init.cookies)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
    );
  }
  return new Request(`${ORIGIN}/api/contacts${init.query ?? ''}`, { method: init.method ?? 'GET', headers });
}

async function clerkSays(req: Request, publishableKey: string): Promise<string | null> {
  const client = createClerkClient({ publishableKey, secretKey: 'sk_test_differential' });
  const state = await client.authenticateRequest(req, { jwtKey: pem, authorizedParties: PARTIES, issuer: ISSUER } as never);
  return (state.toAuth() as { userId?: string | null } | null)?.userId ?? null;
}

async function weSay(req: Request, publishableKey: string): Promise<string | null> {
  const url = new URL(req.url);
  const cookies = new Map(
    (req.headers.get('cookie') ?? '')
      .split(';')
      .map((c) => c.trim())
      .filter(Boolean)
      .map((c) => [c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1)] as const),
  );
  // the real verification and its cache, with this test's instance key
  const verify = (t: string, parties: readonly string[]) => verifySessionToken(t, parties, { jwtKey: pem, issuer: ISSUER });
  const verified = await authenticateApiRequest(
    { headers: req.headers, url, method: req.method, cookie: (n) => cookies.get(n) },
    { publishableKey, selfSigned: false, authorizedParties: PARTIES },
    verify,
  );
  return verified?.sub ?? null;
}

async function same(name: string, make: () => Promise<Request>, publishableKey = DEV_PK, expected?: string | null) {
  const ours = await weSay(await make(), publishableKey);
  const theirs = await clerkSays(await make(), publishableKey);
  expect(ours, name).toBe(theirs);
  if (expected !== undefined) expect(ours, name).toBe(expected);
}

describe("an API request's session, compared with Clerk's authenticateRequest", () => {
  it('reads publishable keys and cookie suffixes as Clerk does', () => {
    expect(parsePublishableKey(DEV_PK)).toEqual({ frontendApi: FRONTEND_API, production: false });
    expect(parsePublishableKey(LIVE_PK)).toEqual({ frontendApi: FRONTEND_API, production: true });
    expect(parsePublishableKey('sk_test_x')).toBeNull();
    expect(cookieSuffix(DEV_PK)).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(partyAllowed('http://a', [])).toBe(true);
    expect(partyAllowed(null, ['http://a'])).toBe(false);
  });

  it('bearer tokens: valid, another key, expired, not yet valid, a foreign azp, the wrong issuer, a machine token', async () => {
    const bearer = async (t: Promise<string> | string) => request({ authorization: `Bearer ${await t}` });
    await same('valid', () => bearer(token()), DEV_PK, 'user_1');
    await same('another key', () => bearer(token({}, otherKey)), DEV_PK, null);
    await same('expired', () => bearer(token({ iat: now() - 3600, nbf: now() - 3600, exp: now() - 60 })), DEV_PK, null);
    await same('not yet valid', () => bearer(token({ nbf: now() + 600 })), DEV_PK, null);
    await same('foreign azp', () => bearer(token({ azp: 'https://evil.example' })), DEV_PK, null);
    await same('no azp', () => bearer(token({ azp: undefined })), DEV_PK, null);
    await same('wrong issuer', () => bearer(token({ iss: 'https://other.clerk.accounts.dev' })), DEV_PK, null);
    await same('M2M token prefix', () => bearer('mt_0123456789abcdef'), DEV_PK, null);
    await same('machine subject', () => bearer(token({ sub: 'mch_1' })), DEV_PK, null);
    await same('pending session', () => bearer(token({ sts: 'pending' })), DEV_PK, null);
    await same('a lone word', async () => request({ authorization: await token() }), DEV_PK, 'user_1');
    await same('garbage', () => bearer('not.a.jwt'), DEV_PK, null);
  });

  it('cookie tokens: client_uat, the development browser, suffixed cookies', async () => {
    const sfx = cookieSuffix(DEV_PK);
    const t = await token();
    const iat = now() - 10;
    const cookies =
      (c: Record<string, string>, method = 'GET') =>
      async () =>
        request({ cookies: c, method });
    await same('valid', cookies({ __session: t, __client_uat: String(iat - 100), __clerk_db_jwt: 'dvb_1' }), DEV_PK, 'user_1');
    await same(
      'valid, POST',
      cookies({ __session: t, __client_uat: String(iat - 100), __clerk_db_jwt: 'dvb_1' }, 'POST'),
      DEV_PK,
      'user_1',
    );
    await same('no client_uat', cookies({ __session: t, __clerk_db_jwt: 'dvb_1' }), DEV_PK, null);
    await same('client_uat 0', cookies({ __session: t, __client_uat: '0', __clerk_db_jwt: 'dvb_1' }), DEV_PK, null);
    await same(
      'client_uat newer than the token',
      cookies({ __session: t, __client_uat: String(now()), __clerk_db_jwt: 'dvb_1' }),
      DEV_PK,
      null,
    );
    await same('no development browser', cookies({ __session: t, __client_uat: '1' }), DEV_PK, null);
    await same('production needs none', cookies({ __session: t, __client_uat: '1' }), LIVE_PK, 'user_1');
    await same(
      'dev browser sync in the query',
      async () => request({ cookies: { __session: t, __client_uat: '1', __clerk_db_jwt: 'd' }, query: '?__clerk_db_jwt=x' }),
      DEV_PK,
      null,
    );
    await same(
      'cookie of another key',
      async () => request({ cookies: { __session: await token({}, otherKey), __client_uat: '1', __clerk_db_jwt: 'd' } }),
      DEV_PK,
      null,
    );
    // suffixed cookies: the unsuffixed one belongs to another instance on the same domain
    const foreign = await token({ iss: 'https://other.clerk.accounts.dev', sub: 'user_other' });
    await same(
      'suffixed wins over a foreign unsuffixed cookie',
      cookies({
        __session: foreign,
        __client_uat: '1',
        [`__session_${sfx}`]: t,
        [`__client_uat_${sfx}`]: '1',
        [`__clerk_db_jwt_${sfx}`]: 'd',
        __clerk_db_jwt: 'd',
      }),
      DEV_PK,
      'user_1',
    );
    await same(
      'suffixed client_uat 0 while the unsuffixed one is set: unsuffixed',
      cookies({
        __session: t,
        __client_uat: '1',
        [`__session_${sfx}`]: await token({ sub: 'user_2' }),
        [`__client_uat_${sfx}`]: '0',
        __clerk_db_jwt: 'd',
      }),
      DEV_PK,
      'user_1',
    );
    await same(
      'both, the suffixed newer',
      cookies({
        __session: t,
        __client_uat: '1',
        [`__session_${sfx}`]: await token({ sub: 'user_2', iat: iat + 5 }),
        [`__client_uat_${sfx}`]: '1',
        [`__clerk_db_jwt_${sfx}`]: 'd',
      }),
      LIVE_PK,
    );
    await same('a bearer token wins over cookies, even a bad one', async () =>
      request({ authorization: `Bearer ${await token({}, otherKey)}`, cookies: { __session: t, __client_uat: '1', __clerk_db_jwt: 'd' } }),
    );
    await same('Basic credentials leave the cookie', async () =>
      request({ authorization: 'Basic dXNlcjpwYXNz', cookies: { __session: t, __client_uat: '1', __clerk_db_jwt: 'd' } }),
    );
  });

  it('checks the authorized party on every cached hit, and verifies again after an eviction', async () => {
    resetVerifiedCache();
    const t = await token({ sid: 'sess_evicted', sub: 'user_e' });
    const options = { jwtKey: pem, issuer: ISSUER };
    expect((await verifySessionToken(t, PARTIES, options))?.sub).toBe('user_e');
    expect(verifiedCacheSize()).toBe(1);
    // cached, but this request's parties do not include the token's azp
    expect(await verifySessionToken(t, ['https://other.example'], options)).toBeNull();
    expect(await verifySessionToken(t, [], options)).not.toBeNull();
    evictSession('sess_evicted');
    expect(verifiedCacheSize()).toBe(0);
    // not cached any more: a wrong key for the same token fails, which proves it is verified again
    const otherPem = await exportSPKI((await generateKeyPair('RS256', { extractable: true })).publicKey);
    expect(await verifySessionToken(t, PARTIES, { jwtKey: otherPem, issuer: ISSUER })).toBeNull();
    expect(await verifySessionToken(t, PARTIES, options)).not.toBeNull();
    evictUser('user_e');
    expect(verifiedCacheSize()).toBe(0);
  });
});
