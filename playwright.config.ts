import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/system-deps.mjs';

/**
 * Playwright against the built app (`next start`) on PGlite in a fresh data
 * directory, in Chromium: Playwright's own download when present (a laptop
 * where Playwright fetched its browser), otherwise the system's (Debian `chromium`).
 */
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-e2e-'));
// a port per checkout, so that two checkouts on one machine do not collide
process.env.E2E_PORT ??= String(3300 + ([...process.cwd()].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 2000));
const port = Number(process.env.E2E_PORT);

// The same build, a second time in Clerk mode, with a Clerk instance of our own:
// a generated RSA key (its public half is the JWT key; specs sign session tokens
// with the private half) and a test publishable key whose Frontend API is never
// reached. Kept in the environment so that Playwright's workers share them.
if (!process.env.E2E_CLERK_PRIVATE_KEY) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  process.env.E2E_CLERK_PRIVATE_KEY = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  process.env.E2E_CLERK_PUBLIC_KEY = publicKey.export({ type: 'spki', format: 'pem' }).toString();
}
process.env.E2E_CLERK_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-e2e-clerk-'));
const clerkPort = port + 1;
const clerkOrigin = `http://localhost:${clerkPort}`;
const clerkFrontendApi = 'ledgerly-e2e.clerk.accounts.dev';
process.env.E2E_CLERK_ORIGIN = clerkOrigin;
process.env.E2E_CLERK_FRONTEND_API = clerkFrontendApi;
// and a third time with local accounts (email + password), as `npm start` runs without Clerk keys
const accountsPort = port + 2;
const accountsOrigin = `http://localhost:${accountsPort}`;
process.env.E2E_ACCOUNTS_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerly-e2e-accounts-'));
/** `next start` on `serverPort` (as `npm start` runs it), with the settings of one mode. */
function server(serverPort: number, env: Record<string, string | undefined>) {
  return {
    command: `node node_modules/next/dist/bin/next start -p ${serverPort}`,
    url: `http://localhost:${serverPort}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_MANUAL_SIG_HANDLE: 'true',
      RATE_LIMIT_PER_MINUTE: '100000',
      LOG_LEVEL: 'warn',
      ...env,
    } as Record<string, string>,
  };
}

const base = chromiumLaunchOptions();
const launchOptions = { ...base, args: [...base.args, '--disable-quic'] };

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // a failed test keeps its trace (every action with the page's DOM, network and console) and a screenshot;
    // without the trace's screencast, whose frames cost the runner about half again as much CPU (docs/decisions/0221)
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    // local mode (no Clerk keys)
    {
      name: 'desktop',
      testIgnore: /clerk-mode|local-accounts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    { name: 'phone', testIgnore: /clerk-mode|local-accounts/, use: { ...devices['Pixel 7'], launchOptions } },
    // Clerk mode, the same build
    {
      name: 'clerk-desktop',
      testMatch: /clerk-mode/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: clerkOrigin, launchOptions },
    },
    { name: 'clerk-phone', testMatch: /clerk-mode/, use: { ...devices['Pixel 7'], baseURL: clerkOrigin, launchOptions } },
    // local accounts (npm start without Clerk keys), the same build
    {
      name: 'accounts-desktop',
      testMatch: /local-accounts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: accountsOrigin, launchOptions },
    },
  ],
  webServer: [
    // development sign-in (fixtures sign in by email); invoices are "sent" to the
    // outbox folder (production refuses it unless chosen)
    // webhooks to a receiver the spec runs on 127.0.0.1 (e2e/webhooks.spec.ts), polled often
    server(port, {
      DATA_DIR: process.env.E2E_DATA_DIR,
      DEMO_DATA: 'true',
      AUTH_MODE: 'dev',
      EMAIL_TRANSPORT: 'outbox',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_POLL_MS: '300',
    }),
    server(clerkPort, {
      DATA_DIR: process.env.E2E_CLERK_DATA_DIR,
      AUTH_MODE: '',
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: `pk_test_${Buffer.from(`${clerkFrontendApi}$`).toString('base64')}`,
      CLERK_SECRET_KEY: 'sk_test_e2eLedgerlyNotARealKey0000000000',
      CLERK_JWT_KEY: process.env.E2E_CLERK_PUBLIC_KEY!,
      APP_URL: clerkOrigin,
      CLERK_TELEMETRY_DISABLED: '1',
    }),
    // local accounts; reset links go to the outbox folder, where the spec reads them
    server(accountsPort, { DATA_DIR: process.env.E2E_ACCOUNTS_DATA_DIR, AUTH_MODE: '', EMAIL_TRANSPORT: 'outbox' }),
  ],
});
