import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * How `npm run backup` asks the running server for a backup: a Unix domain
 * socket at DATA_DIR/run/backup.sock, in a directory only the server's user
 * may enter (0700; the socket itself 0600). Nothing listens on the network
 * and there is no secret to leak: whoever may connect can already read
 * DATA_DIR. The server sends the backup file's bytes back; the command writes
 * them (so the server never writes to a path a request names).
 *
 * Protocol: the client sends one line of JSON, `{"op":"backup"}`; the server
 * answers one line, `{"ok":true,"bytes":N}` followed by N bytes, or
 * `{"ok":false,"error":"…"}`, and closes.
 */

/** The socket's path under a data directory. */
export function backupSocketPath(dataDir: string): string {
  return path.join(dataDir, 'run', 'backup.sock');
}

/** Unix socket paths are limited to 107 bytes on Linux and 103 on macOS. */
const MAX_SOCKET_PATH = 103;
const MAX_REQUEST_BYTES = 1024;
const REQUEST_TIMEOUT_MS = 10_000;

export class ChannelUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChannelUnavailableError';
  }
}

/**
 * The shortest way to name `socket` for bind/connect: its absolute path, or
 * its path relative to the working directory. Throws when both are too long.
 */
export function socketAddress(socket: string, cwd = process.cwd()): string {
  const absolute = path.resolve(cwd, socket);
  const relative = path.relative(cwd, absolute);
  const shortest = relative.length < absolute.length ? relative : absolute;
  if (Buffer.byteLength(shortest) > MAX_SOCKET_PATH) {
    throw new ChannelUnavailableError(
      `The backup socket's path ${absolute} is longer than ${MAX_SOCKET_PATH} bytes (a limit of Unix sockets): use a shorter DATA_DIR.`,
    );
  }
  return shortest;
}

export interface BackupChannel {
  socket: string;
  close(): Promise<void>;
}

/**
 * Listens for backup requests; `produce` makes the backup file's bytes (the
 * caller serialises it). The server does not keep the process alive.
 */
export async function listenForBackups(
  dataDir: string,
  produce: () => Promise<Buffer>,
  onError: (error: unknown) => void = () => {},
): Promise<BackupChannel> {
  const socket = backupSocketPath(dataDir);
  const dir = path.dirname(socket);
  fs.mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(/*turbopackIgnore: true*/ dir, 0o700);
  // the caller holds the data directory's lock: a socket left here is a dead server's
  fs.rmSync(/*turbopackIgnore: true*/ socket, { force: true });
  const address = socketAddress(socket);

  const server = net.createServer((conn) => {
    let request = '';
    let answered = false;
    conn.setTimeout(REQUEST_TIMEOUT_MS, () => conn.destroy());
    conn.on('error', () => conn.destroy());
    const answer = (head: Record<string, unknown>, body?: Buffer) => {
      answered = true;
      conn.setTimeout(0);
      if (conn.destroyed) return;
      conn.write(`${JSON.stringify(head)}\n`);
      if (body) conn.end(body);
      else conn.end();
    };
    conn.on('data', (chunk: Buffer) => {
      if (answered) return;
      request += chunk.toString('utf8');
      const newline = request.indexOf('\n');
      if (newline < 0) {
        if (request.length > MAX_REQUEST_BYTES) answer({ ok: false, error: 'request too long' });
        return;
      }
      let op: unknown;
      try {
        op = (JSON.parse(request.slice(0, newline)) as { op?: unknown }).op;
      } catch {
        op = undefined;
      }
      if (op !== 'backup') {
        answer({ ok: false, error: 'unknown request (expected {"op":"backup"})' });
        return;
      }
      answered = true;
      conn.setTimeout(0);
      produce().then(
        (bytes) => answer({ ok: true, bytes: bytes.length }, bytes),
        (error: unknown) => {
          onError(error);
          answer({ ok: false, error: error instanceof Error ? error.message : String(error) });
        },
      );
    });
  });
  server.maxConnections = 8;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  fs.chmodSync(/*turbopackIgnore: true*/ socket, 0o600);
  server.unref();
  const cleanup = () => {
    try {
      fs.rmSync(/*turbopackIgnore: true*/ socket, { force: true });
    } catch {
      // already gone
    }
  };
  process.once('exit', cleanup);
  return {
    socket,
    close: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', cleanup);
        server.close(() => resolve());
        cleanup();
      }),
  };
}

/**
 * Asks the server holding `dataDir` for a backup and returns the file's bytes.
 * Throws ChannelUnavailableError when nothing listens (no server, or one that
 * is still starting), Error with the server's sentence when the backup failed.
 */
export async function requestBackup(dataDir: string, options: { timeoutMs?: number } = {}): Promise<Buffer> {
  const socket = backupSocketPath(dataDir);
  const address = socketAddress(socket);
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  return new Promise<Buffer>((resolve, reject) => {
    const conn = net.createConnection(address);
    let settled = false;
    const finish = (error: Error | null, bytes?: Buffer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      conn.destroy();
      if (error) reject(error);
      else resolve(bytes!);
    };
    const timer = setTimeout(
      () => finish(new Error(`The server did not send the backup within ${Math.round(timeoutMs / 1000)} s.`)),
      timeoutMs,
    );
    const chunks: Buffer[] = [];
    let received = 0;
    let expected: number | null = null;
    let head = Buffer.alloc(0);
    conn.once('connect', () => conn.write(`${JSON.stringify({ op: 'backup' })}\n`));
    conn.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') {
        finish(new ChannelUnavailableError(`Nothing answers on ${socket}.`));
      } else {
        finish(new Error(`The backup socket ${socket} failed: ${error.message}`));
      }
    });
    conn.on('data', (chunk: Buffer) => {
      if (expected === null) {
        head = Buffer.concat([head, chunk]);
        const newline = head.indexOf(0x0a);
        if (newline < 0) {
          if (head.length > 64 * 1024) finish(new Error('The server sent an unreadable answer.'));
          return;
        }
        let answer: { ok?: boolean; bytes?: number; error?: string };
        try {
          answer = JSON.parse(head.subarray(0, newline).toString('utf8')) as typeof answer;
        } catch {
          finish(new Error('The server sent an unreadable answer.'));
          return;
        }
        if (!answer.ok || typeof answer.bytes !== 'number') {
          finish(new Error(`The server could not make the backup: ${answer.error ?? 'no reason given'}`));
          return;
        }
        expected = answer.bytes;
        chunk = head.subarray(newline + 1);
      }
      chunks.push(chunk);
      received += chunk.length;
      if (received > expected) finish(new Error('The server sent more than it announced.'));
    });
    const ended = () => {
      if (expected !== null && received === expected) finish(null, Buffer.concat(chunks, received));
      else if (expected !== null) finish(new Error(`The connection to the server closed after ${received} of ${expected} bytes.`));
      else finish(new Error('The server closed the connection without an answer.'));
    };
    conn.on('end', ended);
    conn.on('close', ended);
  });
}
