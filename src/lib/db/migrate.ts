import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { postgresRawTransaction, type RawExecutor } from './raw';

/**
 * Applies `supabase/bootstrap.sql` (idempotent) and every pending file of
 * `supabase/migrations/` in name order, in one transaction, under an advisory
 * lock so that two migrators never interleave. Applied files are recorded in
 * `app_meta.schema_migrations` with a checksum; an applied file that changed
 * afterwards stops the run (write a new migration instead).
 */

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

const MIGRATION_LOCK_KEY = 7_344_019_201;

export async function migrate(driver: {
  rawTransaction<T>(fn: (tx: RawExecutor) => Promise<T>): Promise<T>;
}): Promise<string[]> {
  const bootstrap = fs.readFileSync(/*turbopackIgnore: true*/ path.join(supabaseDir(), 'bootstrap.sql'), 'utf8');
  const files = readMigrations();
  return driver.rawTransaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(bootstrap);
    const rows = await tx.query<{ version: string; checksum: string }>(
      'select version, checksum from app_meta.schema_migrations',
    );
    const applied = new Map(rows.map((r) => [r.version, r.checksum]));
    const done: string[] = [];
    for (const file of files) {
      const previous = applied.get(file.version);
      if (previous !== undefined) {
        if (previous !== file.checksum) {
          throw new Error(
            `Migration ${file.name} was changed after it was applied. Revert the change and add a new migration.`,
          );
        }
        continue;
      }
      await tx.exec(file.sql);
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
