import { createHash } from 'node:crypto';

/**
 * An in-process Redis for @upstash/ratelimit: it speaks exactly what the
 * library's sliding-window limiter sends (EVALSHA/EVAL of its limit script,
 * GET, SET) and executes that script natively, statement for statement, on a
 * Map. The library still computes the windows, keys, `remaining` and `reset`;
 * only the Lua interpreter is replaced (running the scripts through a Lua VM in
 * JavaScript costs 1.6–1.9 ms of CPU per request; this costs microseconds).
 * Its decisions are compared with the Lua script's in memory-redis.test.ts.
 */

type Handler = (keys: string[], args: unknown[]) => unknown;

interface Entry {
  value: string;
  expiresAt: number | null;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

export class MemoryRedis {
  private readonly store = new Map<string, Entry>();
  private readonly scripts = new Map<string, Handler>();
  private writes = 0;

  private read(key: string): Entry | undefined {
    const entry = this.store.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= Date.now()) {
      this.store.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    this.writes += 1;
    if (this.writes % 1000 !== 0) return;
    const now = Date.now();
    for (const [key, entry] of this.store) {
      if (entry.expiresAt !== null && entry.expiresAt <= now) this.store.delete(key);
    }
  }

  private number(key: string): number | null {
    const entry = this.read(key);
    return entry === undefined ? null : Number(entry.value);
  }

  private incrby(key: string, by: number): number {
    const entry = this.read(key);
    const value = (entry ? Number(entry.value) : 0) + by;
    this.store.set(key, { value: String(value), expiresAt: entry?.expiresAt ?? null });
    this.sweep();
    return value;
  }

  private pexpire(key: string, ms: number): void {
    const entry = this.read(key);
    if (entry) entry.expiresAt = Date.now() + ms;
  }

  /** The single-region sliding-window limit script of @upstash/ratelimit, in JavaScript. */
  private readonly slidingWindowLimit: Handler = (keys, args) => {
    const [currentKey, previousKey, dynamicLimitKey] = keys as [string, string, string | undefined];
    const tokens = Number(args[0]);
    const now = Number(args[1]);
    const window = Number(args[2]);
    const incrementBy = Number(args[3]);
    let effectiveLimit = tokens;
    if (dynamicLimitKey) {
      const dynamic = this.number(dynamicLimitKey);
      if (dynamic !== null) effectiveLimit = dynamic;
    }
    const requestsInCurrentWindow = this.number(currentKey) ?? 0;
    const percentageInCurrent = (now % window) / window;
    const requestsInPreviousWindow = Math.floor((1 - percentageInCurrent) * (this.number(previousKey) ?? 0));
    if (incrementBy > 0 && requestsInPreviousWindow + requestsInCurrentWindow >= effectiveLimit) {
      return [-1, effectiveLimit];
    }
    const newValue = this.incrby(currentKey, incrementBy);
    if (newValue === incrementBy) this.pexpire(currentKey, window * 2 + 1000);
    return [effectiveLimit - (newValue + requestsInPreviousWindow), effectiveLimit];
  };

  private recognise(script: string): Handler | undefined {
    const isSlidingLimit = script.includes('requestsInPreviousWindow') && script.includes('INCRBY') && !script.includes('requestId');
    return isSlidingLimit ? this.slidingWindowLimit : undefined;
  }

  async evalsha(sha: string, keys: string[], args: unknown[]): Promise<unknown> {
    const handler = this.scripts.get(sha);
    if (!handler) throw new Error('NOSCRIPT No matching script. Please use EVAL.');
    return handler(keys, args);
  }

  async eval(script: string, keys: string[], args: unknown[]): Promise<unknown> {
    const handler = this.recognise(script);
    if (!handler) throw new Error('in-process rate limit store: only the sliding-window limiter is supported');
    this.scripts.set(sha1(script), handler);
    return handler(keys, args);
  }

  async get(key: string): Promise<string | null> {
    return this.read(key)?.value ?? null;
  }

  async set(key: string, value: string): Promise<'OK'> {
    this.store.set(key, { value, expiresAt: null });
    this.sweep();
    return 'OK';
  }
}
