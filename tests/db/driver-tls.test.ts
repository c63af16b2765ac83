import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../helpers/database';
import { type PgServer, startPostgres } from '../helpers/postgres';

/**
 * The app's PostgreSQL driver opens its own sockets (TCP_NODELAY,
 * docs/decisions/0219-postgres-tcp-nodelay.md). A hosted database takes TLS
 * only (`?sslmode=require` in Supabase's URLs), so the driver must still
 * upgrade those sockets: here against a server of our own with a certificate,
 * through the same driver, pool and tenant transaction the app uses.
 */

let server: PgServer;
let db: typeof import('../../src/lib/db');
let adminUrl: string;
let database: string;

beforeAll(async () => {
  server = await startPostgres({ tls: true });
  const created = await createDatabase(server.adminUrl, 'tls');
  adminUrl = created.adminUrl;
  database = created.name;
  const url = new URL(created.appUrl);
  url.searchParams.set('sslmode', 'require');
  process.env.DATABASE_URL = url.toString();
  process.env.DATABASE_POOL_SIZE = '3';
  process.env.LOG_LEVEL = 'silent';
  const { resetEnvForTests } = await import('../../src/lib/env');
  resetEnvForTests();
  db = await import('../../src/lib/db');
});

afterAll(async () => {
  await db?.closeDriver();
  await server?.stop();
});

describe('the driver over TLS', () => {
  it('runs tenant transactions on encrypted connections, several at once, pipelined as on plain ones', async () => {
    const answers = await Promise.all(
      ['user_tls_a', 'user_tls_b', 'user_tls_c', 'user_tls_d', 'user_tls_e'].map((sub) =>
        db.withTenant({ sub }, async (tx) => {
          const [row] = (await tx.execute(sql`select auth.jwt() ->> 'sub' as sub, current_setting('role') as role`)) as unknown as {
            sub: string;
            role: string;
          }[];
          return row;
        }),
      ),
    );
    expect(answers).toEqual(
      ['user_tls_a', 'user_tls_b', 'user_tls_c', 'user_tls_d', 'user_tls_e'].map((sub) => ({ sub, role: 'authenticated' })),
    );
    // the pool's connections, as the server sees them (only a superuser sees another role's)
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      const connections = await admin`
        select s.ssl from pg_stat_ssl s join pg_stat_activity a using (pid)
        where a.application_name = 'ledgerly' and a.datname = ${database}`;
      expect(connections.length).toBeGreaterThan(1);
      expect(connections.every((c) => c.ssl === true)).toBe(true);
    } finally {
      await admin.end();
    }
  });
});
