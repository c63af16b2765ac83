// `npm test`: everything the project checks, in order, with a summary.
// Installs what the tests need first (a Chromium, PostgreSQL server binaries
// and redis-server, from Debian's packages when missing).
import { spawnSync } from 'node:child_process';
import { ensureSystemDeps } from './system-deps.mjs';

const steps = [
  ['lint', ['npm', 'run', '--silent', 'lint']],
  ['typecheck', ['npx', 'tsc', '--noEmit']],
  ['unit tests', ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'integration']],
  ['build', ['npx', 'next', 'build']],
  ['database tests (RLS on PostgreSQL and PGlite)', ['npx', 'vitest', 'run', '--project', 'db']],
  ['API tests (PGlite and PostgreSQL)', ['npx', 'vitest', 'run', '--project', 'api']],
  ['browser tests (Playwright, Chromium)', ['npx', 'playwright', 'test']],
  ['security report (docs/security.md)', ['node', 'scripts/security-report.mjs']],
];

const only = process.argv.slice(2);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR };

const started = Date.now();
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

for (const [name, [cmd, ...args]] of steps) {
  if (only.length && !only.some((o) => name.toLowerCase().startsWith(o.toLowerCase()))) continue;
  console.log(`\n[test] ── ${name} ──`);
  const t0 = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  results.push([name, result.status === 0, seconds]);
  if (result.status !== 0) break;
}

console.log('\n[test] summary');
for (const [name, ok, seconds] of results) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
console.log(`  total ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(results.every(([, ok]) => ok) && results.length > 0 ? 0 : 1);
