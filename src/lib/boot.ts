import '@/lib/auth/clerk-env';
import { authGuardProblems } from '@/lib/auth/guards';
import { localKeys } from '@/lib/auth/keys';
import { getDriver } from '@/lib/db';
import { DataDirLockedError } from '@/lib/db/lock';
import { MigrationError } from '@/lib/db/migrate';
import { RuntimeRoleError } from '@/lib/db/runtime-role';
import { env, EnvError } from '@/lib/env';
import { log } from '@/lib/log';

/**
 * Server start (called from src/instrumentation.ts): validates the
 * environment, applies the auth guards, prepares local keys and opens the
 * database (PGlite: lock + migrations). A configuration that cannot work
 * stops the process with a message that says what to change.
 */

function fatal(message: string): never {
  process.stderr.write(`\n[ledgerly] cannot start:\n${message}\n\n`);
  log.error('boot.failed', { reason: message });
  process.exit(1);
}

export async function boot(): Promise<void> {
  const started = Date.now();
  let config;
  try {
    config = env();
  } catch (error) {
    if (error instanceof EnvError) fatal(error.message);
    throw error;
  }
  const problems = authGuardProblems(config);
  if (problems.length > 0) fatal(problems.map((p) => `  - ${p}`).join('\n'));
  if (config.selfSignedAuth) localKeys(config.DATA_DIR);
  if (config.authMode === 'dev') {
    process.stderr.write(
      '\n[ledgerly] WARNING: development sign-in is on: anyone on this computer can sign in as anyone, without a password.\n' +
        '[ledgerly] Never expose this server or keep real data in it. Without AUTH_MODE=dev, `npm start` uses email + password accounts.\n\n',
    );
    log.warn('auth.dev_sign_in_enabled', { loopback_only: true });
  }
  try {
    await getDriver();
  } catch (error) {
    if (error instanceof DataDirLockedError) fatal(error.message);
    // a migration the database refused: rolled back, so the schema is the one the previous version ran on
    if (error instanceof MigrationError) fatal(error.message);
    // DATABASE_URL's role could get around row level security (superuser, BYPASSRLS, an owner)
    if (error instanceof RuntimeRoleError) fatal(error.problems.map((p) => `  - ${p}`).join('\n'));
    if (!config.DATABASE_URL) fatal(`The embedded database could not be opened: ${(error as Error).message}`);
    // A database server that is down at boot is not fatal: requests answer
    // 503 until it is back, and the connection is retried.
    log.error('boot.database_unavailable', { error });
  }
  log.info('boot.ready', {
    auth: config.authMode,
    database: config.DATABASE_URL ? 'postgres' : 'pglite',
    data_dir: config.DATA_DIR,
    ms: Date.now() - started,
  });
}
