// Finds (and, when allowed, installs) the system programs the tests need:
// a Chromium for Playwright, PostgreSQL server binaries, redis-server, and
// poppler's pdftoppm/pdftotext (the invoice PDF tests render pages to PNG).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function which(cmd) {
  const result = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** Playwright's own browser if it was downloaded (a normal laptop), else a system Chromium. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), '.cache', 'ms-playwright');
  if (fs.existsSync(cache)) {
    for (const dir of fs
      .readdirSync(cache)
      .filter((d) => d.startsWith('chromium'))
      .sort()
      .reverse()) {
      for (const rel of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium']) {
        const candidate = path.join(cache, dir, rel);
        if (fs.existsSync(candidate)) return candidate;
      }
    }
  }
  for (const cmd of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = which(cmd);
    if (found) return found;
  }
  return null;
}

/** How every headless Chromium here is launched (tests and benchmarks): the found browser and the same flags. */
export function chromiumLaunchOptions() {
  return {
    executablePath: findChromium() ?? undefined,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}

export function findPgBin() {
  const candidates = [];
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // no pg_config
  }
  for (const root of ['/usr/lib/postgresql', '/usr/local/lib/postgresql']) {
    if (!fs.existsSync(root)) continue;
    for (const v of fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(root, v, 'bin'));
  }
  return candidates.find((d) => fs.existsSync(path.join(d, 'initdb')) && fs.existsSync(path.join(d, 'postgres'))) ?? null;
}

function aptInstall(packages) {
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : which('sudo') ? ['sudo', '-n'] : null;
  if (!which('apt-get') || sudo === null) return false;
  const run = (args) => {
    const [cmd, ...rest] = [...sudo, ...args];
    const result = spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return result.status === 0;
  };
  console.log(`[setup] installing with apt-get: ${packages.join(' ')}`);
  return run(['apt-get', 'update', '-qq']) && run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
}

export function findRedis() {
  return process.env.REDIS_SERVER_PATH && fs.existsSync(process.env.REDIS_SERVER_PATH)
    ? process.env.REDIS_SERVER_PATH
    : which('redis-server');
}

/** Makes sure the test prerequisites exist; returns their paths. Throws with instructions if it cannot. */
export function ensureSystemDeps({ chromium = true, postgres = true, redis = true, poppler = true } = {}) {
  const missing = [];
  if (chromium && !findChromium()) missing.push('chromium');
  if (postgres && !findPgBin()) missing.push('postgresql');
  if (redis && !findRedis()) missing.push('redis-server');
  if (poppler && !(which('pdftoppm') && which('pdftotext'))) missing.push('poppler-utils');
  if (missing.length > 0 && !aptInstall(missing)) {
    throw new Error(
      `Missing system packages: ${missing.join(', ')}. Install them (Debian/Ubuntu: apt-get install -y ${missing.join(' ')}; ` +
        'on a machine with internet access, Playwright can also download its own Chromium with its `install chromium` command).',
    );
  }
  const result = {
    chromium: chromium ? findChromium() : null,
    pgBin: postgres ? findPgBin() : null,
    redis: redis ? findRedis() : null,
    pdftoppm: poppler ? which('pdftoppm') : null,
  };
  if (chromium && !result.chromium) throw new Error('Chromium is still missing after installing it.');
  if (redis && !result.redis) throw new Error('redis-server is still missing after installing it.');
  if (poppler && !result.pdftoppm) throw new Error('pdftoppm (poppler-utils) is still missing after installing it.');
  if (postgres && !result.pgBin) throw new Error('PostgreSQL server binaries are still missing after installing them.');
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = ensureSystemDeps();
  console.log(
    `[setup] chromium: ${found.chromium}\n[setup] postgres: ${found.pgBin}\n[setup] redis: ${found.redis}\n[setup] pdftoppm: ${found.pdftoppm}`,
  );
}
