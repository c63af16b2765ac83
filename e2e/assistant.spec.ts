import { expect, screenshot, test } from './fixtures';

test.describe('assistant', () => {
  test('ask the panel to add a contact, confirm it, see it on the list, undo it from the history', async ({ page, signIn }, testInfo) => {
    await signIn();
    await page.goto('/contacts');
    await expect(page.getByTestId('contacts-total')).toHaveText('8 contacts');

    await page.getByRole('button', { name: 'Open the assistant' }).click();
    const panel = page.getByRole('dialog', { name: 'Assistant' });
    await panel.getByLabel('Ask the assistant').fill('add a new contact Jane Doe from Acme Ltd, jane@acme.example');
    await panel.getByRole('button', { name: 'Send' }).click();
    const card = panel.getByTestId('ai-action');
    await expect(card).toContainText('Create the contact Jane Doe');
    await expect(card).toContainText('Waiting for your OK');
    // nothing written yet
    await expect(page.getByTestId('contacts-total')).toHaveText('8 contacts');
    await screenshot(page, `assistant-panel-proposal-${testInfo.project.name}`);

    await card.getByRole('button', { name: 'Confirm' }).click();
    await expect(card.getByTestId('ai-action-state')).toHaveText('Done — added contact Jane Doe');
    await expect(page.getByTestId('contacts-total')).toHaveText('9 contacts');

    // a question with links to the records it mentions
    await panel.getByLabel('Ask the assistant').fill("what's jane's email?");
    await panel.getByRole('button', { name: 'Send' }).click();
    await expect(panel.getByTestId('ai-message-assistant')).toHaveCount(2);
    await expect(panel.getByTestId('ai-message-assistant').last()).toContainText("Jane Doe's email is jane@acme.example");
    await screenshot(page, `assistant-panel-answer-${testInfo.project.name}`);
    await panel.getByRole('link', { name: 'Jane Doe' }).last().click();
    await expect(page.getByRole('heading', { name: 'Jane Doe' })).toBeVisible();

    // the history on /ai shows the exchange; undo from there
    await page.goto('/ai');
    await expect(page.getByRole('heading', { name: 'Assistant', level: 1 })).toBeVisible();
    const history = page.getByRole('list', { name: 'Assistant history' });
    await expect(history).toContainText('add a new contact Jane Doe');
    // what each exchange came to, not which engine answered or how many milliseconds it took
    await expect(history.getByTestId('ai-log-outcome').first()).toContainText('Asked');
    await expect(history).toContainText('Changed your records');
    await expect(history).not.toContainText(/builtin|\d+ ms\b/);
    await screenshot(page, `assistant-page-${testInfo.project.name}`);
    await history.getByRole('button', { name: 'Undo' }).first().click();
    await expect(history.getByTestId('ai-action').filter({ hasText: 'Jane Doe' }).first()).toContainText('Undone');
    await page.goto('/contacts');
    await expect(page.getByTestId('contacts-total')).toHaveText('8 contacts');
  });

  test('reject a proposed change from the /ai page', async ({ page, signIn }) => {
    await signIn();
    await page.goto('/ai');
    await page.getByLabel('Ask the assistant').fill('mark sofia as customer');
    await page.getByRole('button', { name: 'Send' }).click();
    const card = page.getByTestId('ai-conversation').getByTestId('ai-action');
    await expect(card).toContainText('Update Sofia Marquez: status "customer"');
    await card.getByRole('button', { name: 'Cancel' }).click();
    await expect(card.getByTestId('ai-action-state')).toHaveText('Cancelled');
    await page.goto('/contacts?status=customer');
    await expect(page.getByText('Sofia Marquez')).toHaveCount(0);
  });
});

test.describe('assistant and tasks', () => {
  test('ask the panel to add a task, confirm it, see it on the tasks page', async ({ page, signIn }, testInfo) => {
    await signIn();
    await page.goto('/tasks');
    await page.getByRole('button', { name: 'Open the assistant' }).click();
    const panel = page.getByRole('dialog', { name: 'Assistant' });
    await panel.getByLabel('Ask the assistant').fill('remind me to order business cards tomorrow, high priority');
    await panel.getByRole('button', { name: 'Send' }).click();
    const card = panel.getByTestId('ai-action');
    await expect(card).toContainText('Create the task "Order business cards"');
    const onList = page.locator('main').getByText('Order business cards', { exact: true });
    await expect(onList).toHaveCount(0);
    await card.getByRole('button', { name: 'Confirm' }).click();
    await expect(card.getByTestId('ai-action-state')).toHaveText('Done — added task “Order business cards”');
    await screenshot(page, `assistant-task-confirmed-${testInfo.project.name}`);
    await panel.getByRole('button', { name: 'Close the assistant' }).click();
    await expect(onList.filter({ visible: true }).first()).toBeVisible();
    await screenshot(page, `assistant-task-on-list-${testInfo.project.name}`);
  });
});
