import { expect, screenshot, test } from './fixtures';

test.describe('API documentation', () => {
  test('is reached from the navigation, searchable, and shows an operation in full', async ({ page, signIn }, testInfo) => {
    await signIn();
    await page.goto('/dashboard');
    const phone = testInfo.project.name === 'phone';
    if (phone) {
      await page.getByRole('button', { name: 'Open menu' }).click();
      await page.getByRole('dialog', { name: 'Menu' }).getByRole('link', { name: 'API docs' }).click();
    } else {
      await page.getByRole('link', { name: 'API docs' }).click();
    }
    await expect(page).toHaveURL(/\/docs\/api$/);
    await expect(page.getByRole('heading', { name: 'API documentation', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: '/api/openapi.json' })).toHaveAttribute('href', '/api/openapi.json');
    await expect(page.getByRole('heading', { name: 'Contacts', level: 2 })).toBeVisible();

    const search = page.getByLabel('Search operations');
    await search.fill('payments POST');
    const operations = page.getByTestId('api-operation');
    await expect(operations).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Contacts', level: 2 })).toHaveCount(0);
    const payment = operations.first();
    await expect(payment).toContainText('/api/invoices/{id}/payments');
    await expect(payment).toContainText('Record a payment on an invoice.');

    // opens with the keyboard, like every disclosure
    await payment.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(payment.getByRole('heading', { name: /Request body/ })).toBeVisible();
    await expect(payment).toContainText('amount');
    await expect(payment).toContainText('An exact amount as a decimal string');
    await expect(payment).toContainText('member');
    await expect(payment.getByText('201', { exact: true })).toBeVisible();
    await screenshot(page, `api-docs-${testInfo.project.name}`);

    await search.fill('no such operation at all');
    await expect(operations).toHaveCount(0);
    await expect(page.getByText('No operation matches')).toBeVisible();
  });
});
