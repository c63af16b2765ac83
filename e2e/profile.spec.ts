import { expect, screenshot, test } from './fixtures';

test.describe('profile (development sign-in)', () => {
  test('development sign-in is marked as such, and no Clerk code is loaded', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    await page.goto('/sign-in');
    await expect(page.getByLabel('Email')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByTestId('dev-sign-in-banner')).toContainText('Anyone on this computer can sign in as anyone');
    await expect(page.locator('script[data-clerk-js-script]')).toHaveCount(0);
    expect(await page.evaluate(() => 'Clerk' in window)).toBe(false);
    // not even Clerk's React SDK: only the names of the lazy wrappers appear in the scripts
    expect(scripts.length).toBeGreaterThan(0);
    for (const js of scripts) expect(js).not.toContain('ClerkNextOptionsCtx');
    // development sign-in needs no sign-up
    await page.goto('/sign-up');
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('shows who is signed in and saves the business settings', async ({ page, signIn }, testInfo) => {
    const { email } = await signIn();
    // the activity shows one entry per change: make enough of them for an older page
    for (let i = 1; i <= 15; i += 1) {
      expect((await page.request.post('/api/tasks', { data: { title: `Follow-up ${i}` } })).status()).toBe(201);
    }
    await page.goto('/contacts');
    const phone = testInfo.project.name === 'phone';
    if (phone) {
      await page.getByRole('button', { name: 'Open menu' }).click();
      await page.getByRole('dialog', { name: 'Menu' }).getByRole('link', { name: 'Profile' }).click();
    } else {
      await page.getByRole('link', { name: 'Profile' }).click();
    }
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { name: 'Profile', level: 1 })).toBeVisible();
    await expect(page.getByTestId('profile-name')).toHaveText('Robin Example');
    await expect(page.getByTestId('profile-email')).toHaveText(email);
    await expect(page.getByText(/^Development sign-in · member since/)).toBeVisible();

    const form = page.getByRole('form', { name: 'Business settings' });
    await form.getByLabel('Business name').fill('Example Design Studio');
    await form.getByLabel('Business address').fill('12 Harbour Street\nBristol BS1 4RN\nUnited Kingdom');
    await form.getByLabel('Tax / VAT ID').fill('GB123456789');
    await form.getByLabel('Default currency').selectOption('GBP');
    await form.getByLabel('Invoice prefix').fill('EDS-');
    await form.getByLabel('Payment terms (days)').fill('30');
    await form.getByLabel('Time zone').selectOption('Europe/London');
    await form.getByLabel('Locale').fill('en-GB');
    // the example follows the fields as they are typed; the number is the real next one (the demo account has five)
    await expect(form.getByText('EDS-0006')).toBeVisible();
    await expect(form.getByText('£1,234.50')).toBeVisible();
    await expect(form.getByText('30 days after issue')).toBeVisible();
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved');

    // a value the server refuses is named next to its field, and nothing is saved
    await form.getByLabel('Locale').fill('not a locale');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(form.getByText('must be a BCP 47 locale such as en-US or de-DE')).toBeVisible();
    await expect(form.getByLabel('Locale')).toHaveAttribute('aria-invalid', 'true');

    await page.reload();
    await expect(form.getByLabel('Business name')).toHaveValue('Example Design Studio');
    await expect(form.getByLabel('Default currency')).toHaveValue('GBP');
    await expect(form.getByLabel('Time zone')).toHaveValue('Europe/London');
    await expect(form.getByLabel('Locale')).toHaveValue('en-GB');
    await expect(form.getByLabel('Payment terms (days)')).toHaveValue('30');

    // the change is in the account's activity, newest first, with before and after; older entries page
    const activity = page.getByRole('list', { name: 'Activity, newest first' });
    const latest = activity.locator(':scope > li').first();
    await expect(latest).toContainText('Changed your settings');
    await expect(latest).toContainText('Set the business name to “Example Design Studio”');
    await expect(latest).toContainText('Changed the default currency from USD to GBP');
    await expect(latest).not.toContainText('_');
    await expect(latest).toContainText('You ·');
    await page.getByRole('link', { name: 'Older activity' }).click();
    await expect(page).toHaveURL(/activity=/);
    await expect(activity.locator(':scope > li').first()).not.toContainText('Changed your settings');
    await page.getByRole('link', { name: 'Newest' }).click();
    await expect(activity.locator(':scope > li').first()).toContainText('Changed your settings');
    // a reload keeps the scroll position; the full-page picture starts at the top
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `profile-${testInfo.project.name}`);
  });
});
