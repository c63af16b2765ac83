import { expect, screenshot, test } from './fixtures';

test.describe('time tracking', () => {
  test('a timer that follows you across pages, reloads and tabs, and stops from anywhere', async ({ page, signIn }, testInfo) => {
    // the timer sits in the sidebar; on a phone it is in the menu sheet (the same control)
    test.skip(testInfo.project.name === 'phone', 'the sidebar timer is a desktop layout');
    const device = testInfo.project.name;
    await signIn();

    // start a timer from the dashboard
    await page.goto('/dashboard');
    const startForm = page.getByRole('form', { name: 'Timer' });
    await startForm.getByLabel('What are you working on?').fill('Brand workshop');
    await startForm.getByRole('button', { name: 'Start the timer' }).click();
    const running = page.getByRole('region', { name: 'Timer' });
    await expect(running).toContainText('Brand workshop');
    await expect(running.getByTestId('timer-elapsed')).toHaveText(/^0:00:0\d$/);

    // it is still running on another page, after a reload, and in a second tab (read from the server)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
    await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timer' })).toContainText('Brand workshop');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Timer' })).toContainText('Brand workshop');
    const second = await page.context().newPage();
    await second.goto('/tasks');
    await expect(second.getByRole('region', { name: 'Timer' })).toContainText('Brand workshop');
    await second.close();
    await screenshot(page, `time-timer-running-${device}`);

    // stop it
    await page.getByRole('button', { name: 'Stop the timer for Brand workshop' }).click();
    await expect(page.getByText('Timer stopped')).toBeVisible();
    await expect(page.getByRole('form', { name: 'Timer' })).toBeVisible();

    await page.goto('/time');
    await expect(page.getByRole('table', { name: 'Time entries' })).toContainText('Brand workshop');
  });

  test('a timesheet entry, the week’s totals, and the time billed as an invoice', async ({ page, signIn }, testInfo) => {
    const device = testInfo.project.name;
    await signIn();
    await page.goto('/time');
    // log an hour and a half for a client by hand
    await expect(page.getByRole('heading', { name: 'Time', level: 1 })).toBeVisible();
    await expect(page.getByText('No time this week')).toBeVisible();
    await page.getByRole('button', { name: 'Log time' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log time' });
    await dialog.getByLabel('What did you work on?').fill('Menu design');
    await dialog.getByLabel('Client').selectOption({ label: 'Grace Whitfield' });
    await dialog.getByLabel('Start').fill('09:00');
    await dialog.getByLabel('How long').fill('1:30');
    await dialog.getByLabel('Hourly rate (optional)').fill('80');
    await dialog.getByRole('button', { name: 'Log time' }).click();
    await expect(dialog).toBeHidden();
    const entries = page.getByRole('table', { name: 'Time entries' });
    await expect(entries).toContainText('Menu design');
    await expect(page.getByTestId('week-total')).toHaveText('1:30');
    await expect(page.getByRole('table', { name: 'Hours per client and day' })).toContainText('Grace Whitfield');
    await screenshot(page, `time-timesheet-${device}`);

    // bill the time: one draft invoice with the hour and a half at 80.00
    const unbilled = page.getByRole('list', { name: 'Unbilled time per client' });
    await expect(unbilled).toContainText('Grace Whitfield');
    await unbilled.getByRole('button', { name: 'Bill 1:30 h of time for Grace Whitfield' }).click();
    await expect(page).toHaveURL(/\/invoices\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('invoice-status')).toHaveText('Draft');
    await expect(page.getByTestId('invoice-balance')).toHaveText('$120.00');
    await expect(page.getByText('Menu design').first()).toBeVisible();
    await screenshot(page, `time-billed-invoice-${device}`);

    // the entry is now billed and locked: no edit or delete, a link to its invoice
    await page.goto('/time');
    const row = page.getByRole('table', { name: 'Time entries' }).getByRole('row').filter({ hasText: 'Menu design' });
    await expect(row.getByRole('link', { name: 'Billed' })).toBeVisible();
    await expect(row.getByRole('button', { name: /Delete/ })).toHaveCount(0);
  });
});
