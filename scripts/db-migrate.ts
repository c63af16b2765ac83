/**
 * `npm run db:migrate`: applies pending migrations, as the owner role, to
 * DATABASE_MIGRATION_URL (outside production, DATABASE_URL when it is unset),
 * or to the embedded PGlite database under DATA_DIR. The app itself connects
 * as `ledgerly_app`, which cannot run migrations (docs/decisions/0081-runtime-database-role.md).
 */
import { closeDriver, getDriver } from '../src/lib/db';
import { migrateUrl } from '../src/lib/db/migrate';
import { env } from '../src/lib/env';

async function main() {
  const config = env();
  if (config.databaseMigrationUrl) {
    const applied = await migrateUrl(config.databaseMigrationUrl);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
    return;
  }
  if (config.DATABASE_URL) {
    throw new Error(
      "Set DATABASE_MIGRATION_URL to the owner role (e.g. Supabase's postgres, direct or session connection): in production migrations never use DATABASE_URL, the app's own role.",
    );
  }
  // PGlite migrates when it is opened (and refuses a data directory in use).
  await getDriver();
  await closeDriver();
  console.log(`Embedded database under ${config.DATA_DIR} is up to date.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
