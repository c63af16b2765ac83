import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

/**
 * The pipeline board: cards move with the mouse (drag and drop) and with the
 * keyboard (Space, arrows, Space), each move announced for screen readers and
 * saved through the API, which is asked afterwards where the cards are.
 */

interface Stage {
  id: string;
  name: string;
}

async function api<T = any>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const res = method === 'GET' ? await page.request.get(path) : await page.request.post(path, { data });
  expect(res.ok(), `${method} ${path}: ${res.status()}`).toBe(true);
  return (await res.json()) as T;
}

/** The titles of a stage's cards, top to bottom, as the API has them. */
async function column(page: Page, stageId: string): Promise<string[]> {
  const rows = (await api<{ data: { title: string; position: number }[] }>(page, 'GET', `/api/deals?stage_id=${stageId}&limit=200`)).data;
  return rows.map((d) => d.title);
}

test.describe('deals board', () => {
  test('moves a card to another stage with the mouse and within a stage with the keyboard', async ({ page, signIn }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'dragging across columns needs the wide board');
    await signIn();
    const stages = (await api<{ data: Stage[] }>(page, 'GET', '/api/deal-stages')).data;
    const lead = stages.find((s) => s.name === 'Lead')!;
    const qualified = stages.find((s) => s.name === 'Qualified')!;
    for (const [title, value] of [
      ['Alpha site', '1200.00'],
      ['Beta shop', '800.00'],
      ['Gamma app', '5000.00'],
    ] as const) {
      await api(page, 'POST', '/api/deals', { title, value, stage_id: lead.id });
    }

    await page.goto('/deals');
    await expect(page.getByRole('heading', { name: 'Deals', level: 1 })).toBeVisible();
    const leadColumn = page.locator('[data-testid="deal-column"][data-stage-name="Lead"]');
    const qualifiedColumn = page.locator('[data-testid="deal-column"][data-stage-name="Qualified"]');
    await expect(leadColumn.getByTestId('deal-card')).toHaveCount(3);

    // the mouse: Gamma from Lead into Qualified
    const gamma = leadColumn.locator('[data-deal-title="Gamma app"]');
    const from = (await gamma.boundingBox())!;
    const to = (await qualifiedColumn.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height - 6);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 15 });
    await page.mouse.up();
    await expect(qualifiedColumn.locator('[data-deal-title="Gamma app"]')).toBeVisible();
    await expect.poll(() => column(page, qualified.id)).toEqual(['Gamma app']);
    await expect.poll(() => column(page, lead.id)).toEqual(['Alpha site', 'Beta shop']);
    await expect(page.getByText('Moved to Qualified')).toBeVisible();

    // the keyboard: Alpha picked up with Space, one down with the arrow, dropped with Space
    const alpha = leadColumn.locator('[data-deal-title="Alpha site"]');
    await alpha.focus();
    await page.keyboard.press('Space');
    // the live region says where the card is (it starts over its own place)
    await expect(page.getByText('Alpha site is over Lead, position 1 of 2.')).toBeAttached();
    await expect(alpha).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByText('Alpha site is over Lead, position 2 of 2.')).toBeAttached();
    await page.keyboard.press('Space');
    await expect.poll(() => column(page, lead.id)).toEqual(['Beta shop', 'Alpha site']);
    await expect(leadColumn.getByTestId('deal-card').first()).toHaveAttribute('data-deal-title', 'Beta shop');

    // the history says who moved Gamma, and the stage totals follow the cards
    await expect(qualifiedColumn).toContainText('$5,000.00');
    await screenshot(page, 'deals-board');
    await qualifiedColumn.getByRole('link', { name: 'Gamma app' }).click();
    await expect(page.getByRole('heading', { name: 'Gamma app', level: 1 })).toBeVisible();
    await expect(page.getByTestId('deal-history')).toContainText('Moved from Lead to Qualified');
  });

  test('lists deals and filters them by stage', async ({ page, signIn }) => {
    await signIn();
    const stages = (await api<{ data: Stage[] }>(page, 'GET', '/api/deal-stages')).data;
    await api(page, 'POST', '/api/deals', { title: 'Listed deal', value: '300.00', stage_id: stages[1]!.id });
    await api(page, 'POST', '/api/deals', { title: 'Other deal', value: '10.00', stage_id: stages[0]!.id });
    await page.goto('/deals?view=list');
    await expect(page.getByRole('cell', { name: 'Listed deal' })).toBeVisible();
    await page.getByLabel('Stage').selectOption({ label: stages[1]!.name });
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/stage_id=/);
    await expect(page.getByRole('cell', { name: 'Listed deal' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Other deal' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'New deal' })).toBeVisible();
  });
  test('edits a deal from its page, and the owner renames and adds pipeline stages', async ({ page, signIn }) => {
    await signIn();
    const stages = (await api<{ data: Stage[] }>(page, 'GET', '/api/deal-stages')).data;
    const created = await api<{ data: { id: string } }>(page, 'POST', '/api/deals', {
      title: 'Website refresh',
      value: '1000.00',
      stage_id: stages[0]!.id,
    });

    // the deal's page: Edit opens the form with the deal's details
    await page.goto(`/deals/${created.data.id}`);
    await page.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit deal' });
    await dialog.getByLabel('Title').fill('Website relaunch');
    await dialog.getByLabel(/^Value/).fill('2,500.50');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { name: 'Website relaunch', level: 1 })).toBeVisible();
    await expect(page.getByText('$2,500.50')).toBeVisible();
    const saved = await api<{ data: { title: string; value: string } }>(page, 'GET', `/api/deals/${created.data.id}`);
    expect(saved.data).toMatchObject({ title: 'Website relaunch', value: '2500.50' });

    // the stages page, from the board: rename Lead, add Demo
    await page.goto('/deals');
    await page.getByRole('link', { name: 'Stages', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Pipeline stages', level: 1 })).toBeVisible();
    const leadRow = page.getByTestId('stage-row').filter({ has: page.getByLabel('Name of Lead') });
    await leadRow.getByLabel('Name of Lead').fill('Inbound');
    await leadRow.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('Name of Inbound')).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill('Demo');
    await page.getByLabel('Probability (%)', { exact: true }).fill('40');
    await page.getByRole('button', { name: 'Add stage' }).click();
    await expect(page.getByLabel('Name of Demo')).toBeVisible();
    const after = (await api<{ data: (Stage & { probability: number })[] }>(page, 'GET', '/api/deal-stages')).data;
    expect(after[0]!.name).toBe('Inbound');
    expect(after.at(-1)).toMatchObject({ name: 'Demo', probability: 40 });
    await screenshot(page, 'deal-stages');
  });
});
