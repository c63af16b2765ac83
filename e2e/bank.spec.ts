import { expect, screenshot, test } from './fixtures';

test.describe('bank statements', () => {
  test('a statement dropped on the page, its payment matched to the invoice with reasons, accepted, and the same file again adds nothing', async ({
    page,
    signIn,
  }, testInfo) => {
    const device = testInfo.project.name;
    await signIn();
    // an open invoice of a client (through the API: the invoice pages have their own specs)
    const contact = await page.request.post('/api/contacts', {
      data: { first_name: 'Nadia', last_name: 'Okafor', company: 'Okafor Design' },
    });
    expect(contact.status()).toBe(201);
    const created = await page.request.post('/api/invoices', {
      data: {
        contact_id: (await contact.json()).data.id,
        status: 'sent',
        issue_date: '2026-11-20',
        items: [{ description: 'Brand identity', quantity: 1, unit_price: '1200.00' }],
      },
    });
    expect(created.status()).toBe(201);
    const invoice = (await created.json()).data as { id: string; invoice_number: string; currency: string };

    await page.goto('/bank');
    await expect(page.getByRole('heading', { name: 'Bank', level: 1 })).toBeVisible();
    const form = page.getByRole('form', { name: 'Add a bank account' });
    await form.getByLabel('Account name').fill('Business checking');
    await form.getByLabel('Currency').fill(invoice.currency);
    await form.getByLabel('IBAN (optional)').fill('DE89 3704 0044 0532 0130 00');
    await form.getByRole('button', { name: 'Add account' }).click();
    await expect(page.getByRole('list', { name: 'Bank accounts' })).toContainText('Business checking');
    await expect(page.getByRole('list', { name: 'Bank accounts' })).toContainText('•••• 3000');

    // drop last month's statement: a German bank's CSV
    const csv = [
      'Buchungstag;Betrag;Verwendungszweck;Auftraggeber',
      `01.12.2026;1.200,00;Rechnung ${invoice.invoice_number};OKAFOR DESIGN`,
      '02.12.2026;-45,90;Büromaterial;Papier AG',
    ].join('\r\n');
    const file = { name: 'statement.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`, 'latin1') };
    await page.getByLabel('Statement file').setInputFiles(file);
    const preview = page.getByLabel('CSV preview');
    await expect(preview.getByRole('table')).toContainText('Verwendungszweck');
    await expect(preview.getByRole('table')).toContainText('1.200,00');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByTestId('import-result')).toHaveText('2 lines: 2 new, 0 already imported, 1 with a suggested invoice.');

    // the suggestion, with its reasons
    await expect(page.getByTestId('count-suggested')).toHaveText('(1)');
    const line = page.getByTestId('bank-line').filter({ hasText: invoice.invoice_number });
    const suggestion = line.getByTestId('suggestion');
    await expect(suggestion).toContainText(`invoice ${invoice.invoice_number}`);
    await expect(suggestion.getByRole('list', { name: 'Reasons' }).getByRole('listitem').first()).toBeVisible();
    await screenshot(page, `bank-suggested-${device}`);

    // accept it: the payment is recorded on the invoice
    await line.getByRole('button', { name: 'Accept' }).click();
    await expect(page.getByText('Payment recorded on the invoice')).toBeVisible();
    await expect(page.getByTestId('count-matched')).toHaveText('(1)');
    await page.goto(`/invoices/${invoice.id}`);
    await expect(page.getByTestId('invoice-status')).toContainText(/paid/i);
    await expect(page.getByTestId('bank-lines')).toContainText('OKAFOR DESIGN');

    // the same file again: nothing new
    await page.goto('/bank');
    await page.getByLabel('Statement file').setInputFiles(file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByTestId('import-result')).toHaveText('2 lines: 0 new, 2 already imported, 0 with a suggested invoice.');
    await page.getByRole('link', { name: /^Matched/ }).click();
    await expect(page.getByTestId('bank-line')).toHaveCount(1);
    await expect(page.getByTestId('bank-line')).toContainText(`Paid invoice ${invoice.invoice_number}`);
    await screenshot(page, `bank-matched-${device}`);

    // undo from the keyboard: the invoice is open again
    await page.getByTestId('bank-line').first().click();
    await page.keyboard.press('u');
    await expect(page.getByText('Match undone')).toBeVisible();
    await expect(page.getByTestId('count-matched')).toHaveText('(0)');
  });

  test('automatic acceptance per account and a category rule, set on the page', async ({ page, signIn }) => {
    await signIn();
    const account = await page.request.post('/api/bank-accounts', { data: { name: 'Savings', currency: 'EUR' } });
    expect(account.status()).toBe(201);
    await page.goto('/bank');

    const auto = page.getByRole('checkbox', { name: 'Accept sure matches automatically' });
    await expect(auto).not.toBeChecked();
    await auto.check();
    await expect(page.getByText('Sure matches on Savings are now accepted on import')).toBeVisible();
    await page.getByLabel('Confidence from which matches on Savings are accepted').selectOption('0.99');
    await expect(page.getByText('Threshold saved')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Accept sure matches automatically' })).toBeChecked();
    await expect(page.getByLabel('Confidence from which matches on Savings are accepted')).toHaveValue('0.99');
    const saved = await page.request.get(`/api/bank-accounts/${(await account.json()).data.id}`);
    expect((await saved.json()).data).toMatchObject({ auto_accept: true, auto_accept_threshold: 0.99 });

    const rule = page.getByRole('form', { name: 'Add a category rule' });
    await rule.getByLabel('Words').fill('Papier');
    await rule.getByLabel('Category').fill('Office supplies');
    await rule.getByRole('button', { name: 'Add rule' }).click();
    const rules = page.getByRole('list', { name: 'Category rules' });
    await expect(rules).toContainText('Text contains “Papier” → Office supplies (expense)');
    await page.getByRole('button', { name: 'Remove the rule Papier' }).click();
    await expect(page.getByText(/^No rules yet/)).toBeVisible();
  });
});
