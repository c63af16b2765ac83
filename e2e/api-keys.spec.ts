import { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { expect, screenshot, test } from './fixtures';

/**
 * An admin makes an API key on Settings → API keys (shown once, with a copy
 * button), an MCP client proposes a task with it, the proposal waits in the
 * assistant panel until the admin confirms it there, and the key is revoked
 * from the list.
 */

test.describe('API keys', () => {
  test('make a key, an MCP client proposes a task, confirm it in the panel, revoke the key', async ({ page, signIn }, testInfo) => {
    await signIn();
    await page.goto('/settings/api-keys');
    await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'API documentation' })).toHaveAttribute('href', '/docs/api');

    const form = page.getByRole('form', { name: 'New API key' });
    await form.getByLabel('Name').fill('Claude Desktop');
    await expect(form.getByRole('checkbox', { name: /without asking/ })).toBeDisabled();
    await form.getByRole('checkbox', { name: /^Write/ }).check();
    await form.getByRole('button', { name: 'Make key' }).click();
    const shown = page.getByTestId('new-api-key');
    await expect(shown).toHaveValue(/^lk_[a-z0-9]{8}_/);
    const key = await shown.inputValue();
    const row = page.getByTestId('api-key-row').filter({ hasText: 'Claude Desktop' });
    await expect(row).toContainText(`lk_${key.slice(3, 11)}_…`);
    await expect(row).toContainText('never used');
    await screenshot(page, `api-keys-${testInfo.project.name}`);

    const title = `Call back ${Date.now()}`;
    const mcp = new McpClient({ name: 'e2e-client', version: '1.0.0' });
    await mcp.connect(
      new StreamableHTTPClientTransport(new URL('/api/mcp', testInfo.project.use.baseURL), {
        requestInit: { headers: { Authorization: `Bearer ${key}` } },
      }),
    );
    const proposed = await mcp.callTool({ name: 'create_task', arguments: { title } });
    await mcp.close();
    expect(JSON.stringify(proposed.content)).toContain('Waiting for confirmation in Ledgerly');

    await page.goto('/tasks');
    await page.getByRole('button', { name: 'Open the assistant' }).click();
    const panel = page.getByRole('dialog', { name: 'Assistant' });
    const card = panel.getByTestId('ai-action');
    await expect(card).toContainText(`Create the task "${title}"`);
    await card.getByRole('button', { name: 'Confirm' }).click();
    await expect(card.getByTestId('ai-action-state')).toContainText('Done');
    await page.keyboard.press('Escape');
    await page.goto(`/tasks?q=${encodeURIComponent(title)}`);
    await expect(page.getByText(title).first()).toBeVisible();

    await page.goto('/settings/api-keys');
    await page.getByRole('button', { name: 'Revoke the key Claude Desktop' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke key' }).click();
    await expect(page.getByTestId('api-key-row').filter({ hasText: 'Claude Desktop' })).toContainText('Revoked');
    const refused = await page.request.get('/api/contacts', { headers: { authorization: `Bearer ${key}` } });
    expect(refused.status()).toBe(401);
  });
});
