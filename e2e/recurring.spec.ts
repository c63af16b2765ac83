import { expect, screenshot, test } from './fixtures';

test.describe('credit notes and recurring invoices', () => {
  test('credit part of an invoice from its page: one of two items, the balance falls by it', async ({ page, signIn }, testInfo) => {
    const device = testInfo.project.name;
    await signIn();
    const contact = await page.request.post('/api/contacts', {
      data: { first_name: 'Nadia', last_name: 'Credit', email: 'nadia@example.com' },
    });
    expect(contact.status()).toBe(201);
    const created = await page.request.post('/api/invoices', {
      data: {
        contact_id: (await contact.json()).data.id,
        status: 'sent',
        items: [
          { description: 'Chairs', quantity: 2, unit_price: '150.00' },
          { description: 'Delivery', quantity: 1, unit_price: '40.00' },
        ],
      },
    });
    expect(created.status()).toBe(201);
    const invoice = (await created.json()).data;

    await page.goto(`/invoices/${invoice.id}`);
    await expect(page.getByTestId('balance-due')).toHaveText('$340.00');
    await expect(page.getByTestId('creditable-amount')).toHaveText('Left to credit: $340.00');
    await page.getByRole('button', { name: 'Credit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Credit ${invoice.invoice_number}` });
    await expect(dialog).toContainText('Left to credit: $340.00');
    // an amount shows what stays to credit as it is typed
    await dialog.getByLabel('Amount to credit (USD)').fill('40');
    await expect(dialog.getByText('Left to credit afterwards: $300.00')).toBeVisible();
    // but this time: one of the two chairs
    await dialog.getByLabel('Items', { exact: true }).check();
    await dialog.getByLabel(/^Chairs \(2 of 2 left/).fill('1');
    await dialog.getByLabel('Reason (optional)').fill('One chair returned');
    await screenshot(page, `credit-note-dialog-${device}`);
    await dialog.getByRole('button', { name: 'Issue credit note' }).click();

    await expect(dialog).toBeHidden();
    const notes = page.getByRole('list', { name: 'Credit notes' });
    await expect(notes).toContainText('CN-0001');
    await expect(notes).toContainText('One chair returned');
    await expect(page.getByTestId('credited-amount')).toHaveText('$150.00');
    await expect(page.getByTestId('balance-due')).toHaveText('$190.00');
    await expect(page.getByTestId('creditable-amount')).toHaveText('Left to credit: $190.00');
    await screenshot(page, `invoice-credited-${device}`);
  });

  test('create a monthly recurring invoice on the 31st and see its next dates, then pause it', async ({ page, signIn }, testInfo) => {
    const device = testInfo.project.name;
    await signIn();
    const contact = await page.request.post('/api/contacts', { data: { first_name: 'Otto', last_name: 'Monthly' } });
    expect(contact.status()).toBe(201);

    await page.goto('/recurring');
    await expect(page.getByRole('heading', { name: 'Recurring invoices', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'New recurring invoice' }).click();
    await expect(page.getByRole('heading', { name: 'New recurring invoice', level: 1 })).toBeVisible();
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Otto Monthly' });
    await page.getByLabel('Frequency', { exact: true }).selectOption('monthly');
    await page.getByLabel('First invoice on').fill('2099-01-31');
    await page.getByLabel('Ends', { exact: true }).selectOption('after');
    await page.getByLabel('Number of invoices').fill('12');
    await page.getByLabel('Description', { exact: true }).fill('Monthly retainer');
    await page.getByLabel('Quantity', { exact: true }).fill('1');
    await page.getByLabel('Unit price', { exact: true }).fill('1200.00');
    await page.getByLabel('Tax %').fill('19');
    await screenshot(page, `recurring-new-${device}`);
    await page.getByRole('button', { name: 'Create recurring invoice' }).click();

    await expect(page.getByRole('heading', { name: 'Otto Monthly', level: 1 })).toBeVisible();
    const dates = page.getByRole('list', { name: 'Next dates' }).getByRole('listitem');
    await expect(dates).toHaveText(['Jan 31, 2099', 'Feb 28, 2099', 'Mar 31, 2099', 'Apr 30, 2099', 'May 31, 2099']);
    await expect(page.getByText('Monthly from Jan 31, 2099 · ends after 12 invoices · left as drafts')).toBeVisible();
    await screenshot(page, `recurring-detail-${device}`);

    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByText('Paused: nothing is made until it is resumed.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeVisible();

    await page.goto('/recurring');
    await expect(page.getByRole('table', { name: 'Recurring invoices' })).toContainText('Otto Monthly');
    await expect(page.getByRole('table', { name: 'Recurring invoices' })).toContainText('Paused');
  });
});
