import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Starts a throwaway PostgreSQL server (Debian's server binaries, or any
 * found on PATH) in a temp directory on a loopback port. As root it runs as
 * the `postgres` user. Used by the test suites and the benchmark.
 */

export interface PgServer {
  /** superuser URL (migrations, fixtures) */
  adminUrl: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
  /** stops the server but keeps its data (fault tests) */
  pause(): Promise<void>;
  /** starts it again on the same port and data */
  resume(): Promise<void>;
}

export function findPgBinDir(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN_DIR) candidates.push(process.env.PG_BIN_DIR);
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // no pg_config
  }
  for (const root of ['/usr/lib/postgresql', '/usr/local/lib/postgresql', '/opt/homebrew/opt']) {
    if (!fs.existsSync(root)) continue;
    const versions = fs
      .readdirSync(root)
      .filter((v) => /^\d+$/.test(v) || v.startsWith('postgresql'))
      .sort((a, b) => Number(b.replace(/\D/g, '')) - Number(a.replace(/\D/g, '')));
    for (const v of versions) candidates.push(path.join(root, v, 'bin'));
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) candidates.push(dir);
  return candidates.find((dir) => dir && fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'postgres'))) ?? null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function asPgUser(cmd: string, args: string[]): [string, string[]] {
  return isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`PostgreSQL did not accept connections on ${port} within ${timeoutMs} ms`);
}

/**
 * `tls`: the server also accepts TLS (a self-signed certificate made with `openssl`,
 * as a hosted PostgreSQL requires it); plain connections keep working.
 */
export async function startPostgres(options: { port?: number; tls?: boolean } = {}): Promise<PgServer> {
  const bin = findPgBinDir();
  if (!bin) {
    throw new Error("PostgreSQL server binaries not found: run `npm run setup:system` (installs Debian's postgresql).");
  }
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-pg-'));
  const dataDir = path.join(base, 'data');
  const socketDir = path.join(base, 'sock');
  fs.mkdirSync(socketDir);
  if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', base]);
  const [initCmd, initArgs] = asPgUser(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  execFileSync(initCmd, initArgs, { stdio: 'ignore' });
  if (options.tls) {
    const [crt, key] = [path.join(dataDir, 'server.crt'), path.join(dataDir, 'server.key')];
    execFileSync(
      'openssl',
      ['req', '-new', '-x509', '-days', '2', '-nodes', '-subj', '/CN=127.0.0.1', '-newkey', 'rsa:2048', '-keyout', key, '-out', crt],
      {
        stdio: 'ignore',
      },
    );
    fs.chmodSync(key, 0o600);
    if (isRoot) execFileSync('chown', ['postgres:postgres', crt, key]);
  }
  const port = options.port ?? (await freePort());
  const logFile = path.join(base, 'postgres.log');
  if (isRoot) {
    fs.writeFileSync(logFile, '');
    execFileSync('chown', ['postgres:postgres', logFile]);
  }
  const pgCtl = (...args: string[]) => {
    const [cmd, cmdArgs] = asPgUser(path.join(bin, 'pg_ctl'), ['-D', dataDir, ...args]);
    try {
      execFileSync(cmd, cmdArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const logText = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
      throw new Error(`pg_ctl ${args.join(' ')} failed: ${(error as Error).message}\n${logText}`);
    }
  };
  const serverOptions = [
    `-p ${port}`,
    `-k ${socketDir}`,
    '-h 127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
    '-c shared_buffers=256MB',
    ...(options.tls ? ['-c ssl=on'] : []),
  ].join(' ');
  let running = false;
  const start = async () => {
    pgCtl('-o', serverOptions, '-l', logFile, '-w', '-t', '30', 'start');
    running = true;
    await waitForPort(port, 15_000);
  };
  const halt = async () => {
    if (!running) return;
    running = false;
    pgCtl('-m', 'fast', '-w', '-t', '30', 'stop');
  };
  // never leave a server behind, even when the test run is interrupted
  const onExit = () => {
    if (!running) return;
    try {
      const [cmd, cmdArgs] = asPgUser(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']);
      execFileSync(cmd, cmdArgs, { stdio: 'ignore' });
    } catch {
      // already stopped
    }
  };
  process.once('exit', onExit);

  await start();
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    pause: halt,
    resume: start,
    stop: async () => {
      await halt();
      process.removeListener('exit', onExit);
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}
