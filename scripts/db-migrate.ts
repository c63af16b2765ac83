/**
 * `npm run db:migrate`: applies pending migrations to the configured database
 * (DATABASE_URL, or the embedded PGlite database under DATA_DIR).
 */
import { closeDriver, getDriver } from '../src/lib/db';
import { migrateUrl } from '../src/lib/db/migrate';
import { env } from '../src/lib/env';

async function main() {
  const config = env();
  if (config.DATABASE_URL) {
    const applied = await migrateUrl(config.DATABASE_URL);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
    return;
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
