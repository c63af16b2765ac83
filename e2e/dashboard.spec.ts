import { expect, screenshot, test } from './fixtures';

/**
 * The dashboard of a new account with its demo data: the figures on the page
 * are the API's (formatted), the period picker changes the range in the URL,
 * and the links lead to the records behind the figures. Desktop and phone.
 */

const usd = (amount: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(Number(amount));

test.describe('dashboard', () => {
  test('where money and work stand, a period change, and the links behind the figures', async ({ page, signIn }, testInfo) => {
    const device = testInfo.project.name;
    await signIn();
    await page.goto('/');
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();

    const stats = (await (await page.request.get('/api/dashboard/stats')).json()).data;
    const financial = (await (await page.request.get('/api/dashboard/financial')).json()).data;
    // demo data: a year of money, receivables in two currencies, two tasks due today
    expect(financial.periods).toHaveLength(12);
    expect(financial.periods.filter((p: { income: string }) => p.income !== '0.00')).toHaveLength(12);
    expect(Object.keys(financial.by_currency)).toEqual(['EUR']);
    expect(stats.tasks.due_today).toBe(2);

    // the page's own period: the last 12 months, ending today (never past it)
    const shown = page.getByTestId('dashboard-range');
    await expect(shown).toContainText('Last 12 months');
    const pageRange = { from: (await shown.getAttribute('data-from'))!, to: (await shown.getAttribute('data-to'))! };
    expect(pageRange.to).toBe(stats.today);
    const shownFinancial = (
      await (await page.request.get(`/api/dashboard/financial?${new URLSearchParams({ ...pageRange, interval: 'month' })}`)).json()
    ).data;

    // the period's money, each with its change against the period before
    await expect(page.getByTestId('flow-income')).toContainText(usd(shownFinancial.totals.income));
    await expect(page.getByTestId('flow-expense')).toContainText(usd(shownFinancial.totals.expense));
    await expect(page.getByTestId('flow-net')).toContainText(usd(shownFinancial.totals.net));
    await expect(page.getByTestId('flow-income')).toContainText(/Up|Down|Unchanged|New this period|Nothing/);
    await expect(page.getByRole('img', { name: /Money in and out by month/ })).toBeVisible();

    // receivables as of today, and their aging
    await expect(page.getByTestId('outstanding')).toHaveText(usd(stats.invoices.outstanding.amount));
    await expect(page.getByTestId('overdue-amount')).toHaveText(usd(stats.invoices.overdue.amount));
    for (const bucket of financial.aging as { bucket: string; count: number; amount: string }[]) {
      await expect(page.getByTestId('receivables').getByTestId(`aging-${bucket.bucket}`)).toContainText(usd(bucket.amount));
    }
    await expect(page.getByTestId('currency-EUR')).toBeVisible();

    // top clients and spending, largest first
    const clients = page.getByRole('list', { name: 'Top clients' }).first().getByRole('listitem');
    await expect(clients.first()).toContainText(shownFinancial.top_clients[0].name);
    const spending = page.getByRole('list', { name: 'Spending by category' }).getByRole('listitem');
    const largest = shownFinancial.by_category.find((c: { type: string }) => c.type === 'expense');
    await expect(spending.first()).toContainText(largest.category);
    await expect(spending.first()).toContainText(usd(largest.amount));

    // tasks overdue (2 in the demo data) and due today (2), listed as the card counts them; overdue invoices
    const due = page.getByRole('list', { name: 'Tasks overdue or due today' });
    await expect(due.getByRole('listitem')).toHaveCount(4);
    await expect(page.getByTestId('tasks-due')).toContainText('2 overdue · 2 still due today');
    await expect(due).toContainText('Send the November retainer report');
    const overdue = page.getByRole('list', { name: 'Overdue invoices' });
    await expect(overdue.getByRole('listitem')).toHaveCount(1);
    await expect(overdue).toContainText('Daniel Kim');
    await expect(overdue).toContainText(/\d+ days late/);
    await screenshot(page, `dashboard-${device}`);

    // the figures as a table
    await page.getByText('Figures as a table').click();
    const table = page.getByRole('table', { name: /Money in, money out and net per period/ });
    await expect(table.getByRole('row')).toHaveCount(shownFinancial.periods.length + 1);

    // a period change: this month, by day; the previous period is last month
    await page.getByRole('combobox', { name: 'Period' }).selectOption('this-month');
    await expect(page).toHaveURL(/\/dashboard\?from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}&interval=day$/);
    const url = new URL(page.url());
    const month = (await (await page.request.get(`/api/dashboard/financial${url.search}`)).json()).data;
    await expect(page.getByTestId('flow-expense')).toContainText(usd(month.totals.expense));
    await expect(page.getByTestId('flow-expense')).toContainText(
      month.previous.expense === '0.00' ? /nothing/i : `from ${usd(month.previous.expense)}`,
    );
    await expect(page.getByRole('img', { name: /Money in and out by day/ })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Group' })).toHaveValue('day');
    await page.getByRole('combobox', { name: 'Group' }).selectOption('week');
    await expect(page).toHaveURL(/interval=week$/);
    await expect(page.getByRole('img', { name: /Money in and out by week/ })).toBeVisible();
    await screenshot(page, `dashboard-month-${device}`);

    // custom dates: a range that ends before it starts is refused in words
    await page.getByRole('combobox', { name: 'Period' }).selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill('2026-03-10');
    await page.getByLabel('To', { exact: true }).fill('2026-03-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('form', { name: 'Period' }).getByRole('alert')).toHaveText(/The start date must not be after the end date/);
    await page.getByLabel('To', { exact: true }).fill('2026-04-09');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/from=2026-03-10&to=2026-04-09&interval=day$/);
    await expect(page.getByTestId('dashboard-range')).toContainText('Mar 10');

    // a bad period in the URL is said, and the default shown
    await page.goto('/dashboard?from=2020-01-01&to=2026-01-01');
    await expect(page.getByRole('alert').filter({ hasText: 'That period cannot be shown' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Money in and out by month/ })).toBeVisible();

    // the links: an overdue invoice, a client, a task list
    await page.goto('/dashboard');
    await page.getByRole('list', { name: 'Overdue invoices' }).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/invoices\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('invoice-status')).toHaveText('Overdue');
    await page.goBack();
    await page.getByRole('list', { name: 'Top clients' }).first().getByRole('link', { name: shownFinancial.top_clients[0].name }).click();
    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: shownFinancial.top_clients[0].name })).toBeVisible();
    await page.goBack();
    await page.getByRole('link', { name: 'Send the November retainer report' }).click();
    await expect(page).toHaveURL(/\/tasks\?view=today$/);
    await expect(page.getByTestId('task-row').filter({ hasText: 'Send the November retainer report' })).toBeVisible();
  });
});
