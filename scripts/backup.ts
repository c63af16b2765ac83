/**
 * `DATA_DIR=… npm run backup -- --out FILE`: a consistent snapshot of the
 * embedded database, taken by the running server if there is one (over
 * DATA_DIR/run/backup.sock), otherwise by this command (which then holds the
 * data directory's lock). FILE is written whole or not at all.
 * `--dir DIR` instead names the file by its date in DIR and keeps the newest
 * BACKUP_KEEP (default 7) there. On failure: one line on stderr, exit code 1.
 * PostgreSQL (DATABASE_URL) is backed up with pg_dump: README → Operations.
 */
import { saveBackup, saveBackupInDir, takeBackup } from '../src/lib/backup/backup';
import { runCommand } from '../src/lib/backup/command';
import { BackupError } from '../src/lib/backup/format';
import { env } from '../src/lib/env';

const USAGE = 'usage: npm run backup -- --out FILE   (or --dir DIR: dated file, newest BACKUP_KEEP kept)';

function parseArgs(argv: string[]): { out?: string; dir?: string } {
  const options: { out?: string; dir?: string } = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--out' || flag === '--dir') {
      const value = inline ?? argv[++i];
      if (!value) throw new BackupError(`${flag} needs a value: ${USAGE}`);
      options[flag === '--out' ? 'out' : 'dir'] = value;
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      throw new BackupError(`Unknown argument ${arg}: ${USAGE}`);
    }
  }
  if (!options.out === !options.dir) throw new BackupError(`Give exactly one of --out FILE or --dir DIR: ${USAGE}`);
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const config = env();
  if (config.DATABASE_URL) {
    throw new BackupError(
      'DATABASE_URL is set: this command backs up the embedded database; back up PostgreSQL with pg_dump as the owner role (README → Operations).',
    );
  }
  const started = Date.now();
  const { bytes, manifest, serverPid } = await takeBackup(config.DATA_DIR);
  let written: string;
  let pruned: string[] = [];
  if (options.out) {
    written = saveBackup(bytes, options.out);
  } else {
    ({ file: written, pruned } = saveBackupInDir(bytes, manifest, options.dir!, config.BACKUP_KEEP));
  }
  const by = serverPid === null ? 'no server running' : `taken by the running server, pid ${serverPid}`;
  console.log(
    `Backed up ${config.DATA_DIR} (schema ${manifest.schema_version ?? 'empty'}, ${by}) to ${written}: ` +
      `${(bytes.length / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      (pruned.length ? `; removed ${pruned.length} older backup${pruned.length > 1 ? 's' : ''}.` : '.'),
  );
}

runCommand(main, 'Backup failed');
