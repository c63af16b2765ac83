import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isDatabaseUnavailable } from '@/lib/errors';
import { postgresRawTransaction, type RawExecutor } from './raw';

/**
 * Applies `supabase/bootstrap.sql` (idempotent) and every pending file of
 * `supabase/migrations/` in name order, in one transaction, under an advisory
 * lock so that two migrators never interleave: two servers starting at once
 * on one database apply each file once (the second waits, then finds nothing
 * left to do). Applied files are recorded in `app_meta.schema_migrations`
 * with a checksum; an applied file that changed afterwards stops the run
 * (write a new migration instead). A file the database refuses rolls the
 * whole run back (the schema is as it was) and is reported as a
 * MigrationError naming the file and the database's error, on one line.
 */

/** A migration the database refused, or one changed after it was applied. Nothing of the run was kept. */
export class MigrationError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`Migration ${file} failed: ${reason} No migration was applied; the database schema is unchanged.`);
    this.name = 'MigrationError';
  }
}

/** The database's own words, on one line: message, SQLSTATE, and the line of the file when it says where. */
function databaseReason(error: unknown, sqlText: string): string {
  const e = error as { message?: unknown; code?: unknown; position?: unknown; detail?: unknown; hint?: unknown };
  const parts = [String(e.message ?? error)];
  if (typeof e.detail === 'string' && e.detail) parts.push(e.detail);
  if (typeof e.hint === 'string' && e.hint) parts.push(`Hint: ${e.hint}`);
  // a 1-based character position in the text sent, i.e. in the file
  const position = Number(e.position);
  const line = Number.isInteger(position) && position > 0 ? sqlText.slice(0, position - 1).split('\n').length : null;
  const facts = [typeof e.code === 'string' && e.code ? `SQLSTATE ${e.code}` : null, line ? `line ${line}` : null];
  const suffix = facts.filter(Boolean).join(', ');
  const text = `${parts.map((p) => p.replace(/[.\s]+$/, '')).join('. ')}${suffix ? ` (${suffix})` : ''}.`;
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Runs one file of the run; a refusal by the database (not a lost connection) becomes a MigrationError. */
async function apply(tx: RawExecutor, file: string, sqlText: string): Promise<void> {
  try {
    await tx.exec(sqlText);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    throw new MigrationError(file, databaseReason(error, sqlText));
  }
}

export interface MigrationFile {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export function supabaseDir(): string {
  return process.env.SUPABASE_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), 'supabase');
}

export function readMigrations(dir = path.join(supabaseDir(), 'migrations')): MigrationFile[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((file) => /^\d+_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, file), 'utf8');
      const [version = file] = file.split('_');
      return { version, name: file, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** The advisory lock every migrator takes for its transaction (bigint key). */
export const MIGRATION_LOCK_KEY = 7_344_019_201;

export async function migrate(driver: { rawTransaction<T>(fn: (tx: RawExecutor) => Promise<T>): Promise<T> }): Promise<string[]> {
  const bootstrap = fs.readFileSync(/*turbopackIgnore: true*/ path.join(supabaseDir(), 'bootstrap.sql'), 'utf8');
  const files = readMigrations();
  return driver.rawTransaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await apply(tx, 'supabase/bootstrap.sql', bootstrap);
    const rows = await tx.query<{ version: string; checksum: string }>('select version, checksum from app_meta.schema_migrations');
    const applied = new Map(rows.map((r) => [r.version, r.checksum]));
    const done: string[] = [];
    for (const file of files) {
      const previous = applied.get(file.version);
      if (previous !== undefined) {
        if (previous !== file.checksum) {
          throw new MigrationError(file.name, 'it was changed after it was applied. Revert the change and add a new migration.');
        }
        continue;
      }
      await apply(tx, file.name, file.sql);
      await tx.query('insert into app_meta.schema_migrations (version, name, checksum) values ($1, $2, $3)', [
        file.version,
        file.name,
        file.checksum,
      ]);
      done.push(file.name);
    }
    return done;
  });
}

/** Migrates the PostgreSQL database at `url` (the `npm run db:migrate` path and the test helpers). */
export async function migrateUrl(url: string): Promise<string[]> {
  const { default: postgres } = await import('postgres');
  const client = postgres(url, { max: 1, prepare: false, onnotice: () => {} });
  try {
    return await migrate({ rawTransaction: (fn) => postgresRawTransaction(client, fn) });
  } finally {
    await client.end({ timeout: 5 });
  }
}
