import { newestOutboxMessage } from '../tests/helpers/outbox';
import { expect, screenshot, test } from './fixtures';

/**
 * Local accounts, as `npm start` runs without Clerk keys: the owner creates the
 * first account, signs out and in with the password, changes it, resets it by
 * the emailed link; then sign-up is closed.
 */

const email = 'owner@studio.example';
const first = 'correct horse battery staple';
const second = 'a second long passphrase';
const third = 'and a third one after the reset';

/** The reset link in the newest message of this server's outbox folder. */
async function resetLinkFromOutbox(): Promise<string> {
  const { text } = await newestOutboxMessage(process.env.E2E_ACCOUNTS_DATA_DIR!);
  const link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(text)?.[0];
  if (!link) throw new Error('no reset link in the outbox');
  return link;
}

/** The browser logs each refused request (a wrong password, a weak one): expected here. */
function dropExpectedRefusals(errors: string[]): void {
  errors.splice(0, errors.length, ...errors.filter((e) => !/status of 40[01]/.test(e)));
}

test.describe.serial('local accounts', () => {
  test('the owner creates the first account, signs out and back in', async ({ page, consoleErrors }) => {
    await page.goto('/sign-in');
    await expect(page.getByTestId('dev-sign-in-banner')).toHaveCount(0);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await expect(page).toHaveURL(/\/sign-up$/);
    await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
    await page.getByLabel('First name').fill('Olive');
    await page.getByLabel('Last name').fill('Owner');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('too short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('Password must be at least 10 characters')).toBeVisible();
    await page.getByLabel('Password').fill(first);
    await screenshot(page, 'accounts-sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/sign-in\?redirect_url=%2Fdashboard$/);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('The email or password is not right.')).toBeVisible();
    await page.getByLabel('Password').fill(first);
    await screenshot(page, 'accounts-sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    dropExpectedRefusals(consoleErrors);
  });

  test('the owner changes the password on the profile and sees where they are signed in', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(first);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto('/profile');
    await expect(page.getByText(/^Email and password · member since/)).toBeVisible();
    await expect(page.getByTestId('sessions')).toContainText('This browser');
    await page.getByLabel('Current password').fill(first);
    await page.getByLabel('New password').fill(second);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status')).toContainText('Password changed.');
    await screenshot(page, 'accounts-profile');
    // this browser stays signed in
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
  });

  test('a forgotten password is reset by the emailed link, and sign-up is closed', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await expect(page.getByRole('status')).toContainText('If an account uses this email');
    await page.goto(await resetLinkFromOutbox());
    await page.getByLabel('New password').fill(third);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByRole('status')).toContainText('Your password has been changed');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(third);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    // signed in; leave the dashboard (its sections are still streaming) before dropping the session,
    // or its requests in flight are answered 401 and may redirect the next navigation
    await page.goto('about:blank');
    await page.context().clearCookies();
    await page.goto('/sign-up');
    await expect(page.getByRole('heading', { name: 'Sign-up is closed' })).toBeVisible();
    await screenshot(page, 'accounts-sign-up-closed');
  });
});
