import { test as base, expect, type Page } from '@playwright/test';
import { importPKCS8, SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { screenshot } from './fixtures';

/**
 * The same build started in Clerk mode (see playwright.config.ts), offline.
 * Clerk's frontend script is served by Clerk's Frontend API, which cannot be
 * reached here: requests to it are refused, so the pages show what they show
 * until that script has loaded (Clerk's mount points with our fallbacks).
 * Those refusals are the only browser errors allowed; any other fails a test.
 * Sessions come from tokens signed with the instance's key, set as the cookies
 * Clerk sets, and are verified by the server exactly as Clerk's would be.
 */

const origin = process.env.E2E_CLERK_ORIGIN!;
const frontendApi = process.env.E2E_CLERK_FRONTEND_API!;

/**
 * The browser's report of a request refused below: only requests to Clerk's
 * Frontend API are refused with this code (anything else failing would show
 * another one).
 */
const OFFLINE_CLERK = [/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/];

const test = base.extend<{ errors: string[]; clerkRequests: string[] }>({
  clerkRequests: async ({}, use) => use([]),
  errors: [
    async ({ page, clerkRequests }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route(`https://${frontendApi}/**`, (route) => {
        clerkRequests.push(route.request().url());
        return route.abort('internetdisconnected');
      });
      await use(errors);
      const unexpected = errors.filter((e) => !OFFLINE_CLERK.some((re) => re.test(e)));
      expect(unexpected, 'browser errors other than the unreachable Clerk Frontend API').toEqual([]);
    },
    { auto: true },
  ],
});

async function signInWithClerkToken(page: Page, identity: { email: string; first_name: string; last_name: string }) {
  const key = await importPKCS8(process.env.E2E_CLERK_PRIVATE_KEY!, 'RS256');
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ azp: origin, sid: `sess_e2e_${randomBytes(6).toString('hex')}`, v: 2, ...identity })
    .setProtectedHeader({ alg: 'RS256', kid: 'ins_e2e', typ: 'JWT' })
    .setSubject(`user_e2e${randomBytes(8).toString('hex')}`)
    .setIssuer(`https://${frontendApi}`)
    .setIssuedAt(now - 5)
    .setNotBefore(now - 10)
    .setExpirationTime(now + 600)
    .sign(key);
  const cookie = { domain: 'localhost', path: '/', sameSite: 'Lax' as const };
  await page.context().addCookies([
    { ...cookie, name: '__session', value: token, httpOnly: true },
    { ...cookie, name: '__client_uat', value: String(now - 5) },
    { ...cookie, name: '__clerk_db_jwt', value: 'e2e', httpOnly: true },
  ]);
}

/** A browser Clerk's development instance has seen (otherwise page loads go through Clerk's handshake first). */
async function knownBrowser(page: Page) {
  await page.context().addCookies([{ name: '__clerk_db_jwt', value: 'e2e', domain: 'localhost', path: '/', httpOnly: true }]);
}

test.describe('Clerk mode', () => {
  test("shows Clerk's sign-in, loaded with the key the server runs with, and no local form", async ({ page, clerkRequests }, testInfo) => {
    await knownBrowser(page);
    const response = await page.goto('/sign-in');
    const html = (await response!.text()).match(/<script[^>]*data-clerk-js-script[^>]*>/)?.[0] ?? '';
    expect(html).toContain(`data-clerk-publishable-key="pk_test_${Buffer.from(`${frontendApi}$`).toString('base64')}"`);
    const mount = page.getByTestId('clerk-sign-in');
    await expect(mount).toBeVisible();
    // the browser asks the Frontend API encoded in that key for Clerk's script…
    await expect.poll(() => clerkRequests.some((url) => url.startsWith(`https://${frontendApi}/npm/@clerk/clerk-js@`))).toBe(true);
    // …which never arrives offline: the fallback stays in the mount point
    await expect(mount.getByRole('status')).toHaveText('Loading sign-in…');
    await expect(page.getByLabel('Email')).toHaveCount(0);
    await screenshot(page, `clerk-sign-in-${testInfo.project.name}`);

    await page.goto('/sign-up');
    await expect(page.getByTestId('clerk-sign-up').getByRole('status')).toHaveText('Loading sign-up…');
  });

  test('sends a signed-out visitor from a protected page to sign-in', async ({ page }) => {
    await knownBrowser(page);
    await page.goto('/profile');
    await expect(page).toHaveURL(/\/sign-in\?redirect_url=%2Fprofile$/);
    await expect(page.getByTestId('clerk-sign-in')).toBeVisible();
  });

  test('shows a signed-in person their profile, from the session token, with the account menu', async ({ page }, testInfo) => {
    await signInWithClerkToken(page, { email: 'grace@navy.example', first_name: 'Grace', last_name: 'Hopper' });
    await page.goto('/');
    await expect(page).toHaveURL(/\/dashboard$/);
    const phone = testInfo.project.name.endsWith('phone');
    if (phone) {
      await page.getByRole('button', { name: 'Open menu' }).click();
      await page.getByRole('dialog', { name: 'Menu' }).getByRole('link', { name: 'Profile' }).click();
    } else {
      await page.getByRole('link', { name: 'Profile' }).click();
    }
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByTestId('profile-name')).toHaveText('Grace Hopper');
    await expect(page.getByTestId('profile-email')).toHaveText('grace@navy.example');
    await expect(page.getByText('Signed in with Clerk')).toBeVisible();
    // Clerk's account menu, showing the person's initials until Clerk's script has loaded
    await expect(page.getByTestId('clerk-user-button').filter({ visible: true })).toHaveText('GH');
    // no local sign-out button: signing out is Clerk's
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await expect(page.getByText('Manage account → Security → Delete account')).toBeVisible();
    await screenshot(page, `clerk-profile-${testInfo.project.name}`);
  });
});
