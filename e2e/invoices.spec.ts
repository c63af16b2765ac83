import { expect, screenshot, test } from './fixtures';

test.describe('invoices', () => {
  test('bill a client end to end: three lines, send, outbox, partial and final payment', async ({ page, signIn }, testInfo) => {
    const device = testInfo.project.name;
    await signIn();

    // the demo account already has invoices in every state
    await page.goto('/invoices');
    await expect(page.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
    await expect(page.getByTestId('invoices-total')).toHaveText('5 invoices');
    await expect(page.getByTestId('summary-overdue')).toContainText('Overdue · 1');
    await screenshot(page, `invoices-list-${device}`);

    // create an invoice with three lines; the live total is the server's to the cent
    await page.getByRole('link', { name: 'New invoice' }).first().click();
    await expect(page.getByRole('heading', { name: 'New invoice' })).toBeVisible();
    // the hint names the number this invoice will really get (the demo account has five)
    await expect(page.getByText('Leave empty for the next number: INV-0006')).toBeVisible();
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Grace Whitfield (Whitfield Bakery)' });
    await expect(page.getByText('Sent to grace@whitfieldbakery.com')).toBeVisible();
    await page.getByLabel('Description, line 1').fill('Logo design');
    await page.getByLabel('Quantity, line 1').fill('1');
    await page.getByLabel('Unit price, line 1').fill('450.00');
    await page.getByRole('button', { name: 'Add line' }).click();
    await page.getByLabel('Description, line 2').fill('Menu layout, three pages');
    await page.getByLabel('Quantity, line 2').fill('3');
    await page.getByLabel('Unit price, line 2').fill('85.50');
    await page.getByLabel('Tax rate, line 2').fill('7.7');
    await page.getByRole('button', { name: 'Add line' }).click();
    await page.getByLabel('Description, line 3').fill('Print-ready files');
    await page.getByLabel('Quantity, line 3').fill('2');
    await page.getByLabel('Unit price, line 3').fill('0.10');
    await page.getByLabel('Tax rate, line 3').fill('19');
    // 706.70 + 19.75 (7.7 % of 256.50) + 0.04 (19 % of 0.20)
    await expect(page.getByTestId('editor-total')).toHaveText('$726.49');
    await screenshot(page, `invoice-editor-${device}`);
    await page.getByRole('button', { name: 'Create invoice' }).click();

    await expect(page.getByRole('heading', { name: 'INV-0006', level: 1 })).toBeVisible();
    await expect(page.getByTestId('invoice-status')).toHaveText('Draft');
    await expect(page.getByTestId('invoice-balance')).toHaveText('$726.49');

    // send it: the account has no business name yet, so the dialog asks for the business details first,
    // saves them, and sends; it becomes sent and lands in the outbox (no SMTP server here)
    await page.getByRole('button', { name: 'Send invoice' }).click();
    const send = page.getByRole('dialog', { name: 'Send invoice' });
    await expect(send).toContainText('grace@whitfieldbakery.com');
    const details = send.getByRole('group', { name: 'Your business details' });
    await expect(details).toBeVisible();
    await details.getByLabel('Business name').fill('Example Design Studio');
    await details.getByLabel('Payment instructions (optional)').fill('Bank transfer: sort code 12-34-56, account 12345678');
    // the prefilled email follows the name as it is typed, and greets once
    await expect(send.getByLabel('Subject')).toHaveValue('Invoice INV-0006 from Example Design Studio');
    await expect(send.getByLabel('Message')).toHaveValue(/^Hello Grace,\n\nPlease find attached invoice INV-0006 for \$726\.49/);
    await expect(send.getByLabel('Message')).toHaveValue(/Kind regards,\nExample Design Studio$/);
    await send.getByLabel('Copy to (optional)').fill('accounts@whitfieldbakery.com');
    await screenshot(page, `invoice-send-details-${device}`);
    await send.getByRole('button', { name: 'Save details and send invoice' }).click();
    await expect(send).toBeHidden();
    await expect(page.getByTestId('invoice-status')).toHaveText('Sent');
    await expect(page.getByRole('list', { name: 'History' })).toContainText('Invoice emailed');

    await page.goto('/outbox');
    const message = page.getByRole('list', { name: 'Messages' }).getByRole('listitem').first();
    await expect(message).toContainText('Invoice INV-0006 from Example Design Studio');
    await expect(message).toContainText('grace@whitfieldbakery.com');
    await message.getByText('Invoice INV-0006 from Example Design Studio').click();
    await expect(message.getByRole('link', { name: 'invoice-INV-0006.pdf' })).toBeVisible();
    await expect(message).toContainText('Amount due: $726.49');
    await expect(message).toContainText('How to pay:');
    await screenshot(page, `outbox-${device}`);

    // a partial payment, then the rest
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'INV-0006', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Record payment' }).click();
    let payment = page.getByRole('dialog', { name: 'Record a payment' });
    await payment.getByLabel('Amount (USD)').fill('300.00');
    await payment.getByLabel('Reference (optional)').fill('Deposit');
    await payment.getByRole('button', { name: 'Record payment' }).click();
    await expect(payment).toBeHidden();
    await expect(page.getByTestId('balance-due')).toHaveText('$426.49');
    await expect(page.getByTestId('invoice-status')).toHaveText('SentPartly paid');

    await page.getByRole('button', { name: 'Record payment' }).click();
    payment = page.getByRole('dialog', { name: 'Record a payment' });
    await expect(payment.getByLabel('Amount (USD)')).toHaveValue('426.49');
    await payment.getByRole('button', { name: 'Record payment' }).click();
    await expect(payment).toBeHidden();
    await expect(page.getByTestId('invoice-status')).toHaveText('Paid');
    await expect(page.getByTestId('balance-due')).toHaveText('$0.00');
    await expect(page.getByRole('list', { name: 'Payments' }).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('list', { name: 'History' })).toContainText('Status: Sent → Paid');
    await expect(page.getByRole('button', { name: 'Record payment' })).toHaveCount(0);
    await screenshot(page, `invoice-paid-${device}`);

    // a paid invoice: a receipt to the client, and a copy as a new draft
    await page.getByRole('button', { name: 'Send receipt' }).click();
    const receipt = page.getByRole('dialog', { name: 'Send receipt' });
    await expect(receipt.getByRole('group', { name: 'Your business details' })).toHaveCount(0);
    await expect(receipt.getByLabel('Subject')).toHaveValue('Receipt for invoice INV-0006 from Example Design Studio');
    await receipt.getByRole('button', { name: 'Send receipt' }).click();
    await expect(receipt).toBeHidden();
    await expect(page.getByRole('list', { name: 'History' })).toContainText('Receipt emailed');
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect(page).toHaveURL(/\/invoices\/[0-9a-f-]+\/edit$/);
    await expect(page.getByRole('heading', { name: 'Edit INV-0007' })).toBeVisible();
    await page.goBack();

    // the PDF downloads
    const pdf = await page.request.get(page.url().replace(/\/invoices\/([^/]+)$/, '/api/invoices/$1/pdf'));
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // and the list shows it as paid
    await page.goto('/invoices?status=paid');
    await expect(page.getByTestId('invoices-total')).toHaveText('2 invoices match');
  });
});
