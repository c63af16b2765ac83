import { createHash } from 'node:crypto';

/**
 * Verified session tokens, kept per process so that a token is verified once
 * (RS256, issuer, times) and not again until its own `exp`
 * (docs/decisions/0150-verified-token-cache.md). Keyed by a SHA-256 of the
 * token: a token that differs by one character is another key, and the cache
 * never holds a token itself. Bounded (least recently used out first), and
 * emptied by session or by user at once when a session ends (sign-out,
 * revocation, password change, account deletion, removal from a workspace).
 *
 * The store lives on `globalThis`: Next.js bundles the proxy and the route
 * handlers separately, so a module-level map would exist once per bundle and
 * an eviction made by a route would not reach the other copy.
 */

export interface VerifiedToken {
  /** the token's claims, as verified */
  claims: Readonly<Record<string, unknown>>;
  sub: string;
  sid: string | null;
  azp: string | null;
  /** seconds since the epoch: the entry is gone at this instant */
  exp: number;
}

export const VERIFIED_CACHE_MAX = 10_000;

interface Store {
  /** insertion order is recency order: the first key is the least recently used */
  entries: Map<string, VerifiedToken>;
  bySession: Map<string, Set<string>>;
  byUser: Map<string, Set<string>>;
  /** bumped by every eviction: a verification that started before one is not stored */
  generation: number;
  max: number;
}

const STORE = Symbol.for('ledgerly.auth.verified-tokens');

function store(): Store {
  const holder = globalThis as typeof globalThis & { [STORE]?: Store };
  holder[STORE] ??= { entries: new Map(), bySession: new Map(), byUser: new Map(), generation: 0, max: VERIFIED_CACHE_MAX };
  return holder[STORE];
}

/** The cache key of a token (never the token itself). */
export function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

function index(map: Map<string, Set<string>>, id: string, key: string): void {
  let keys = map.get(id);
  if (!keys) map.set(id, (keys = new Set()));
  keys.add(key);
}

function unindex(map: Map<string, Set<string>>, id: string | null, key: string): void {
  if (id === null) return;
  const keys = map.get(id);
  if (!keys) return;
  keys.delete(key);
  if (keys.size === 0) map.delete(id);
}

function remove(s: Store, key: string): void {
  const entry = s.entries.get(key);
  if (!entry) return;
  s.entries.delete(key);
  unindex(s.bySession, entry.sid, key);
  unindex(s.byUser, entry.sub, key);
}

/** The verified claims of this token, while `now` is before its `exp`; null otherwise. */
export function getVerified(token: string, now = Date.now()): VerifiedToken | null {
  const s = store();
  const key = tokenKey(token);
  const entry = s.entries.get(key);
  if (!entry) return null;
  if (now >= entry.exp * 1000) {
    remove(s, key);
    return null;
  }
  // most recently used last
  s.entries.delete(key);
  s.entries.set(key, entry);
  return entry;
}

/** The generation to hand to `putVerified` (read before verifying). */
export function cacheGeneration(): number {
  return store().generation;
}

/**
 * Keeps a token's verified claims until its `exp` (never beyond: a token
 * without a numeric `exp`, or already at it, is not kept). `generation` is
 * what `cacheGeneration()` said before the verification began: if a session
 * or user was evicted meanwhile, nothing is stored.
 */
export function putVerified(token: string, entry: VerifiedToken, generation: number, now = Date.now()): boolean {
  const s = store();
  if (generation !== s.generation) return false;
  if (!Number.isFinite(entry.exp) || now >= entry.exp * 1000) return false;
  const key = tokenKey(token);
  remove(s, key);
  while (s.entries.size >= s.max) {
    const oldest = s.entries.keys().next().value;
    if (oldest === undefined) break;
    remove(s, oldest);
  }
  s.entries.set(key, entry);
  if (entry.sid !== null) index(s.bySession, entry.sid, key);
  index(s.byUser, entry.sub, key);
  return true;
}

/** Forgets every token of this session (sign-out, revocation). */
export function evictSession(sessionId: string): void {
  const s = store();
  s.generation += 1;
  for (const key of [...(s.bySession.get(sessionId) ?? [])]) remove(s, key);
}

/** Forgets every token of this user (password change, account deletion, removal from a workspace). */
export function evictUser(userId: string): void {
  const s = store();
  s.generation += 1;
  for (const key of [...(s.byUser.get(userId) ?? [])]) remove(s, key);
}

/** How many tokens are kept (tests, the benchmark). */
export function verifiedCacheSize(): number {
  return store().entries.size;
}

/** Empties the cache and sets its bound (tests only). */
export function resetVerifiedCache(max = VERIFIED_CACHE_MAX): void {
  const s = store();
  s.entries.clear();
  s.bySession.clear();
  s.byUser.clear();
  s.generation += 1;
  s.max = max;
}
