import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { migrate } from '../../src/lib/db/migrate';
import { pgliteRawTransaction } from '../../src/lib/db/raw';
import { openPglite, pgliteDir } from '../../src/lib/db/pglite';

/**
 * Migrated PGlite databases for tests to start from (docs/decisions/0220-migrated-pglite-templates.md).
 * Creating a PGlite database (initdb inside WebAssembly) and applying every
 * migration takes seconds; tests that need an empty, migrated database copy
 * one made once per schema instead. Each template is made once per temporary
 * directory (`npm test` gives every run its own) and per content of
 * `supabase/` and PGlite's version: a changed migration makes a new one.
 * Tests of migrating itself (the migration runner, backups of older schemas,
 * first starts) open their databases from scratch, as before.
 */

const root = path.resolve(import.meta.dirname, '../..');
const supabase = path.join(root, 'supabase');

/** What a template depends on: the schema's SQL files and PGlite's version. */
function schemaKey(): string {
  const hash = crypto.createHash('sha256');
  hash.update(JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version);
  const migrations = fs.readdirSync(path.join(supabase, 'migrations')).sort();
  for (const file of ['bootstrap.sql', ...migrations.map((m) => path.join('migrations', m))]) {
    hash.update(file).update(fs.readFileSync(path.join(supabase, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * `target` made by `build` unless it exists. Built beside it and renamed into
 * place, so a reader never sees half of it; when two processes build at once,
 * the identical copy that loses the race is removed.
 */
async function once(target: string, build: (at: string) => Promise<void>): Promise<string> {
  if (fs.existsSync(target)) return target;
  const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  try {
    await build(temp);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    if (!fs.existsSync(target)) throw error;
  }
  return target;
}

/**
 * The schema as the SQL-level tests apply it (bootstrap.sql, then every
 * migration, as the database owner), as PGlite's data-directory tar: load it
 * with `PGlite.create({ loadDataDir })`.
 */
export async function migratedSqlTar(): Promise<Blob> {
  const file = await once(path.join(os.tmpdir(), `ledgerly-pglite-sql-${schemaKey()}.tar`), async (at) => {
    const pg = await PGlite.create({ extensions: { pg_trgm } });
    try {
      await pg.exec(fs.readFileSync(path.join(supabase, 'bootstrap.sql'), 'utf8'));
      for (const name of fs.readdirSync(path.join(supabase, 'migrations')).sort()) {
        await pg.exec(fs.readFileSync(path.join(supabase, 'migrations', name), 'utf8'));
      }
      fs.writeFileSync(at, new Uint8Array(await (await pg.dumpDataDir('none')).arrayBuffer()));
    } finally {
      await pg.close();
    }
  });
  return new Blob([fs.readFileSync(file)], { type: 'application/x-tar' });
}

/**
 * Puts an empty database, migrated by the app's own migration runner, into
 * `dataDir` as the app keeps it (DATA_DIR/pglite): the app then opens it and
 * finds nothing to apply, as on any start after the first.
 */
export async function seedMigratedDataDir(dataDir: string): Promise<void> {
  const target = pgliteDir(dataDir);
  if (fs.existsSync(target)) throw new Error(`${target} exists: a migrated database goes only into a new DATA_DIR`);
  const template = await once(path.join(os.tmpdir(), `ledgerly-pglite-app-${schemaKey()}`), async (at) => {
    const client = await openPglite(at);
    try {
      await migrate({ rawTransaction: (fn) => pgliteRawTransaction(client, fn) });
    } finally {
      await client.close();
    }
  });
  fs.cpSync(template, target, { recursive: true });
}
