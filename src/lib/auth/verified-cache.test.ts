import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cacheGeneration,
  evictSession,
  evictUser,
  getVerified,
  putVerified,
  resetVerifiedCache,
  tokenKey,
  type VerifiedToken,
  verifiedCacheSize,
} from './verified-cache';

const NOW = 1_800_000_000_000;
const entry = (over: Partial<VerifiedToken> = {}): VerifiedToken => ({
  claims: { sub: 'user_a', sid: 'sess_1' },
  sub: 'user_a',
  sid: 'sess_1',
  azp: 'http://localhost:3000',
  exp: NOW / 1000 + 60,
  ...over,
});
const put = (token: string, e: VerifiedToken, now = NOW) => putVerified(token, e, cacheGeneration(), now);

describe('the verified-token cache', () => {
  beforeEach(() => resetVerifiedCache());
  afterEach(() => resetVerifiedCache());

  it('keeps a token until the instant of its exp, and not a millisecond longer', () => {
    const e = entry({ exp: NOW / 1000 + 60 });
    expect(put('token.a.b', e)).toBe(true);
    expect(getVerified('token.a.b', NOW)).toEqual(e);
    expect(getVerified('token.a.b', NOW + 59_999)).toEqual(e);
    expect(getVerified('token.a.b', NOW + 60_000)).toBeNull();
    // gone for good: no later clock brings it back
    expect(getVerified('token.a.b', NOW)).toBeNull();
    expect(verifiedCacheSize()).toBe(0);
  });

  it('never stores a token at or past its exp, or without a numeric exp', () => {
    expect(put('t1', entry({ exp: NOW / 1000 }))).toBe(false);
    expect(put('t2', entry({ exp: NOW / 1000 - 1 }))).toBe(false);
    expect(put('t3', entry({ exp: Number.NaN }))).toBe(false);
    expect(verifiedCacheSize()).toBe(0);
  });

  it('tells apart tokens that differ by one character, and never keeps the token itself', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyX2EifQ.c2lnbmF0dXJl';
    put(token, entry());
    const changed = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(getVerified(changed, NOW)).toBeNull();
    expect(getVerified(`${token}x`, NOW)).toBeNull();
    expect(getVerified(token.slice(0, -1), NOW)).toBeNull();
    expect(getVerified(token, NOW)).not.toBeNull();
    expect(tokenKey(token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenKey(token)).not.toContain(token.slice(0, 20));
    expect(tokenKey(token)).not.toBe(tokenKey(changed));
  });

  it('is bounded: past the bound the least recently used token goes first', () => {
    resetVerifiedCache(3);
    put('t1', entry({ sid: 's1' }));
    put('t2', entry({ sid: 's2' }));
    put('t3', entry({ sid: 's3' }));
    expect(getVerified('t1', NOW)).not.toBeNull(); // t1 used: t2 is now the oldest
    put('t4', entry({ sid: 's4' }));
    expect(verifiedCacheSize()).toBe(3);
    expect(getVerified('t2', NOW)).toBeNull();
    for (const t of ['t1', 't3', 't4']) expect(getVerified(t, NOW), t).not.toBeNull();
    // the indexes follow: evicting the session of a token that fell out is harmless
    evictSession('s2');
    expect(verifiedCacheSize()).toBe(3);
  });

  it('holds at most its bound however many tokens come', () => {
    resetVerifiedCache(100);
    for (let i = 0; i < 1000; i += 1) put(`token-${i}`, entry({ sid: `s${i}`, sub: `u${i % 7}` }));
    expect(verifiedCacheSize()).toBe(100);
    expect(getVerified('token-999', NOW)).not.toBeNull();
    expect(getVerified('token-899', NOW)).toBeNull();
  });

  it('evicts every token of a session at once, and only those', () => {
    put('a1', entry({ sid: 'sess_1', sub: 'user_a' }));
    put('a1-refreshed', entry({ sid: 'sess_1', sub: 'user_a' }));
    put('a2', entry({ sid: 'sess_2', sub: 'user_a' }));
    put('b1', entry({ sid: 'sess_3', sub: 'user_b' }));
    evictSession('sess_1');
    expect(getVerified('a1', NOW)).toBeNull();
    expect(getVerified('a1-refreshed', NOW)).toBeNull();
    expect(getVerified('a2', NOW)).not.toBeNull();
    expect(getVerified('b1', NOW)).not.toBeNull();
  });

  it('evicts every token of a user at once (all sessions), and only those', () => {
    put('a1', entry({ sid: 'sess_1', sub: 'user_a' }));
    put('a2', entry({ sid: 'sess_2', sub: 'user_a' }));
    put('a3', entry({ sid: null, sub: 'user_a' }));
    put('b1', entry({ sid: 'sess_3', sub: 'user_b' }));
    evictUser('user_a');
    for (const t of ['a1', 'a2', 'a3']) expect(getVerified(t, NOW), t).toBeNull();
    expect(getVerified('b1', NOW)).not.toBeNull();
    expect(verifiedCacheSize()).toBe(1);
  });

  it('does not store a verification that began before an eviction (a sign-out racing a request)', () => {
    const before = cacheGeneration();
    evictSession('sess_1');
    expect(putVerified('late', entry(), before, NOW)).toBe(false);
    expect(getVerified('late', NOW)).toBeNull();
    const afterwards = cacheGeneration();
    expect(putVerified('late', entry(), afterwards, NOW)).toBe(true);
  });

  it('is one store per process, shared by every copy of the module (the proxy and route bundles)', () => {
    put('shared', entry());
    const holder = globalThis as unknown as Record<symbol, { entries: Map<string, unknown> }>;
    expect(holder[Symbol.for('ledgerly.auth.verified-tokens')]!.entries.has(tokenKey('shared'))).toBe(true);
  });
});
