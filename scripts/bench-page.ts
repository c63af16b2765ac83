/**
 * The first load of a signed-in page in Chromium, for two or more builds side by side.
 *
 *   npx tsx scripts/bench-page.ts [--scale 0.01] [--rounds 8] [--per-round 5] [--page /dashboard] [--variant NAME=DIR …]
 *
 * Starts its own PostgreSQL, migrates and seeds one database with the bench's accounts at
 * `--scale`, and runs `next start` once for this checkout's build and once per `--variant
 * NAME=DIR` (another checkout with its own `.next`, e.g. the build of the code before a change),
 * all on that one database. The page is then loaded in rounds, interleaved between the builds
 * (each round: `--per-round` loads of each, in turn), so that the machine's other work weighs
 * on every build alike. Per build it prints the scripts the page loaded before its load event
 * (count, bytes, gzipped bytes, the largest), and the medians of the navigation's steps: first
 * byte, first contentful paint, the HTML parsed, the load event (wall-clock, the page's own
 * clock), and the CPU time of the renderer's main thread for the load (Chromium's `ThreadTime`,
 * and `ScriptDuration` in thread time: the part spent running scripts), which the machine's
 * other work inflates far less than the wall-clock steps.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import postgres from 'postgres';
import { type AppServer, removeCreatedDataDirs, startApp } from '../tests/helpers/app';
import { createDatabase } from '../tests/helpers/database';
import { startPostgres } from '../tests/helpers/postgres';
import { seedSql } from './bench-seed';
import { chromiumLaunchOptions } from './system-deps.mjs';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const scale = Number(opt('scale', '0.01'));
const rounds = Number(opt('rounds', '8'));
const perRound = Number(opt('per-round', '5'));
const pagePath = opt('page', '/dashboard');
const builds: [string, string][] = [
  ['this', path.resolve(import.meta.dirname, '..')],
  ...args.flatMap((a, i) => (a === '--variant' ? [args[i + 1]!.split('=') as [string, string]] : [])),
];
const EMAIL = 'owner@bench.example';

interface Step {
  firstByte: number;
  paint: number;
  parsed: number;
  load: number;
  /** the renderer's main thread: CPU time since the navigation, and the part of it running scripts */
  thread: number;
  script: number;
}

interface Target {
  label: string;
  app: AppServer;
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  steps: Step[];
}

async function signIn(app: AppServer, email: string): Promise<string> {
  const res = await fetch(`${app.url}/api/local-auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, first_name: 'Bench', last_name: 'Owner' }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { user: { id: string } } }).data.user.id;
}

/** The scripts of one load of the page (before its load event): url, bytes, gzipped bytes. */
async function scriptsOf(target: Target) {
  const urls = new Map<string, string>();
  const onResponse = (e: { requestId: string; type: string; response: { url: string } }) => {
    if (e.type === 'Script') urls.set(e.requestId, e.response.url);
  };
  await target.cdp.send('Network.enable');
  // the memory cache would hide the scripts of a second load: a load with it off
  await target.cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  target.cdp.on('Network.responseReceived', onResponse);
  await target.page.goto(pagePath, { waitUntil: 'load' });
  target.cdp.off('Network.responseReceived', onResponse);
  const scripts = [];
  for (const [id, url] of urls) {
    const body = await target.cdp.send('Network.getResponseBody', { requestId: id });
    const text = body.base64Encoded ? Buffer.from(body.body, 'base64').toString() : body.body;
    scripts.push({ url: new URL(url).pathname, bytes: Buffer.byteLength(text), gzipped: gzipSync(text).length });
  }
  await target.cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await target.cdp.send('Network.disable');
  return scripts.sort((a, b) => b.bytes - a.bytes);
}

async function measure(target: Target): Promise<Step> {
  const response = await target.page.goto(pagePath, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${target.label}: ${pagePath} answered ${response?.status()}`);
  const timing = await target.page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return { firstByte: nav.responseStart, paint: paint?.startTime ?? NaN, parsed: nav.domInteractive, load: nav.loadEventStart };
  });
  // the renderer's counters start again with each document
  const metrics = Object.fromEntries((await target.cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  return { ...timing, thread: (metrics.ThreadTime ?? NaN) * 1000, script: (metrics.ScriptDuration ?? NaN) * 1000 };
}

const median = (values: number[]) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
};
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

async function main() {
  const pg = await startPostgres();
  const apps: AppServer[] = [];
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const db = await createDatabase(pg.adminUrl, 'benchpage');
    for (const [, dir] of builds) {
      const app = await startApp(
        { DATABASE_URL: db.appUrl, LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '1000000' },
        {
          launch: ([node, next, command]) => [
            node!,
            path.join(dir, path.relative(path.resolve(import.meta.dirname, '..'), next!)),
            command!,
            dir,
          ],
        },
      );
      apps.push(app);
    }
    const owner = await signIn(apps[0]!, EMAIL);
    const small = [];
    for (let i = 0; i < 9; i += 1) small.push(await signIn(apps[0]!, `small${i}@bench.example`));
    const admin = postgres(db.adminUrl, { max: 1, onnotice: () => {} });
    const rows = await seedSql(admin, owner, small, scale);
    await admin.end();
    console.log(
      `seeded (scale ${scale}): ${Object.entries(rows)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );

    const targets: Target[] = [];
    for (const [index, [label]] of builds.entries()) {
      const app = apps[index]!;
      const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 800 } });
      const res = await context.request.post('/api/local-auth/sign-in', {
        data: { email: EMAIL, first_name: 'Bench', last_name: 'Owner' },
      });
      if (res.status() !== 200) throw new Error(`${label}: sign-in for the page failed: ${res.status()}`);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      // the counters in the main thread's CPU time, which the machine's other work inflates far less than wall time
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      targets.push({ label, app, context, page, cdp, steps: [] });
    }
    for (const target of targets) {
      const scripts = await scriptsOf(target);
      const bytes = scripts.reduce((sum, s) => sum + s.bytes, 0);
      const gzipped = scripts.reduce((sum, s) => sum + s.gzipped, 0);
      console.log(`${target.label}: ${scripts.length} scripts before the load event, ${kB(bytes)} (${kB(gzipped)} gzipped)`);
      for (const s of scripts.slice(0, 8)) console.log(`  ${kB(s.bytes).padStart(9)} ${kB(s.gzipped).padStart(9)}  ${s.url}`);
      await measure(target); // warm-up: the scripts in the memory cache, the server's code paths run once
    }
    for (let round = 0; round < rounds; round += 1) {
      for (const target of round % 2 ? [...targets].reverse() : targets) {
        for (let i = 0; i < perRound; i += 1) target.steps.push(await measure(target));
      }
    }
    console.log(`\n${pagePath}, ${rounds} rounds × ${perRound} loads per build, interleaved; medians in ms (the page's own clock)`);
    console.log('build        first byte   first paint   parsed   load event   main thread CPU (scripts)');
    for (const t of targets) {
      const m = (k: keyof Step) => median(t.steps.map((s) => s[k])).toFixed(0);
      console.log(
        `${t.label.padEnd(12)} ${m('firstByte').padStart(10)} ${m('paint').padStart(13)} ${m('parsed').padStart(8)} ${m('load').padStart(12)}   ${m('thread').padStart(15)} (${m('script')})`,
      );
    }
  } finally {
    await browser.close();
    for (const app of apps) await app.stop();
    await pg.stop();
    removeCreatedDataDirs();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
