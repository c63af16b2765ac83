import { createHash } from 'node:crypto';
import { Ratelimit } from '@upstash/ratelimit';
import { env } from '@/lib/env';
import { ApiError } from '@/lib/errors';
import { log } from '@/lib/log';

/**
 * Rate limits with one library and algorithm (`@upstash/ratelimit`, sliding
 * window) on three backends: Upstash REST (UPSTASH_REDIS_REST_URL/TOKEN), a
 * Redis server (REDIS_URL, through ioredis) and, by default, an in-process store
 * that executes the library's script natively (MemoryRedis).
 * See docs/decisions/0006-rate-limit-backends.md.
 */

/**
 * `api`: every /api request (per user, or per address when signed out).
 * `ai`: assistant questions. `auth`: sign-in, sign-up and reset attempts, per
 * email and per address (AUTH_MAX_SIGN_IN_ATTEMPTS per 15 minutes per email,
 * AUTH_MAX_SIGN_IN_ATTEMPTS_PER_ADDRESS per address).
 */
export type LimitKind = 'api' | 'ai' | 'auth_email' | 'auth_ip';

export interface LimitResult {
  success: boolean;
  limit: number;
  remaining: number;
  /** Unix ms when the current window ends. */
  reset: number;
  /** Set when the backend did not answer in time and the request was let through. */
  degraded?: boolean;
}

/** The subset of an ioredis client the adapter uses. */
interface IoRedisLike {
  evalsha(sha: string, numKeys: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
  eval(script: string, numKeys: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<unknown>;
}

type RatelimitRedis = ConstructorParameters<typeof Ratelimit>[0]['redis'];

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * Presents an ioredis client the way @upstash/ratelimit calls Redis
 * (`evalsha(hash, keys[], args[])`, Upstash style). The library's scripts start
 * with `#!lua flags=allow-key-locking`, a shebang only Upstash accepts: it is
 * stripped, and the library's hash is mapped to the stripped script's hash so
 * that the NOSCRIPT fallback (`eval`) keeps working (e.g. after SCRIPT FLUSH).
 */
export function upstashAdapter(client: IoRedisLike): RatelimitRedis {
  const strippedShaByLibrarySha = new Map<string, string>();
  const strip = (script: string) => (script.startsWith('#!') ? script.slice(script.indexOf('\n') + 1) : script);
  const adapter = {
    async evalsha(sha: string, keys: string[], args: unknown[]) {
      const mapped = strippedShaByLibrarySha.get(sha);
      if (!mapped) throw new Error('NOSCRIPT No matching script. Please use EVAL.');
      return client.evalsha(mapped, keys.length, ...keys, ...(args as (string | number)[]));
    },
    async eval(script: string, keys: string[], args: unknown[]) {
      const stripped = strip(script);
      strippedShaByLibrarySha.set(sha1(script), sha1(stripped));
      return client.eval(stripped, keys.length, ...keys, ...(args as (string | number)[]));
    },
    get: (key: string) => client.get(key),
    set: (key: string, value: string) => client.set(key, value),
  };
  return adapter as unknown as RatelimitRedis;
}

interface Limiters {
  backend: 'upstash' | 'redis' | 'memory';
  api: Ratelimit;
  ai: Ratelimit;
  auth_email: Ratelimit;
  auth_ip: Ratelimit;
}

const globalForLimits = globalThis as unknown as { __ledgerlyLimiters?: Promise<Limiters> };

async function createLimiters(): Promise<Limiters> {
  const config = env();
  let redis: RatelimitRedis;
  let backend: Limiters['backend'];
  if (config.UPSTASH_REDIS_REST_URL && config.UPSTASH_REDIS_REST_TOKEN) {
    const { Redis } = await import('@upstash/redis');
    redis = new Redis({ url: config.UPSTASH_REDIS_REST_URL, token: config.UPSTASH_REDIS_REST_TOKEN });
    backend = 'upstash';
  } else if (config.REDIS_URL) {
    const { default: IORedis } = await import('ioredis');
    const client = new IORedis(config.REDIS_URL, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectTimeout: 2000,
      lazyConnect: false,
    });
    client.on('error', (error: Error) => log.warn('ratelimit.redis_error', { error: error.message }));
    redis = upstashAdapter(client as unknown as IoRedisLike);
    backend = 'redis';
  } else {
    const { MemoryRedis } = await import('./memory-redis');
    redis = new MemoryRedis() as unknown as RatelimitRedis;
    backend = 'memory';
  }
  const make = (prefix: string, perWindow: number, window: '60 s' | '15 m' = '60 s') =>
    new Ratelimit({
      redis,
      limiter: Ratelimit.slidingWindow(perWindow, window),
      prefix,
      analytics: false,
      // The backend has 1 s to answer; after that the request is let through
      // (availability over strictness) and a warning is logged.
      timeout: 1000,
      ephemeralCache: backend === 'memory' ? false : new Map(),
    });
  log.info('ratelimit.ready', { backend });
  return {
    backend,
    api: make('ledgerly:rl:api', config.RATE_LIMIT_PER_MINUTE),
    ai: make('ledgerly:rl:ai', config.AI_RATE_LIMIT_PER_MINUTE),
    auth_email: make('ledgerly:rl:auth:email', config.AUTH_MAX_SIGN_IN_ATTEMPTS, '15 m'),
    auth_ip: make('ledgerly:rl:auth:ip', config.AUTH_MAX_SIGN_IN_ATTEMPTS_PER_ADDRESS, '15 m'),
  };
}

function limiters(): Promise<Limiters> {
  globalForLimits.__ledgerlyLimiters ??= createLimiters();
  return globalForLimits.__ledgerlyLimiters;
}

/** Counts one request of `identifier` against the `kind` limit. */
export async function limit(kind: LimitKind, identifier: string): Promise<LimitResult> {
  const { [kind]: limiter, backend } = await limiters();
  try {
    const result = await limiter.limit(identifier);
    if (result.reason === 'timeout') {
      log.warn('ratelimit.timeout', { backend, kind });
      return { success: true, limit: result.limit, remaining: result.remaining, reset: result.reset, degraded: true };
    }
    return { success: result.success, limit: result.limit, remaining: result.remaining, reset: result.reset };
  } catch (error) {
    // Backend down: let the request through, say so in the log.
    log.warn('ratelimit.unavailable', { backend, kind, error });
    return { success: true, limit: 0, remaining: 0, reset: Date.now(), degraded: true };
  }
}

/** Which backend serves the limits (for logs and tests). */
export async function limitBackend(): Promise<Limiters['backend']> {
  return (await limiters()).backend;
}

/**
 * The API's 429 for a limit that was reached: `message`, then when to try
 * again (seconds under a minute and a half, else minutes), with Retry-After.
 */
export function rateLimited(result: LimitResult, message: string, headers: Record<string, string> = {}): ApiError {
  const retryAfter = Math.max(1, Math.ceil((result.reset - Date.now()) / 1000));
  const minutes = Math.ceil(retryAfter / 60);
  const wait = retryAfter < 90 ? `${retryAfter} second${retryAfter === 1 ? '' : 's'}` : `${minutes} minutes`;
  return new ApiError('rate_limited', `${message} Try again in ${wait}.`, undefined, {
    ...headers,
    'Retry-After': String(retryAfter),
  });
}

/**
 * Counts one attempt and throws the API's 429 when the limit is reached (for
 * limits a service applies itself, such as sign-in attempts per email).
 */
export async function enforceLimit(kind: LimitKind, identifier: string, message: string): Promise<void> {
  const result = await limit(kind, identifier);
  if (!result.success) throw rateLimited(result, message);
}
