import { expect, screenshot, test } from './fixtures';

test.describe('contacts', () => {
  test('a visitor signs in from the landing page and lands on their dashboard', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('back office');
    await screenshot(page, `landing-${testInfo.project.name}`);
    await page.getByRole('link', { name: 'Get started' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel('Email').fill(`visitor-${Date.now()}-${testInfo.project.name}@example.com`);
    await page.getByLabel('First name').fill('Vera');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    // demo data: a new account is not empty
    await page.goto('/contacts');
    await expect(page.getByTestId('contacts-total')).toHaveText('8 contacts');
  });

  test('a protected page sends a signed-out visitor to sign in, and back after', async ({ page }) => {
    await page.goto('/contacts?status=lead');
    await expect(page).toHaveURL(/\/sign-in\?redirect_url=%2Fcontacts%3Fstatus%3Dlead/);
    await page.getByLabel('Email').fill(`back-${Date.now()}@example.com`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/contacts\?status=lead$/);
  });

  test('create, search, edit and delete a contact', async ({ page, signIn }, testInfo) => {
    await signIn();
    await page.goto('/contacts');
    await expect(page.getByTestId('contacts-total')).toHaveText('8 contacts');
    const phone = testInfo.project.name === 'phone';

    // create
    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.getByRole('button', { name: 'Create contact' }).click();
    await expect(dialog.getByText('must not be empty')).toBeVisible();
    await dialog.getByLabel('First name').fill('Margaret');
    await dialog.getByLabel('Last name').fill('Hamilton');
    await dialog.getByLabel('Email').fill('not-an-email');
    await dialog.getByRole('button', { name: 'Create contact' }).click();
    await expect(dialog.getByText('must be an email address')).toBeVisible();
    await dialog.getByLabel('Email').fill('margaret@apollo.example');
    await dialog.getByLabel('Company').fill('Apollo Guidance');
    await dialog.getByLabel('Status').selectOption('customer');
    await dialog.getByRole('button', { name: 'Create contact' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('contacts-total')).toHaveText('9 contacts');

    // search
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('apollo');
    await expect(page).toHaveURL(/q=apollo/);
    await expect(page.getByTestId('contacts-total')).toHaveText('1 contact match');
    await screenshot(page, `contacts-search-${testInfo.project.name}`);
    await page
      .getByRole('link', { name: /Margaret Hamilton/ })
      .first()
      .click();

    // edit
    await expect(page.getByRole('heading', { name: 'Margaret Hamilton' })).toBeVisible();
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit contact' });
    await edit.getByLabel('Position').fill('Director of Software Engineering');
    await edit.getByLabel('Notes').fill('Wrote the on-board flight software.');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByText('Director of Software Engineering at Apollo Guidance')).toBeVisible();
    await expect(page.getByText('Wrote the on-board flight software.')).toBeVisible();
    await screenshot(page, `contact-detail-${testInfo.project.name}`);

    // delete
    await page.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('Delete Margaret Hamilton?');
    await confirm.getByRole('button', { name: 'Delete contact' }).click();
    await expect(page).toHaveURL(/\/contacts$/);
    await expect(page.getByTestId('contacts-total')).toHaveText('8 contacts');
    if (phone) await expect(page.getByRole('button', { name: 'Open menu' })).toBeVisible();
    await screenshot(page, `contacts-list-${testInfo.project.name}`);
  });
});
