import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedMigratedDataDir } from './pglite-template';
import { freePort } from './postgres';

/**
 * Starts the built app (`next start`, as `npm start` does) on a free loopback
 * port with its own DATA_DIR, and waits until /api/health answers.
 */

export interface AppServer {
  url: string;
  port: number;
  dataDir: string;
  logs(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
  process: ChildProcess;
}

const root = path.resolve(import.meta.dirname, '../..');

export function assertBuilt(): void {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('The app is not built: run `npm run build` first (npm test does).');
  }
}

const created = new Set<string>();

function createdDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-app-'));
  created.add(dir);
  return dir;
}

/**
 * Removes the DATA_DIRs this test file's apps were given (after they stopped);
 * a file's apps are all stopped by its own afterAll, which runs before this
 * (tests/setup/remove-data-dirs.ts).
 */
export function removeCreatedDataDirs(): void {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
  created.clear();
}

export async function startApp(
  env: Record<string, string | undefined> = {},
  options: { dataDir?: string; port?: number; waitForHealth?: boolean; launch?: (argv: string[]) => string[] } = {},
): Promise<AppServer> {
  assertBuilt();
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? createdDataDir();
  // a new DATA_DIR starts from a migrated database (./pglite-template.ts); one a test gives keeps what it holds
  if (!options.dataDir && !env.DATABASE_URL) await seedMigratedDataDir(dataDir);
  let output = '';
  // `launch` wraps the command (e.g. under a parent process of the test's choosing)
  const [command, ...args] = (options.launch ?? ((argv) => argv))([
    process.execPath,
    path.join(root, 'node_modules/next/dist/bin/next'),
    'start',
  ]);
  const child = spawn(command!, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // the run's temporary directory (scripts/test.mjs removes it at the end)
      TMPDIR: process.env.TMPDIR,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // as `npm start` runs it: SIGTERM is the app's (src/lib/shutdown.ts)
      NEXT_MANUAL_SIG_HANDLE: 'true',
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      RATE_LIMIT_PER_MINUTE: '100000',
      AI_RATE_LIMIT_PER_MINUTE: '100000',
      LOG_LEVEL: 'warn',
      // the black-box setup: development sign-in (which also keeps mail in the
      // outbox without SMTP_URL); a test that needs another mode overrides it,
      // and one that passes Clerk keys is in Clerk mode (dev refuses them)
      ...(env.CLERK_SECRET_KEY || env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY ? {} : { AUTH_MODE: 'dev' }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const server: AppServer = {
    url,
    port,
    dataDir,
    process: child,
    logs: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill(signal);
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      });
    },
  };
  if (options.waitForHealth === false) return server;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await server.stop('SIGKILL');
  throw new Error(`The app did not become healthy within 60 s:\n${output}`);
}
