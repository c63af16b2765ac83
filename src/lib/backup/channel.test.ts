import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupSocketPath, type BackupChannel, ChannelUnavailableError, listenForBackups, requestBackup, socketAddress } from './channel';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-chan-'));
const open: BackupChannel[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.close();
});

describe('the backup channel', () => {
  it('hands the backup over a socket only its owner can reach', async () => {
    const dataDir = tmp();
    const body = Buffer.alloc(3 * 1024 * 1024 + 7, 7);
    let calls = 0;
    open.push(
      await listenForBackups(dataDir, async () => {
        calls += 1;
        return body;
      }),
    );
    const socket = backupSocketPath(dataDir);
    expect(fs.statSync(path.dirname(socket)).mode & 0o777).toBe(0o700);
    expect(fs.statSync(socket).isSocket()).toBe(true);
    expect(fs.statSync(socket).mode & 0o777).toBe(0o600);
    const [a, b] = await Promise.all([requestBackup(dataDir), requestBackup(dataDir)]);
    expect(a.equals(body)).toBe(true);
    expect(b.equals(body)).toBe(true);
    expect(calls).toBe(2);
  });

  it("passes the server's failure on, and answers nothing but a backup request", async () => {
    const dataDir = tmp();
    const errors: unknown[] = [];
    open.push(
      await listenForBackups(
        dataDir,
        async () => {
          throw new Error('disk on fire');
        },
        (error) => errors.push(error),
      ),
    );
    await expect(requestBackup(dataDir)).rejects.toThrow('The server could not make the backup: disk on fire');
    expect(errors).toHaveLength(1);
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      const conn = net.createConnection(socketAddress(backupSocketPath(dataDir)));
      conn.on('connect', () => conn.write('{"op":"drop tables"}\n'));
      conn.on('data', (d) => (text += d.toString()));
      conn.on('close', () => resolve(text));
    });
    expect(JSON.parse(answer)).toEqual({ ok: false, error: 'unknown request (expected {"op":"backup"})' });
  });

  it("says when nothing listens, and replaces a dead server's socket", async () => {
    const dataDir = tmp();
    await expect(requestBackup(dataDir)).rejects.toBeInstanceOf(ChannelUnavailableError);
    // what a server killed with -9 leaves behind (a clean close removes its socket)
    fs.mkdirSync(path.dirname(backupSocketPath(dataDir)), { recursive: true });
    fs.writeFileSync(backupSocketPath(dataDir), '');
    await expect(requestBackup(dataDir)).rejects.toBeInstanceOf(ChannelUnavailableError);
    open.push(await listenForBackups(dataDir, async () => Buffer.from('two')));
    expect((await requestBackup(dataDir)).toString()).toBe('two');
  });

  it('names the socket by the shorter of its absolute and relative paths, and refuses one too long', () => {
    expect(socketAddress('/srv/app/.data/run/backup.sock', '/srv/app')).toBe('.data/run/backup.sock');
    expect(socketAddress('/tmp/x/run/backup.sock', '/srv/app/deep/down/here')).toBe('/tmp/x/run/backup.sock');
    const long = `/${'d'.repeat(120)}/run/backup.sock`;
    expect(() => socketAddress(long, '/elsewhere')).toThrow(/longer than 103 bytes .* use a shorter DATA_DIR/);
  });
});
