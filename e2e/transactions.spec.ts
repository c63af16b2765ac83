import path from 'node:path';
import { expect, screenshot, test } from './fixtures';

/**
 * A searched ledger (docs/decisions/0176): the rows and a bounded count at
 * once, the exact totals of every match when they are added up.
 */
test.describe('transactions', () => {
  test('a frequent search shows its rows at once and the exact totals when they are added up', async ({ page, signIn }, testInfo) => {
    test.setTimeout(240_000);
    // One account per run of the suite for both devices: the ledger is only read here, so the second device finds
    // the rows the first one added instead of adding 1 103 more one request at a time (a run on one device adds them)
    await signIn(`ledger-search-${path.basename(process.env.E2E_DATA_DIR ?? 'local')}@example.com`);
    const already = await (await page.request.get('/api/transactions/totals?q=zyxhost')).json();
    // a new account starts with sample data, so the search term is one of its own
    const rows = [
      ...Array.from({ length: 1100 }, (_, i) => ({
        type: 'expense',
        amount: '1.01',
        description: `Zyxhost server #${i}`,
        date: `2026-0${1 + (i % 9)}-1${i % 10}`,
      })),
      ...Array.from({ length: 3 }, () => ({ type: 'income', amount: '0.10', description: 'Zyxhost refund', date: '2026-05-05' })),
    ];
    expect([0, rows.length], 'rows of the search term already in the account').toContain(already.data.count);
    for (let i = already.data.count; i < rows.length; i += 20) {
      const statuses = await Promise.all(
        rows.slice(i, i + 20).map(async (data) => (await page.request.post('/api/transactions', { data })).status()),
      );
      expect(statuses.every((status) => status === 201)).toBe(true);
    }

    // unfiltered: the day totals answer, the figures come with the page
    await page.goto('/transactions');
    await expect(page.getByTestId('total-money-out')).toHaveText(/^\$[\d,]+\.\d\d$/);
    await expect(page.getByTestId('totals-scope')).toHaveCount(0);

    // a search matching more than 1 000: the rows and "1,000+" first, the cards say they are adding up
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const totalsRequest = (url: URL) => url.pathname === '/api/transactions/totals';
    await page.route(totalsRequest, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/transactions?q=zyxhost');
    await expect(page.getByTestId('transactions-total')).toHaveText('1,000+ transactions match');
    await expect(page.getByTestId('transaction-row').filter({ visible: true }).first()).toContainText('Zyxhost');
    const totals = page.getByRole('region', { name: 'Totals of the filtered transactions' });
    await expect(totals).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByTestId('total-money-out')).toHaveText('Adding up…');
    await screenshot(page, `transactions-adding-up-${testInfo.project.name}`);
    release();

    // then the exact figures of all 1 103 matches
    await expect(page.getByTestId('total-money-out')).toHaveText('$1,111.00');
    await expect(page.getByTestId('total-money-in')).toHaveText('$0.30');
    await expect(page.getByTestId('total-net')).toHaveText('−$1,110.70');
    await expect(page.getByTestId('totals-scope')).toHaveText('Totals of all 1,103 matching transactions');
    await expect(totals).toHaveAttribute('aria-busy', 'false');
    await screenshot(page, `transactions-searched-${testInfo.project.name}`);
    await page.unroute(totalsRequest);

    // narrowed under the bound: exact with the page, no second request needed
    await page.goto('/transactions?q=zyxhost+refund');
    await expect(page.getByTestId('transactions-total')).toHaveText('3 transactions match');
    await expect(page.getByTestId('total-money-in')).toHaveText('$0.30');
    await expect(page.getByTestId('totals-scope')).toHaveCount(0);
  });
});
