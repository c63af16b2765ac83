import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { expect, screenshot, test } from './fixtures';

/**
 * An admin adds a webhook endpoint on Settings → Webhooks (the secret shown
 * once), a new contact is delivered to a receiver on 127.0.0.1 that verifies
 * the Standard Webhooks signature with the secret copied from the page, the
 * delivery log shows the answer, and the endpoint is deleted after a
 * confirmation (docs/decisions/0135, 0136).
 */

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

async function receiver(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test.describe('Webhooks', () => {
  test('add an endpoint, receive a signed contact.created, read the delivery log, delete the endpoint', async ({
    page,
    signIn,
  }, testInfo) => {
    const hook = await receiver();
    try {
      await signIn();
      await page.goto('/settings/webhooks');
      await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();

      const form = page.getByRole('form', { name: 'Add a webhook endpoint' });
      await form.getByLabel('Endpoint URL').fill(hook.url);
      await form.getByRole('checkbox', { name: 'invoice.paid' }).uncheck();
      await form.getByRole('checkbox', { name: 'contact.created' }).check();
      await form.getByRole('button', { name: 'Add endpoint' }).click();
      const secret = await page.getByTestId('webhook-secret').inputValue();
      expect(secret).toMatch(/^whsec_/);
      const endpoint = page.getByTestId('webhook-endpoint').filter({ hasText: hook.url });
      await expect(endpoint).toContainText('contact.created');
      await expect(endpoint).toContainText('Enabled');

      const name = `Hooked ${Date.now()}`;
      const created = await page.request.post('/api/contacts', { data: { first_name: name } });
      expect(created.status()).toBe(201);
      await expect.poll(() => hook.received.length, { timeout: 20_000 }).toBeGreaterThan(0);
      const [delivery] = hook.received;
      const payload = new Webhook(secret).verify(delivery!.body, {
        'webhook-id': String(delivery!.headers['webhook-id']),
        'webhook-timestamp': String(delivery!.headers['webhook-timestamp']),
        'webhook-signature': String(delivery!.headers['webhook-signature']),
      }) as { type: string; data: { first_name: string } };
      expect(payload.type).toBe('contact.created');
      expect(payload.data.first_name).toBe(name);

      await endpoint.getByRole('button', { name: 'Deliveries' }).click();
      const log = endpoint.getByRole('table', { name: `Deliveries to ${hook.url}` });
      await expect(async () => {
        await endpoint.getByRole('button', { name: 'Refresh' }).click();
        await expect(log).toContainText('succeeded', { timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await expect(log).toContainText('HTTP 200');
      await screenshot(page, `webhooks-${testInfo.project.name}`);

      await endpoint.getByRole('button', { name: `Delete the endpoint ${hook.url}` }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Delete endpoint' }).click();
      await expect(page.getByTestId('webhook-endpoint').filter({ hasText: hook.url })).toHaveCount(0);
    } finally {
      await hook.close();
    }
  });
});
