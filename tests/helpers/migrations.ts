import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import postgres from 'postgres';
import { migrate, migrateUrl, readMigrations } from '../../src/lib/db/migrate';
import { pgliteRawTransaction, type RawExecutor } from '../../src/lib/db/raw';
import type { Query, Row } from './sql';

/**
 * A database as an older release left it: migrated by the app's own migrator
 * (src/lib/db/migrate.ts) with only the files before a given one, so that a
 * test can fill it the way that release's schema had it, then apply the rest
 * exactly as an upgrade does (the same migrator, on the same database).
 */

const SUPABASE = path.resolve(import.meta.dirname, '../../supabase');

export interface StagedDatabase {
  name: 'postgres' | 'pglite';
  /** as the database owner, outside any transaction (no RLS) */
  admin: Query;
  /** as `authenticated` with `claims`, in one transaction */
  as<T>(claims: Record<string, unknown>, fn: (q: Query) => Promise<T>): Promise<T>;
  /** applies every pending migration (the upgrade); the files it applied */
  migrateRest(): Promise<string[]>;
  close(): Promise<void>;
}

/** A supabase/ folder with the bootstrap and the migrations before `file` only. */
function supabaseBefore(file: string): string {
  const all = readMigrations(path.join(SUPABASE, 'migrations')).map((m) => m.name);
  if (!all.includes(file)) throw new Error(`no migration ${file}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-staged-'));
  fs.mkdirSync(path.join(dir, 'migrations'));
  fs.copyFileSync(path.join(SUPABASE, 'bootstrap.sql'), path.join(dir, 'bootstrap.sql'));
  for (const name of all.filter((n) => n < file)) {
    fs.copyFileSync(path.join(SUPABASE, 'migrations', name), path.join(dir, 'migrations', name));
  }
  return dir;
}

/** Runs the migrator with SUPABASE_DIR pointing at `dir`. */
async function withSupabaseDir<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const previous = process.env.SUPABASE_DIR;
  process.env.SUPABASE_DIR = dir;
  try {
    return await fn();
  } finally {
    if (previous === undefined) delete process.env.SUPABASE_DIR;
    else process.env.SUPABASE_DIR = previous;
  }
}

const setClaims = `select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`;

/** A new database on the PostgreSQL server at `adminUrl`, migrated up to (not including) `file`. */
export async function postgresBefore(adminUrl: string, file: string): Promise<StagedDatabase> {
  const name = `staged_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const server = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await server.unsafe(`create database ${name}`);
  } finally {
    await server.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dir = supabaseBefore(file);
  await withSupabaseDir(dir, () => migrateUrl(url.toString()));
  const owner = postgres(url.toString(), { max: 1, onnotice: () => {} });
  return {
    name: 'postgres',
    admin: async (text, params) => (await owner.unsafe(text, (params ?? []) as never[])) as unknown as Row[],
    as: (claims, fn) =>
      owner.begin(async (tx) => {
        await tx.unsafe(setClaims, [JSON.stringify(claims)]);
        return fn(async (text, params) => (await tx.unsafe(text, (params ?? []) as never[])) as unknown as Row[]);
      }) as never,
    migrateRest: () => withSupabaseDir(SUPABASE, () => migrateUrl(url.toString())),
    close: async () => {
      await owner.end({ timeout: 5 });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An in-memory PGlite, migrated up to (not including) `file`. */
export async function pgliteBefore(file: string): Promise<StagedDatabase> {
  const pg = await PGlite.create({ extensions: { pg_trgm } });
  const driver = {
    rawTransaction: <T>(fn: (tx: RawExecutor) => Promise<T>) => pgliteRawTransaction(pg, fn),
  };
  const dir = supabaseBefore(file);
  await withSupabaseDir(dir, () => migrate(driver));
  return {
    name: 'pglite',
    admin: async (text, params) => (await pg.query<Row>(text, params)).rows,
    as: (claims, fn) =>
      pg.transaction(async (tx) => {
        await tx.query(setClaims, [JSON.stringify(claims)]);
        return fn(async (text, params) => (await tx.query<Row>(text, params)).rows);
      }),
    migrateRest: () => withSupabaseDir(SUPABASE, () => migrate(driver)),
    close: async () => {
      await pg.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
