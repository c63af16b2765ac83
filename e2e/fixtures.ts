import { test as base, expect, type Page } from '@playwright/test';

/**
 * Fixtures: `signIn` signs a new person in through the API (no clicking
 * through the form), and every test fails on a browser console error or an
 * uncaught page error.
 */
export const test = base.extend<{ signIn: (email?: string) => Promise<{ email: string }>; consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'browser console errors').toEqual([]);
    },
    { auto: true },
  ],
  signIn: async ({ page }, use) => {
    await use(async (email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`) => {
      const response = await page.request.post('/api/local-auth/sign-in', {
        data: { email, first_name: 'Robin', last_name: 'Example' },
      });
      expect(response.status()).toBe(200);
      return { email };
    });
  },
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<void> {
  // nothing may overflow sideways (a phone would scroll horizontally)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${name}`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
