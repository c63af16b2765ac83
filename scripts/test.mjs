// `npm test`: everything the project checks, in order, with a summary.
// Installs what the tests need first (a Chromium, PostgreSQL server binaries
// and redis-server, from Debian's packages when missing).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureSystemDeps } from './system-deps.mjs';

// The first API shard: the role matrix, the fuzzer, and the files that start servers of their own (restarts, kill -9,
// backups, webhook receivers); the second shard runs every other file. Balanced by the last full runs' file times
// (docs/decisions/0218): 514 s against 580 s before the webhooks moved (26 s).
const SLOW_API = [
  'tests/api/isolation-roles.test.ts',
  'tests/api/fuzz.test.ts',
  'tests/api/operations.test.ts',
  'tests/api/backup.test.ts',
  'tests/api/crash.test.ts',
  'tests/api/webhooks.test.ts',
];

const steps = [
  // Two lanes on the two cores, the lint in one, the types and then the build in the other: together they take
  // the time of the longer (docs/decisions/0212). The types are checked once, with the route types `next typegen`
  // writes, so the build that follows does not check them a second time (docs/decisions/0227).
  [
    'lint, typecheck and build',
    {
      lint: ['npm', 'run', '--silent', 'lint'],
      'typecheck, build': [
        ['npx', 'next', 'typegen'],
        ['npx', 'tsc', '--noEmit'],
        ['env', 'LEDGERLY_TYPES_CHECKED=1', 'npx', 'next', 'build'],
      ],
    },
  ],
  // one worker per core: Vitest's default leaves one core to its main process, which here mostly waits (docs/decisions/0212)
  ['unit tests', ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'integration', '--maxWorkers=100%']],
  // one worker per core here too: each file has its own databases on the one server (docs/decisions/0220)
  ['database tests (RLS on PostgreSQL and PGlite)', ['npx', 'vitest', 'run', '--project', 'db', '--maxWorkers=100%']],
  // two shards at once, each with its own pair of apps: SLOW_API beside everything else (docs/decisions/0146)
  [
    'API tests (PGlite and PostgreSQL)',
    {
      matrix: ['npx', 'vitest', 'run', '--project', 'api', ...SLOW_API],
      rest: ['npx', 'vitest', 'run', '--project', 'api', ...SLOW_API.flatMap((f) => ['--exclude', f])],
    },
  ],
  ['browser tests (Playwright, Chromium)', ['npx', 'playwright', 'test']],
  ['security report (docs/security.md)', ['node', 'scripts/security-report.mjs']],
];

const only = process.argv.slice(2);

// Every temporary file of the run (apps' DATA_DIRs, PostgreSQL clusters,
// rendered PDFs, browser profiles) goes under one directory that is removed
// when the run ends, however it ends; a run killed before that leaves its
// directory to the next run, which removes it once its process is gone.
const tmpBase = os.tmpdir();
for (const name of fs.readdirSync(tmpBase).filter((n) => n.startsWith('ledgerly-run-'))) {
  const dir = path.join(tmpBase, name);
  let alive = false;
  try {
    alive = process.kill(Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8')), 0);
  } catch {
    alive = false; // no pid file, or no such process
  }
  if (!alive) fs.rmSync(dir, { recursive: true, force: true });
}
const runTmp = fs.mkdtempSync(path.join(tmpBase, 'ledgerly-run-'));
// sticky and world-writable like /tmp: the PostgreSQL clusters run as `postgres`
fs.chmodSync(runTmp, 0o1777);
fs.writeFileSync(path.join(runTmp, 'pid'), String(process.pid));
process.on('exit', () => fs.rmSync(runTmp, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));

const env = {
  ...process.env,
  TMPDIR: runTmp,
  NEXT_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR,
};

const started = Date.now();

/** The machine's CPU time so far, busy and total, from /proc/stat (Linux; null elsewhere). */
function cpuTimes() {
  try {
    const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const ticks = fields.map(Number);
    const idle = ticks[3] + (ticks[4] ?? 0); // idle + iowait
    const total = ticks.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** How busy the machine's cores were between two readings, in percent (what a step leaves idle could run another). */
const busyPercent = (from, to) =>
  from && to && to.total > from.total ? Math.round((100 * (to.busy - from.busy)) / (to.total - from.total)) : null;

function run([cmd, ...args]) {
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
}

/** Runs lanes at once, each a command or commands one after another, each line of their output prefixed with the lane's name; true when all pass. */
function runTogether(lanes) {
  return Promise.all(
    Object.entries(lanes).map(async ([label, lane]) => {
      const commands = Array.isArray(lane[0]) ? lane : [lane];
      for (const command of commands) if (!(await runLabelled(label, command))) return false;
      return true;
    }),
  ).then((all) => all.every(Boolean));
}

/** Runs one command, each line of its output prefixed with `label`; true when it passes. */
function runLabelled(label, [cmd, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = '';
      stream.on('data', (chunk) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) out.write(`[${label}] ${line}\n`);
      });
      stream.on('end', () => rest && out.write(`[${label}] ${rest}\n`));
    }
    child.on('close', (code) => {
      console.log(`[test] ${label}: ${[cmd, ...args].join(' ')} ${code === 0 ? 'passed' : `failed (exit ${code})`}`);
      resolve(code === 0);
    });
  });
}
const results = [];
try {
  const found = ensureSystemDeps();
  console.log(
    `[test] chromium: ${found.chromium}\n[test] postgres: ${found.pgBin}\n[test] redis: ${found.redis}\n[test] pdftoppm: ${found.pdftoppm}`,
  );
} catch (error) {
  console.error(`[test] ${error.message}`);
  process.exit(1);
}

for (const [name, command] of steps) {
  // `npm test -- build` runs the step whose name or one of whose lanes' names has a word starting with "build"
  const words = [name, ...(Array.isArray(command) ? [] : Object.keys(command))].flatMap((n) => n.toLowerCase().split(/[^a-z]+/));
  if (only.length && !only.some((o) => words.some((w) => w && w.startsWith(o.toLowerCase())))) continue;
  console.log(`\n[test] ── ${name} ──`);
  const t0 = Date.now();
  const cpu0 = cpuTimes();
  const ok = Array.isArray(command) ? run(command) : await runTogether(command);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  results.push([name, ok, seconds, busyPercent(cpu0, cpuTimes())]);
  if (!ok) break;
}

console.log('\n[test] summary');
for (const [name, ok, seconds, busy] of results)
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds} s${busy === null ? '' : `, cores ${busy} % busy`})`);
console.log(`  total ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(results.every(([, ok]) => ok) && results.length > 0 ? 0 : 1);
