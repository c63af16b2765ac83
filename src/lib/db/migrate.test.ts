import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawExecutor } from './client';
import { pgliteRawTransaction } from './raw';
import { migrate, MigrationError } from './migrate';

/**
 * The migration runner on an in-memory PGlite with a small supabase/ folder of
 * its own (the real bootstrap, three tiny migrations): a file the database
 * refuses rolls back the whole run and is named, with the database's error,
 * on one line.
 */

let db: PGlite;
let dir: string;
const previous = process.env.SUPABASE_DIR;

const driver = {
  rawTransaction: <T>(fn: (tx: RawExecutor) => Promise<T>) => pgliteRawTransaction(db, fn),
};

const write = (name: string, sql: string) => fs.writeFileSync(path.join(dir, 'migrations', name), sql);
const applied = async () =>
  (await db.query<{ version: string }>('select version from app_meta.schema_migrations order by version')).rows.map((r) => r.version);
const exists = async (table: string) =>
  (await db.query<{ found: string | null }>('select to_regclass($1)::text as found', [table])).rows[0]?.found !== null;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-'));
  fs.mkdirSync(path.join(dir, 'migrations'));
  fs.copyFileSync(path.resolve('supabase/bootstrap.sql'), path.join(dir, 'bootstrap.sql'));
  process.env.SUPABASE_DIR = dir;
  db = await PGlite.create();
});

afterAll(async () => {
  await db.close();
  if (previous === undefined) delete process.env.SUPABASE_DIR;
  else process.env.SUPABASE_DIR = previous;
});

describe('migrations', () => {
  it('applies pending files once, in order', async () => {
    write('1_first.sql', 'create table public.first_table (id int);\n');
    expect(await migrate(driver)).toEqual(['1_first.sql']);
    expect(await migrate(driver)).toEqual([]);
    expect(await applied()).toEqual(['1']);
  });

  it('rolls back the whole run when a file fails, and names it with the database error on one line', async () => {
    write('2_second.sql', 'create table public.second_table (id int);\n');
    write('3_broken.sql', '-- a migration with a mistake\ncreate table public.broken_probe (id int);\nselect * from no_such_table;\n');
    const error = await migrate(driver).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    const message = (error as Error).message;
    expect(message).toBe(
      'Migration 3_broken.sql failed: relation "no_such_table" does not exist (SQLSTATE 42P01, line 3). ' +
        'No migration was applied; the database schema is unchanged.',
    );
    expect(message).not.toContain('\n');
    // neither the broken file's first statement nor the good file before it were kept
    expect(await applied()).toEqual(['1']);
    expect(await exists('public.broken_probe')).toBe(false);
    expect(await exists('public.second_table')).toBe(false);
    expect(await exists('public.first_table')).toBe(true);
  });

  it('refuses a file changed after it was applied', async () => {
    fs.rmSync(path.join(dir, 'migrations', '3_broken.sql'));
    write('1_first.sql', 'create table public.first_table (id int, changed int);\n');
    await expect(migrate(driver)).rejects.toThrow(
      'Migration 1_first.sql failed: it was changed after it was applied. Revert the change and add a new migration.',
    );
    expect(await applied()).toEqual(['1']);
  });
});
