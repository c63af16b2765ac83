/**
 * `DATA_DIR=<empty dir> npm run restore -- FILE`: restores a backup made by
 * `npm run backup` into a new, empty data directory. Refuses a directory in
 * use or not empty, a file that is not a whole backup, and a backup whose
 * schema is newer than this code. `npm start` on that DATA_DIR then applies
 * any newer migrations. On failure: one line on stderr, exit code 1.
 * PostgreSQL (DATABASE_URL) is restored with pg_restore: README → Operations.
 */
import { runCommand } from '../src/lib/backup/command';
import { BackupError } from '../src/lib/backup/format';
import { restoreBackup } from '../src/lib/backup/restore';
import { env } from '../src/lib/env';

const USAGE = 'usage: DATA_DIR=<new empty directory> npm run restore -- FILE';

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  if (args.length !== 1 || args[0]!.startsWith('--')) throw new BackupError(`Give one backup file: ${USAGE}`);
  const config = env();
  if (config.DATABASE_URL) {
    throw new BackupError(
      'DATABASE_URL is set: this command restores the embedded database; restore PostgreSQL with pg_restore as the owner role (README → Operations).',
    );
  }
  const started = Date.now();
  const { manifest, pending } = await restoreBackup(args[0]!, config.DATA_DIR);
  console.log(
    `Restored the backup of ${manifest.created_at} (schema ${manifest.schema_version ?? 'empty'}) into ${config.DATA_DIR} ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s. ` +
      (pending.length
        ? `npm start will apply ${pending.length} newer migration${pending.length > 1 ? 's' : ''}.`
        : 'Its schema is current.') +
      ' Sign-in keys and the outbox are not in backups: everyone signs in again.',
  );
}

runCommand(main, 'Restore failed');
