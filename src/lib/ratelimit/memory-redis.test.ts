import { Ratelimit } from '@upstash/ratelimit';
import RedisMock from 'ioredis-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { upstashAdapter } from './index';
import { MemoryRedis } from './memory-redis';

/**
 * The in-process store must decide exactly as the library's Lua script does
 * on Redis: both run the same request sequence (ioredis-mock executes the real
 * Lua script; the notes in shared/ measured it agreeing with a Redis server).
 */

type RedisOption = ConstructorParameters<typeof Ratelimit>[0]['redis'];

function limiter(redis: RedisOption, tokens: number) {
  return new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(tokens, '10 s'), prefix: 'eq', analytics: false, ephemeralCache: false });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('MemoryRedis', () => {
  it('decides like the Lua script, across windows and identifiers', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.UTC(2026, 10, 28, 12, 0, 0);
    const mock = new RedisMock();
    await mock.flushall();
    const lua = limiter(upstashAdapter(mock as never), 5);
    const memory = limiter(new MemoryRedis() as unknown as RedisOption, 5);
    // offsets in ms: bursts inside a window, then across the boundary where the
    // previous window is weighted, then after both windows expired
    const steps = [0, 10, 20, 30, 40, 50, 60, 3000, 9990, 10_000, 10_500, 11_000, 12_000, 14_000, 16_000, 19_999, 20_001, 25_000, 45_000];
    const out: { lua: unknown[]; memory: unknown[] } = { lua: [], memory: [] };
    for (const offset of steps) {
      for (const id of ['alice', 'bob', 'alice']) {
        vi.setSystemTime(start + offset);
        const a = await lua.limit(id);
        const b = await memory.limit(id);
        out.lua.push([offset, id, a.success, a.remaining, a.reset, a.limit]);
        out.memory.push([offset, id, b.success, b.remaining, b.reset, b.limit]);
      }
    }
    expect(out.memory).toEqual(out.lua);
    expect(out.memory.some((row) => (row as unknown[])[2] === false)).toBe(true);
  });

  it('answers NOSCRIPT until it has seen the script, then serves EVALSHA', async () => {
    const redis = new MemoryRedis();
    await expect(redis.evalsha('abc', [], [])).rejects.toThrow(/NOSCRIPT/);
    await expect(redis.eval('return 1', [], [])).rejects.toThrow(/only the sliding-window/);
    expect(await redis.get('k')).toBeNull();
    await redis.set('k', '3');
    expect(await redis.get('k')).toBe('3');
  });
});
