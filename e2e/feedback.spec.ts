import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

/**
 * Feedback and speed of hand, on desktop and phone: the skip link, the
 * command palette (Ctrl-K / ⌘-K or the search button), toasts with Undo, a
 * dialog that asks before throwing input away, and an assistant button that
 * never floats over the page.
 */

/** The toasts (Sonner's region, outside <main>). */
const toasts = (page: Page) => page.getByRole('region', { name: /^Notifications/ });

test.describe('feedback and speed of hand', () => {
  test('the skip link is the first thing Tab reaches and moves to the page', async ({ page, signIn }) => {
    await signIn();
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).not.toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the palette finds a contact by phone number, an invoice by number, and opens actions', async ({ page, signIn }, testInfo) => {
    await signIn();
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();

    // the keyboard shortcut (again if the page was not yet interactive); the search field has the focus
    const palette = page.getByRole('dialog', { name: 'Search or jump to' });
    await expect(async () => {
      if (!(await palette.isVisible())) await page.keyboard.press('ControlOrMeta+k');
      await expect(palette).toBeVisible({ timeout: 1000 });
    }).toPass();
    const input = palette.getByRole('combobox');
    await expect(input).toBeFocused();
    // before typing: actions and pages
    const results = palette.getByRole('listbox');
    await expect(results.getByRole('option', { name: 'New invoice', exact: true })).toBeVisible();
    await expect(results.getByRole('option', { name: 'Profile', exact: true })).toBeVisible();

    // a phone number as it is written on a business card (demo data: Amara Okafor, +44 20 7946 0321)
    await input.fill('7946 0321');
    const amara = results.getByRole('option', { name: /Amara Okafor/ });
    await expect(amara).toBeVisible();
    await expect(amara).toContainText('+44 20 7946 0321');
    await expect(amara).toHaveAttribute('aria-selected', 'true');
    await screenshot(page, `palette-phone-search-${testInfo.project.name}`);
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: 'Amara Okafor' })).toBeVisible();

    // the visible button, then an invoice by its number, chosen with the arrow keys
    await page.getByRole('button', { name: 'Search or jump to…' }).click();
    await expect(palette).toBeVisible();
    await input.fill('INV-0002');
    const invoice = results.getByRole('option', { name: /Invoice INV-0002/ });
    await expect(invoice).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(invoice).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'INV-0002', level: 1 })).toBeVisible();

    // an action: "New contact" opens the contacts page with its dialog open
    await page.keyboard.press('ControlOrMeta+k');
    await input.fill('new contact');
    await results.getByRole('option', { name: 'New contact', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/\/contacts$/);

    // Escape closes the palette and nothing else
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await page.keyboard.press('ControlOrMeta+k');
    await expect(palette).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();
  });

  test('a dialog with unsaved input asks before closing; an untouched one just closes', async ({ page, signIn }, testInfo) => {
    await signIn();
    await page.goto('/contacts');
    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('First name').fill('Margaret');
    await dialog.getByLabel('Phone').fill('+1 617 555 0100');

    // Escape asks first; keeping on editing keeps what was typed
    await page.keyboard.press('Escape');
    const ask = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await expect(ask).toBeVisible();
    await screenshot(page, `discard-changes-${testInfo.project.name}`);
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await expect(ask).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('First name')).toHaveValue('Margaret');

    // the close button asks too; a click outside as well; Discard closes the dialog
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await page.mouse.click(4, 4);
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Discard' }).click();
    await expect(ask).toBeHidden();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('contacts-total')).toHaveText('8 contacts');

    // opened again: empty, so Escape closes it without a question
    await page.getByRole('button', { name: 'New contact' }).click();
    await expect(dialog.getByLabel('First name')).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);

    // a save says so
    await page.getByRole('button', { name: 'New contact' }).click();
    await dialog.getByLabel('First name').fill('Margaret');
    await dialog.getByLabel('Last name').fill('Hamilton');
    await dialog.getByRole('button', { name: 'Create contact' }).click();
    await expect(dialog).toBeHidden();
    await expect(toasts(page)).toContainText('Margaret Hamilton added to your contacts');
    await expect(page.getByTestId('contacts-total')).toHaveText('9 contacts');
  });

  test('marking a task done says so, and Undo brings it back', async ({ page, signIn }, testInfo) => {
    await signIn();
    await page.goto('/tasks');
    const row = page.getByTestId('task-row').filter({ hasText: 'Schedule the quarterly review call' });
    await expect(row).toHaveCount(1);
    await row.getByRole('checkbox', { name: 'Mark “Schedule the quarterly review call” done' }).click();
    // the open list no longer shows it; the toast is its trace
    await expect(row).toHaveCount(0);
    const done = toasts(page).getByRole('listitem').filter({ hasText: 'Task marked done' });
    await expect(done).toContainText('Schedule the quarterly review call');
    await screenshot(page, `task-done-toast-${testInfo.project.name}`);
    await done.getByRole('button', { name: 'Undo' }).click();
    await expect(toasts(page)).toContainText('Task back to “To do”');
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('checkbox')).toHaveAttribute('aria-checked', 'false');
    // and the server agrees
    const open = (await (await page.request.get('/api/tasks?status=pending&q=quarterly%20review')).json()).data;
    expect(open.map((t: { title: string }) => t.title)).toEqual(['Schedule the quarterly review call']);
  });

  test('the assistant is reached from the navigation and nothing floats over the page', async ({ page, signIn }, testInfo) => {
    await signIn();
    for (const path of ['/dashboard', '/invoices/new', '/transactions']) {
      await page.goto(path);
      await expect(page.locator('main h1').first()).toBeVisible();
      const open = page.getByRole('button', { name: 'Open the assistant' });
      await expect(open).toBeVisible();
      expect(await open.evaluate((el) => Boolean(el.closest('aside, header')))).toBe(true);
      // nothing fixed on screen but the toasts (the skip link waits above the top edge)
      const floating = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => getComputedStyle(el).position === 'fixed' && !el.closest('[data-sonner-toaster]'))
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
          })
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      expect(floating, path).toEqual([]);
    }
    await screenshot(page, `no-floating-button-${testInfo.project.name}`);
    await page.getByRole('button', { name: 'Open the assistant' }).click();
    await expect(page.getByRole('dialog', { name: 'Assistant' })).toBeVisible();
  });

  test('/sign-up under development sign-in answers with a redirect, not a blank page', async ({ page }) => {
    const response = await page.request.get('/sign-up', { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(new URL(response.headers().location!, 'http://localhost').pathname).toBe('/sign-in');
  });
});
