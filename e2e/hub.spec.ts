import { expect, screenshot, test } from './fixtures';

/**
 * A week in the app: the contact's page as the hub (add a task there, mark it
 * done, write a note, watch the timeline), money in and out with exact
 * totals, the task list, and a CSV import, on desktop and phone.
 */

function cents(text: string): bigint {
  const match = /(-)?\$?([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`no amount in ${text}`);
  const value = BigInt(match[2]!.replace(/,/g, '') + match[3]!);
  return match[1] ? -value : value;
}

test.describe('the contact hub, tasks and money', () => {
  test('add a task from a contact, mark it done, note it, record an expense', async ({ page, signIn }, testInfo) => {
    await signIn();
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10);
    await page.goto('/contacts');
    await page
      .getByRole('link', { name: /Amara Okafor/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: 'Amara Okafor' })).toBeVisible();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    // demo data: two notes, a task, and a paid invoice with its payment
    await expect(timeline.getByTestId('timeline-entry')).toHaveCount(5);
    await expect(page.getByTestId('next-task')).toContainText('Send the November retainer report');

    // add a task from the contact's page: the contact is already chosen
    await page.getByRole('button', { name: 'Add task' }).click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await expect(dialog.getByTestId('picked-contact')).toHaveText('Amara Okafor');
    await dialog.getByRole('button', { name: 'Create task' }).click();
    await expect(dialog.getByText('must not be empty')).toBeVisible();
    await dialog.getByLabel('Title').fill('Send the motion design options');
    await dialog.getByLabel('Due day').fill(tomorrow);
    await dialog.getByLabel('Priority').selectOption('high');
    await screenshot(page, `task-dialog-${testInfo.project.name}`);
    await dialog.getByRole('button', { name: 'Create task' }).click();
    await expect(dialog).toBeHidden();
    const entry = timeline.getByTestId('timeline-entry').filter({ hasText: 'Send the motion design options' });
    await expect(entry).toBeVisible();
    await expect(timeline.getByTestId('timeline-entry')).toHaveCount(6);
    await expect(timeline.getByTestId('timeline-entry').first()).toContainText('Send the motion design options');

    // mark it done from the timeline
    const toggle = entry.getByRole('checkbox', { name: 'Mark “Send the motion design options” done' });
    await toggle.click();
    await expect(entry.getByRole('checkbox', { name: 'Reopen “Send the motion design options”' })).toHaveAttribute('aria-checked', 'true');
    await expect(entry).toContainText('Task done');

    // a dated note goes on top
    await page.getByRole('textbox', { name: 'Note' }).fill('Agreed on three motion options by Friday.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(timeline.getByTestId('timeline-entry').first()).toContainText('Agreed on three motion options by Friday.');
    await expect(timeline.getByTestId('timeline-entry')).toHaveCount(7);
    await screenshot(page, `contact-hub-${testInfo.project.name}`);

    // the next task is still the one due first, and one click completes it
    const next = page.getByTestId('next-task');
    await next.getByRole('checkbox', { name: 'Mark “Send the November retainer report” done' }).click();
    await expect(next).toContainText('Nothing open');

    // record an expense: the filtered totals move by exactly that amount
    await page.goto('/transactions');
    await expect(page.getByRole('heading', { name: 'Transactions' })).toBeVisible();
    const before = cents(await page.getByTestId('total-money-out').innerText());
    const rowsBefore = await page.getByTestId('transactions-total').innerText();
    await page.getByRole('button', { name: 'Money out' }).click();
    const money = page.getByRole('dialog', { name: 'New transaction' });
    // three decimals could be a price or a thousands group: refused, saying how it was read
    await money.getByLabel('Amount').fill('42.555');
    await expect(money.getByTestId('number-reading')).toContainText('Can’t read this: it is ambiguous');
    await money.getByRole('button', { name: 'Record expense' }).click();
    await expect(money.locator('#amount-error')).toContainText('42,555');
    // typed with a thousands comma, read as meant
    await money.getByLabel('Amount').fill('1,042.50');
    await expect(money.getByTestId('number-reading')).toHaveText('= $1,042.50');
    await money.getByLabel('Amount').fill('42.50');
    await money.getByLabel('Category').fill('software');
    await money.getByLabel('Description').fill('Font licence');
    await screenshot(page, `transaction-dialog-${testInfo.project.name}`);
    await money.getByRole('button', { name: 'Record expense' }).click();
    await expect(money).toBeHidden();
    await expect(page.getByTestId('transactions-total')).not.toHaveText(rowsBefore);
    expect(cents(await page.getByTestId('total-money-out').innerText())).toBe(before + 4250n);
    const row = page.getByTestId('transaction-row').filter({ hasText: 'Font licence' }).filter({ visible: true });
    await expect(row).toContainText('Software'); // the spelling already in use
    await expect(row).toContainText('−$42.50');
    await page.getByRole('combobox', { name: 'Filter by category' }).selectOption('Software');
    await expect(page).toHaveURL(/category=Software/);
    await expect(page.getByTestId('total-money-in')).toHaveText('$0.00');
    await screenshot(page, `transactions-${testInfo.project.name}`);
  });

  test('the task list: overdue said in words, one-click done, filters in the URL', async ({ page, signIn }, testInfo) => {
    await signIn();
    await page.goto('/tasks');
    await expect(page.getByRole('heading', { name: 'Tasks' })).toBeVisible();
    await expect(page.getByTestId('tasks-total')).toHaveText('7 tasks · 2 overdue');
    await page
      .getByRole('link', { name: /Overdue/ })
      .first()
      .click();
    await expect(page).toHaveURL(/view=overdue/);
    const rows = page.getByTestId('task-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('Overdue');
    await screenshot(page, `tasks-overdue-${testInfo.project.name}`);
    await rows.first().getByRole('checkbox').click();
    await expect(rows).toHaveCount(1);
    await page.getByRole('link', { name: /^Done/ }).click();
    await expect(page).toHaveURL(/view=done/);
    await expect(rows).toHaveCount(3);
    await page.getByRole('link', { name: /^Open/ }).click();
    await expect(page).not.toHaveURL(/view=/);
    await page.getByRole('combobox', { name: 'Filter by priority' }).selectOption('high');
    await expect(page).toHaveURL(/priority=high/);
    await expect(rows).toHaveCount(2);

    // edit a task: change its status in the dialog
    await page.getByRole('button', { name: 'File the quarterly VAT return' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    await dialog.getByLabel('Status').selectOption('in_progress');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
    await expect(rows.filter({ hasText: 'File the quarterly VAT return' }).getByRole('combobox')).toHaveValue('in_progress');
    await page.goto('/tasks');
    await screenshot(page, `tasks-${testInfo.project.name}`);
  });

  test('import contacts from a CSV file, with the preview first', async ({ page, signIn }, testInfo) => {
    await signIn();
    await page.goto('/contacts');
    await page.getByRole('link', { name: 'Import' }).click();
    await expect(page.getByRole('heading', { name: 'Import contacts' })).toBeVisible();
    const csv = [
      'Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name,Lifecycle Stage,Notes',
      'Hedy Lamarr,hedy@example.com,+1 310 555 0100,Frequency Hopping Inc,Customer,Inventor',
      'Amara Again,AMARA@brightleaf.studio,,Brightleaf Studio,,Already a contact',
      'Nikola Tesla,nikola@example.com,,Wardenclyffe,Lead,"Coils, towers"',
    ].join('\n');
    await page.getByLabel(/Choose a CSV file/).setInputFiles({ name: 'google.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByTestId('import-summary')).toHaveText('3 rows: 2 new, 0 to update, 1 skipped as duplicates.');
    await expect(page.getByLabel('Lifecycle Stage')).toHaveValue('status');
    await page.getByLabel('Notes', { exact: true }).selectOption('position');
    await expect(page.getByTestId('import-summary')).toContainText('2 new');
    await screenshot(page, `contacts-import-${testInfo.project.name}`);
    await page.getByRole('button', { name: 'Import 2 contacts' }).click();
    await expect(page.getByRole('status')).toHaveText('Imported: 2 new, 0 updated, 1 skipped.');
    await page.getByRole('link', { name: 'See your contacts' }).click();
    await expect(page.getByTestId('contacts-total')).toHaveText('10 contacts');
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('lamarr');
    await expect(page.getByTestId('contacts-total')).toHaveText('1 contact match');
    await page
      .getByRole('link', { name: /Hedy Lamarr/ })
      .filter({ visible: true })
      .first()
      .click();
    await expect(page.getByText('Inventor at Frequency Hopping Inc')).toBeVisible();
  });
});
