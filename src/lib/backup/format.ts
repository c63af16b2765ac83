import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { z } from 'zod';
import type { PgliteSnapshot } from '@/lib/db/snapshot';

/**
 * A backup file of the embedded database (docs/decisions/0095-backups.md):
 *
 *   LEDGERLY-BACKUP 1\n          magic and format version
 *   {"format":1,...}\n           the manifest, one line of JSON
 *   <gzip of a tar>              PGlite's data directory (dumpDataDir)
 *
 * The manifest says what made it and when, which migrations the copy has
 * (so restore can refuse a schema newer than its code), and the payload's
 * length and SHA-256 (so a truncated or altered file is refused, not opened).
 */

export const BACKUP_MAGIC = 'LEDGERLY-BACKUP';
export const BACKUP_FORMAT = 1;
/** the magic line and the manifest are never longer than this */
const MAX_HEADER_BYTES = 1024 * 1024;

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  app: z.literal('ledgerly'),
  database: z.literal('pglite'),
  created_at: z.iso.datetime(),
  /** the newest applied migration (null: none) */
  schema_version: z.string().nullable(),
  /** every applied migration: version → checksum of its file */
  migrations: z.record(z.string(), z.string()),
  /** PostgreSQL inside PGlite, e.g. "17.5" */
  postgres_version: z.string(),
  /** `server`: taken by the running server; `offline`: by the command, no server running */
  taken_by: z.enum(['server', 'offline']),
  payload: z.object({
    encoding: z.literal('tar+gzip'),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

/** Why a backup or a restore cannot be done, in one sentence the commands print as it is. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

function newestVersion(migrations: Record<string, string>): string | null {
  return Object.keys(migrations).sort().at(-1) ?? null;
}

/** The bytes of a backup file for a snapshot (compression runs off the main thread). */
export async function encodeBackup(snapshot: PgliteSnapshot, takenBy: BackupManifest['taken_by']): Promise<Buffer> {
  // level 1: a data directory compresses nearly as well as at 6 (mostly empty
  // pages and WAL), in a quarter of the time. Large chunks: each one is a trip
  // through the event loop, which a busy server answers slowly (16 KB chunks
  // made a 220 MB copy take 38 s under load instead of about 1).
  const payload = await gzip(snapshot.tar, { level: 1, chunkSize: 4 * 1024 * 1024 });
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    app: 'ledgerly',
    database: 'pglite',
    created_at: snapshot.takenAt.toISOString(),
    schema_version: newestVersion(snapshot.migrations),
    migrations: snapshot.migrations,
    postgres_version: snapshot.serverVersion,
    taken_by: takenBy,
    payload: { encoding: 'tar+gzip', bytes: payload.length, sha256: createHash('sha256').update(payload).digest('hex') },
  };
  return Buffer.concat([Buffer.from(`${BACKUP_MAGIC} ${BACKUP_FORMAT}\n${JSON.stringify(manifest)}\n`, 'utf8'), payload]);
}

/**
 * Reads a backup file's header and checks its payload. Throws BackupError
 * for anything that is not a whole backup of a format this code reads.
 */
export function decodeBackup(bytes: Buffer, name = 'The file'): { manifest: BackupManifest; payload: Buffer } {
  const notBackup = () => new BackupError(`${name} is not a Ledgerly backup (made by npm run backup).`);
  const firstNewline = bytes.indexOf(0x0a);
  if (firstNewline < 0 || firstNewline > 64) throw notBackup();
  const magic = /^LEDGERLY-BACKUP (\d+)$/.exec(bytes.subarray(0, firstNewline).toString('latin1'));
  if (!magic) throw notBackup();
  const format = Number(magic[1]);
  if (format > BACKUP_FORMAT) {
    throw new BackupError(
      `${name} is a backup in format ${format}, made by a newer version of Ledgerly (this one reads format ${BACKUP_FORMAT}): restore it with that version or a later one.`,
    );
  }
  const secondNewline = bytes.indexOf(0x0a, firstNewline + 1);
  if (secondNewline < 0 || secondNewline > MAX_HEADER_BYTES)
    throw new BackupError(`${name} is a damaged Ledgerly backup (its header is incomplete).`);
  let manifest: BackupManifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(bytes.subarray(firstNewline + 1, secondNewline).toString('utf8')));
  } catch {
    throw new BackupError(`${name} is a damaged Ledgerly backup (its header cannot be read).`);
  }
  const payload = bytes.subarray(secondNewline + 1);
  if (payload.length !== manifest.payload.bytes) {
    throw new BackupError(
      `${name} is an incomplete Ledgerly backup (${payload.length} of ${manifest.payload.bytes} bytes of data): it was cut short while being copied or written.`,
    );
  }
  if (createHash('sha256').update(payload).digest('hex') !== manifest.payload.sha256) {
    throw new BackupError(`${name} is a damaged Ledgerly backup (its data does not match its checksum).`);
  }
  return { manifest, payload };
}

/** The data directory tarball inside a decoded backup. */
export async function backupTar(payload: Buffer): Promise<Buffer> {
  return gunzip(payload, { chunkSize: 4 * 1024 * 1024 });
}

/**
 * Why this code cannot restore a backup with these migrations, or null: every
 * migration the backup has must be one of this code's, with the same checksum
 * (the code may have more: they are applied when the server starts).
 */
export function schemaProblem(
  manifest: Pick<BackupManifest, 'migrations' | 'schema_version'>,
  known: readonly { version: string; name: string; checksum: string }[],
  name = 'The backup',
): string | null {
  const byVersion = new Map(known.map((m) => [m.version, m]));
  const newest = known.at(-1)?.version ?? 'none';
  const unknown = Object.keys(manifest.migrations)
    .sort()
    .filter((v) => !byVersion.has(v));
  if (unknown.length > 0) {
    return (
      `${name} comes from a newer version of Ledgerly (its database has migration ${unknown.at(-1)}, ` +
      `this code knows migrations up to ${newest}): restore it with that version or a later one.`
    );
  }
  for (const [version, checksum] of Object.entries(manifest.migrations)) {
    const file = byVersion.get(version)!;
    if (file.checksum !== checksum) {
      return `${name} was made by a different version of Ledgerly (its migration ${file.name} differs from this code's): restore it with the version that made it.`;
    }
  }
  return null;
}

/** Migrations of this code that the backup lacks (applied when the server starts on it). */
export function pendingMigrations(
  manifest: Pick<BackupManifest, 'migrations'>,
  known: readonly { version: string; name: string }[],
): string[] {
  return known.filter((m) => !(m.version in manifest.migrations)).map((m) => m.name);
}
