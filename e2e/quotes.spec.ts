import { expect, screenshot, test } from './fixtures';

test.describe('quotes', () => {
  test('quote a client, send it, the client accepts it through the link without an account, convert it', async ({
    page,
    browser,
    signIn,
  }, testInfo) => {
    const device = testInfo.project.name;
    await signIn();
    // a business name, so that the quote can be emailed
    expect((await page.request.put('/api/auth/user', { data: { business_name: 'Example Design Studio' } })).status()).toBe(200);

    await page.goto('/quotes');
    await expect(page.getByRole('heading', { name: 'Quotes', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'New quote' }).click();
    await expect(page.getByRole('heading', { name: 'New quote' })).toBeVisible();
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Grace Whitfield (Whitfield Bakery)' });
    await page.getByLabel('Description, line 1').fill('Shop sign');
    await page.getByLabel('Quantity, line 1').fill('2');
    await page.getByLabel('Unit price, line 1').fill('300.00');
    await page.getByLabel('Tax rate, line 1').fill('19');
    await expect(page.getByTestId('editor-total')).toHaveText('$714.00');
    await screenshot(page, `quote-editor-${device}`);
    await page.getByRole('button', { name: 'Create quote' }).click();

    await expect(page.getByRole('heading', { name: 'QUO-0001', level: 1 })).toBeVisible();
    await expect(page.getByTestId('quote-status')).toHaveText('Draft');
    await expect(page.getByTestId('quote-total')).toHaveText('$714.00');
    await page.getByRole('button', { name: 'Send quote' }).click();
    await expect(page.getByTestId('quote-status')).toHaveText('Sent');
    // the dashboard counts it among the open quotes
    await page.goto('/dashboard');
    await expect(page.getByTestId('open-quotes')).toContainText('$714.00');
    await expect(page.getByTestId('open-quotes')).toContainText('1 quote');

    // the link the client got by email
    await page.goto('/outbox');
    const message = page.getByRole('list', { name: 'Messages' }).getByRole('listitem').first();
    await expect(message).toContainText('Quote QUO-0001 from Example Design Studio');
    await message.getByText('Quote QUO-0001 from Example Design Studio').click();
    const text = await message.innerText();
    const url = /(https?:\/\/\S+\/p\/[A-Za-z0-9_-]{43})/.exec(text)?.[1];
    expect(url, text).toBeTruthy();

    // the client: a fresh browser, no cookies, no account
    const client = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
    try {
      const clientPage = await client.newPage();
      const response = await clientPage.goto(url!);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['x-robots-tag']).toContain('noindex');
      await expect(clientPage.getByRole('heading', { name: 'Quote QUO-0001' })).toBeVisible();
      await expect(clientPage.getByTestId('client-status')).toHaveText('Awaiting your answer');
      await screenshot(clientPage, `quote-client-page-${device}`);
      await clientPage.getByRole('button', { name: 'Accept quote' }).click();
      await expect(clientPage.getByTestId('client-status')).toHaveText('Accepted');
      await expect(clientPage.getByRole('button', { name: 'Accept quote' })).toHaveCount(0);
      await screenshot(clientPage, `quote-client-accepted-${device}`);
    } finally {
      await client.close();
    }

    // back in the app: accepted, viewed once; convert it into an invoice
    await page.goto('/quotes');
    await page.getByRole('link', { name: 'QUO-0001' }).click();
    await expect(page.getByTestId('quote-status')).toHaveText('Accepted');
    await expect(page.getByTestId('client-views')).toContainText('Viewed by the client 2 times');
    await screenshot(page, `quote-detail-${device}`);
    await page.getByRole('button', { name: 'Convert to invoice' }).click();
    await expect(page.getByRole('heading', { name: /^INV-/, level: 1 })).toBeVisible();
    await expect(page.getByTestId('invoice-status')).toHaveText('Draft');
    await expect(page.getByRole('link', { name: 'Made from a quote' })).toBeVisible();
    await screenshot(page, `quote-converted-invoice-${device}`);
  });
});
