import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startApp } from '../helpers/app';
import { signIn } from '../helpers/client';
import { awayFromWindowEdge } from '../helpers/window';
import { createDatabase } from '../helpers/database';
import { freePort, startPostgres, type PgServer } from '../helpers/postgres';
import { startRedis, type RedisServer } from '../helpers/redis';

/**
 * The Redis backend of the rate limits (REDIS_URL, a real redis-server): two
 * app processes sharing one Redis share one limit per user; one user's burst
 * does not limit another; the limiter survives SCRIPT FLUSH; and when Redis
 * is down, requests go through (availability over strictness) and it recovers.
 */

let pg: PgServer;
let redis: RedisServer;
let first: AppServer;
let second: AppServer;
const LIMIT = 8;

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  const db = await createDatabase(pg.adminUrl, 'redis');
  // one data directory for both processes: with DATABASE_URL it only holds the local signing key
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-redis-'));
  const [portA, portB] = [await freePort(), await freePort()];
  const env = {
    DATABASE_URL: db.appUrl,
    REDIS_URL: redis.url,
    RATE_LIMIT_PER_MINUTE: String(LIMIT),
    // a session minted by one process is valid on the other (two origins of one deployment)
    CLERK_AUTHORIZED_PARTIES: `http://127.0.0.1:${portA},http://127.0.0.1:${portB}`,
  };
  first = await startApp(env, { dataDir, port: portA });
  second = await startApp(env, { dataDir, port: portB });
  // signed-out requests (sign-in included) count against the IP: sign everyone in first
  for (const name of ['alice', 'bob', 'carol', 'dave'] as const) users[name] = (await signIn(first.url)).token!;
});

const users: Record<'alice' | 'bob' | 'carol' | 'dave', string> = { alice: '', bob: '', carol: '', dave: '' };

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await Promise.all([redis?.stop(), pg?.stop()]);
});

async function statuses(token: string, urls: string[]): Promise<number[]> {
  const out: number[] = [];
  for (const url of urls) out.push((await fetch(`${url}/api/contacts`, { headers: { authorization: `Bearer ${token}` } })).status);
  return out;
}

describe('rate limits on Redis', () => {
  it('is one limit for a user across two server processes', { timeout: 60_000 }, async () => {
    const alternate = Array.from({ length: LIMIT + 3 }, (_, i) => (i % 2 === 0 ? first.url : second.url));
    await awayFromWindowEdge(60_000);
    const seen = await statuses(users.alice, alternate);
    expect(seen.slice(0, LIMIT).every((s) => s === 200)).toBe(true);
    expect(seen.slice(LIMIT)).toEqual([429, 429, 429]);
    const keys = await redis.command('KEYS', 'ledgerly:rl:api:*');
    expect(keys).toContain('user:');
    // another user, on either process, is not limited by alice's burst
    expect(await statuses(users.bob, [first.url, second.url])).toEqual([200, 200]);
  });

  it('keeps working after SCRIPT FLUSH (NOSCRIPT fallback)', async () => {
    expect(await statuses(users.carol, [first.url])).toEqual([200]);
    expect(await redis.command('SCRIPT', 'FLUSH')).toBe('+OK');
    expect(await statuses(users.carol, [first.url, second.url])).toEqual([200, 200]);
  });

  it('lets requests through while Redis is down, and limits again when it is back', { timeout: 90_000 }, async () => {
    await redis.stop();
    const down = await statuses(
      users.dave,
      Array.from({ length: LIMIT + 2 }, () => first.url),
    );
    expect(down.every((s) => s === 200)).toBe(true);
    redis = await startRedis({ port: redis.port });
    // the client reconnects with a growing back-off (slower on a loaded machine); requests are
    // let through until it has, then counted until one is refused
    let limited = false;
    const deadline = Date.now() + 45_000;
    while (!limited && Date.now() < deadline) {
      const [status] = await statuses(users.dave, [first.url]);
      limited = status === 429;
      if (!limited) await new Promise((r) => setTimeout(r, 50));
    }
    expect(limited).toBe(true);
  });
});
