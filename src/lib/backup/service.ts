import { getDriver } from '@/lib/db';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { saveBackupInDir } from './backup';
import { listenForBackups } from './channel';
import { listBackups } from './files';
import { encodeBackup, decodeBackup } from './format';
import { backupOwed, nextRunAt, parseTimeOfDay, type TimeOfDay } from './schedule';

/**
 * The server's side of backups (embedded database only; started from
 * src/instrumentation.ts once boot has opened the database):
 *  - answers `npm run backup` on DATA_DIR/run/backup.sock (channel.ts);
 *  - with BACKUP_DIR and BACKUP_AT, writes one backup a day at that local
 *    time (and, at start, the one owed if the server was down then), keeping
 *    the newest BACKUP_KEEP.
 * Snapshots run one at a time. A failed backup is logged, never fatal.
 */

const state = globalThis as unknown as { __ledgerlyBackups?: Promise<void> };

let queue: Promise<unknown> = Promise.resolve();

/** Runs `fn` after every backup already asked for. */
function serialised<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/** A backup file's bytes, and how long it took: writes wait only during `paused_ms`. */
async function serverBackup(): Promise<{ bytes: Buffer; timings: Record<string, number> }> {
  const driver = await getDriver();
  if (!driver.snapshot) throw new Error('this server does not use the embedded database');
  const started = Date.now();
  const snapshot = await driver.snapshot();
  const copied = Date.now();
  const bytes = await encodeBackup(snapshot, 'server');
  return { bytes, timings: { paused_ms: snapshot.pausedMs, snapshot_ms: copied - started, compress_ms: Date.now() - copied } };
}

async function scheduledBackup(dir: string, keep: number): Promise<void> {
  const started = Date.now();
  try {
    const { bytes, timings } = await serialised(serverBackup);
    const { manifest } = decodeBackup(bytes);
    const { file, pruned } = saveBackupInDir(bytes, manifest, dir, keep);
    log.info('backup.written', { file, bytes: bytes.length, ms: Date.now() - started, ...timings, pruned, scheduled: true });
  } catch (error) {
    log.error('backup.failed', { dir, error, scheduled: true });
  }
}

function scheduleDaily(dir: string, at: TimeOfDay, keep: number): void {
  const arm = () => {
    const next = nextRunAt(new Date(), at);
    const timer = setTimeout(
      () => {
        void scheduledBackup(dir, keep).finally(arm);
      },
      Math.max(1000, next.getTime() - Date.now()),
    );
    timer.unref();
  };
  const newest = listBackups(dir)[0]?.takenAt ?? null;
  if (backupOwed(new Date(), at, newest)) void scheduledBackup(dir, keep).finally(arm);
  else arm();
}

async function start(): Promise<void> {
  const config = env();
  if (config.DATABASE_URL) return; // PostgreSQL: pg_dump (README → Operations)
  try {
    const channel = await listenForBackups(
      config.DATA_DIR,
      () => {
        const started = Date.now();
        return serialised(serverBackup).then(({ bytes, timings }) => {
          log.info('backup.sent', { bytes: bytes.length, ms: Date.now() - started, ...timings });
          return bytes;
        });
      },
      (error) => log.error('backup.failed', { error, scheduled: false }),
    );
    log.info('backup.listening', { socket: channel.socket });
  } catch (error) {
    // the server runs on; `npm run backup` says it gets no answer
    log.error('backup.channel_unavailable', { error });
  }
  if (config.BACKUP_DIR && config.BACKUP_AT) {
    const at = parseTimeOfDay(config.BACKUP_AT);
    scheduleDaily(config.BACKUP_DIR, at, config.BACKUP_KEEP);
    log.info('backup.scheduled', { dir: config.BACKUP_DIR, at: config.BACKUP_AT, keep: config.BACKUP_KEEP });
  }
}

/** Starts the server's backup service once per process. */
export function startBackupService(): Promise<void> {
  state.__ledgerlyBackups ??= start();
  return state.__ledgerlyBackups;
}
