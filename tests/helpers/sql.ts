import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import postgres from 'postgres';
import { createDatabase } from './database';
import { migratedSqlTar } from './pglite-template';

/**
 * The migrated schema on a real PostgreSQL server (connected as a role that
 * can act only through RLS) or on PGlite, with one way to run statements as
 * `authenticated` with given claims, in a transaction (rolled back on error).
 */

export type Row = Record<string, any>;
export type Query = (text: string, params?: unknown[]) => Promise<Row[]>;

export interface SqlBackend {
  name: 'postgres' | 'pglite';
  /** postgres only: the app role's connection string (for a second connection) */
  appUrl?: string;
  as<T>(claims: Record<string, unknown> | null, fn: (q: Query) => Promise<T>, role?: string): Promise<T>;
  /** as the database owner, outside any transaction (no RLS): to see what no session can */
  admin: Query;
  close(): Promise<void>;
}

/**
 * `connections`: how many sessions may run at once (concurrency tests want several).
 * `beforeMigrate`: SQL run as the owner before the migrations (e.g. Supabase's default privileges).
 */
export async function postgresBackend(
  adminUrl: string,
  prefix: string,
  { connections = 2, beforeMigrate }: { connections?: number; beforeMigrate?: string } = {},
): Promise<SqlBackend> {
  const db = await createDatabase(adminUrl, prefix, { beforeMigrate });
  const sql = postgres(db.appUrl, { max: connections, prepare: false, onnotice: () => {} });
  const owner = postgres(db.adminUrl, { max: 1, onnotice: () => {} });
  return {
    name: 'postgres',
    appUrl: db.appUrl,
    admin: async (text, params) => (await owner.unsafe(text, (params ?? []) as never[])) as unknown as Row[],
    as: (claims, fn, role = 'authenticated') =>
      sql.begin(async (tx) => {
        await tx`select set_config('role', ${role}, true), set_config('request.jwt.claims', ${claims ? JSON.stringify(claims) : ''}, true)`;
        return fn(async (text, params) => (await tx.unsafe(text, (params ?? []) as never[])) as unknown as Row[]);
      }) as never,
    close: async () => {
      await sql.end({ timeout: 5 });
      await owner.end({ timeout: 5 });
    },
  };
}

export async function pgliteBackend({ beforeMigrate }: { beforeMigrate?: string } = {}): Promise<SqlBackend> {
  let pg: PGlite;
  if (beforeMigrate) {
    // SQL before the migrations: this database is migrated here, from scratch
    pg = await PGlite.create({ extensions: { pg_trgm } });
    const dir = path.resolve(import.meta.dirname, '../../supabase');
    await pg.exec(beforeMigrate);
    await pg.exec(fs.readFileSync(path.join(dir, 'bootstrap.sql'), 'utf8'));
    for (const file of fs.readdirSync(path.join(dir, 'migrations')).sort()) {
      await pg.exec(fs.readFileSync(path.join(dir, 'migrations', file), 'utf8'));
    }
  } else {
    // the same statements, applied once per schema (./pglite-template.ts)
    pg = await PGlite.create({ extensions: { pg_trgm }, loadDataDir: await migratedSqlTar() });
  }
  return {
    name: 'pglite',
    admin: async (text, params) => (await pg.query<Row>(text, params)).rows,
    as: (claims, fn, role = 'authenticated') =>
      pg.transaction(async (tx) => {
        await tx.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [
          role,
          claims ? JSON.stringify(claims) : '',
        ]);
        return fn(async (text, params) => (await tx.query<Row>(text, params)).rows);
      }),
    close: () => pg.close(),
  };
}
