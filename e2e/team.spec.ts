import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

/**
 * Two people, two browsers: an owner starts a shared workspace, writes an
 * invoice and invites a colleague as a viewer from the team page; the
 * colleague opens the link signed out, signs in, comes back to it, accepts,
 * and lands in the workspace, where they see the same invoice without any
 * control to change it (and the API refuses a direct change).
 */

const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

/** A second person's browser with the project's device (viewport, phone or not, base URL). */
async function secondBrowser(browser: Browser, testInfo: TestInfo): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}

/** A full-page screenshot from the top (a page scrolled by a click would show its sticky bar mid-page). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  // a phone widens its layout viewport to fit what overflows, so scrollWidth alone does not show it
  expect(await page.evaluate(() => window.innerWidth), `layout viewport of ${name}`).toBe(page.viewportSize()!.width);
  await screenshot(page, name);
}

/** The workspace switcher: in the sidebar on wide screens, in the menu sheet on phones. */
async function switcher(page: Page, phone: boolean) {
  if (phone) {
    const sheet = page.getByRole('dialog', { name: 'Menu' });
    // right after a full page load the button may not be hydrated yet: press again until the sheet opens
    await expect(async () => {
      if (!(await sheet.isVisible())) await page.getByRole('button', { name: 'Open menu' }).click();
      await expect(sheet).toBeVisible({ timeout: 1_000 });
    }).toPass();
    return sheet.getByTestId('workspace-switcher');
  }
  return page.getByTestId('workspace-switcher');
}

/** Opens the switcher's menu with `open` (a click, Enter), again if the page was not hydrated yet. */
async function openMenu(page: Page, open: () => Promise<void>) {
  const menu = page.getByRole('menu', { name: 'Workspaces' });
  await expect(async () => {
    if (!(await menu.isVisible())) await open();
    await expect(menu).toBeVisible({ timeout: 1_000 });
  }).toPass();
  return menu;
}

test.describe('team', () => {
  test('an owner invites a viewer, who joins and sees the same invoice but cannot change it', async ({
    page,
    browser,
    signIn,
  }, testInfo) => {
    const device = testInfo.project.name;
    const phone = device === 'phone';
    const workspaceName = `Harbour Studio ${stamp()}`;
    const viewerEmail = `viewer-${stamp()}@example.com`;

    // the owner signs in and starts a shared workspace from the switcher
    await signIn(`owner-${stamp()}@example.com`);
    await page.goto('/dashboard');
    let button = await switcher(page, phone);
    await expect(button).toContainText('Owner · Personal');
    const menu = await openMenu(page, () => button.click());
    await expect(menu.getByRole('menuitemradio', { checked: true })).toBeFocused();
    await shot(page, `team-switcher-${device}`);
    // the keyboard reaches "New workspace…" (End), Escape closes the menu and returns to its button
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: 'New workspace…' })).toBeFocused();
    await page.keyboard.press('Enter');
    const create = page.getByRole('dialog', { name: 'New workspace' });
    await create.getByLabel('Name').fill(workspaceName);
    await create.getByRole('button', { name: 'Create and switch' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    button = await switcher(page, phone);
    await expect(button).toContainText(workspaceName);
    await expect(button).toContainText('Owner');
    await expect(button).not.toContainText('Personal');
    if (phone) await page.keyboard.press('Escape');

    // the choice is the cookie: API calls act in the new workspace too, and it survives a reload
    const workspaceId = (await page.context().cookies()).find((c) => c.name === 'ledgerly_workspace')?.value;
    expect(workspaceId).toMatch(/^[0-9a-f-]{36}$/);
    const contact = await page.request.post('/api/contacts', {
      data: { first_name: 'Grace', last_name: 'Whitfield', email: 'grace@whitfieldbakery.com' },
    });
    expect(contact.status()).toBe(201);
    const created = await page.request.post('/api/invoices', {
      data: { contact_id: (await contact.json()).data.id, items: [{ description: 'Shop sign', quantity: '1', unit_price: '480.00' }] },
    });
    expect(created.status()).toBe(201);
    const invoice = (await created.json()).data as { id: string; invoice_number: string };
    await page.reload();
    await expect(await switcher(page, phone)).toContainText(workspaceName);
    if (phone) await page.keyboard.press('Escape');

    // the team page: the owner alone, then an invitation for a viewer with its link
    await page.goto('/settings/team');
    await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Members' }).getByTestId('member-row')).toHaveCount(1);
    await expect(page.getByText('You are the only member: delete the workspace instead')).toBeVisible();
    const invite = page.getByRole('form', { name: 'Invite someone' });
    await invite.getByLabel('Email address').fill(viewerEmail);
    await invite.getByLabel('Role').selectOption('viewer');
    await expect(invite.getByText('Sees everything, changes nothing')).toBeVisible();
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    const sent = page.getByTestId('invitation-sent');
    await expect(sent).toContainText(`${viewerEmail} is invited as a viewer.`);
    await expect(sent.getByTestId('invitation-email-status')).toContainText(`The invitation email went out to ${viewerEmail}`);
    const link = await sent.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole('list', { name: 'Pending invitations' })).toContainText(viewerEmail);
    await shot(page, `team-owner-invited-${device}`);

    // the colleague, in a browser of their own, opens the link signed out: sign in, then back to it
    const viewer = await secondBrowser(browser, testInfo);
    try {
      const invitationPath = new URL(link).pathname;
      await viewer.page.goto(invitationPath);
      await expect(viewer.page).toHaveURL(/\/sign-in\?redirect_url=%2Finvitations%2F/);
      await viewer.page.getByLabel('Email').fill(viewerEmail);
      await viewer.page.getByLabel('First name').fill('Vic');
      await viewer.page.getByLabel('Last name').fill('Viewer');
      await viewer.page.getByRole('button', { name: 'Sign in' }).click();
      await expect(viewer.page).toHaveURL(new RegExp(`${invitationPath}$`));
      await viewer.page.waitForLoadState();
      await expect(viewer.page.getByText('You are invited to join a workspace')).toBeVisible();
      await expect(viewer.page.getByText(`Signed in as ${viewerEmail}`)).toBeVisible();
      await shot(viewer.page, `team-invitation-${device}`);
      await viewer.page.getByRole('button', { name: 'Accept invitation' }).click();

      // accepted: the workspace is chosen and its dashboard opens, with the role said in the switcher
      await expect(viewer.page).toHaveURL(/\/dashboard$/);
      const viewerSwitcher = await switcher(viewer.page, phone);
      await expect(viewerSwitcher).toContainText(workspaceName);
      await expect(viewerSwitcher).toContainText('Viewer');
      if (phone) await viewer.page.keyboard.press('Escape');

      // the same invoice, read-only: no new, edit, send or delete; the PDF is there
      await viewer.page.goto('/invoices');
      await expect(viewer.page.getByTestId('read-only-note')).toHaveText('You can view this workspace; ask an admin for edit rights.');
      await expect(viewer.page.getByRole('link', { name: 'New invoice' })).toHaveCount(0);
      await viewer.page.getByRole('link', { name: invoice.invoice_number }).filter({ visible: true }).first().click();
      await expect(viewer.page.getByRole('heading', { name: invoice.invoice_number, level: 1 })).toBeVisible();
      await expect(viewer.page.getByText('Shop sign').first()).toBeVisible();
      await expect(viewer.page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
      await expect(viewer.page.getByRole('button', { name: 'Send invoice' })).toHaveCount(0);
      await expect(viewer.page.getByRole('button', { name: /Delete/ })).toHaveCount(0);
      await expect(viewer.page.getByRole('link', { name: 'PDF' })).toBeVisible();
      await shot(viewer.page, `team-viewer-invoice-${device}`);
      // a viewer cannot reach the editor either
      await viewer.page.goto(`/invoices/${invoice.id}/edit`);
      await expect(viewer.page.getByText('Viewers cannot change invoices')).toBeVisible();

      // and the API refuses a direct change, in the workspace the cookie chose, with a sentence
      const put = await viewer.page.request.put(`/api/invoices/${invoice.id}`, { data: { notes: 'Changed by a viewer' } });
      expect(put.status()).toBe(403);
      const refusal = await put.json();
      expect(refusal.error.code).toBe('forbidden');
      expect(refusal.error.message).toMatch(/Viewers can look but not change anything/);

      // the viewer's team page: who is there, what a viewer may do, leaving is possible
      await viewer.page.goto('/settings/team');
      await expect(viewer.page.getByRole('form', { name: 'Invite someone' })).toHaveCount(0);
      await expect(viewer.page.getByText('Only admins and the owner can invite people')).toBeVisible();
      await expect(viewer.page.getByRole('combobox', { name: /^Role of/ })).toHaveCount(0);
      await expect(viewer.page.getByTestId('role-abilities')).toContainText('As a viewer you can');
      await expect(viewer.page.getByRole('button', { name: 'Leave workspace' })).toBeEnabled();
      await shot(viewer.page, `team-viewer-team-page-${device}`);

      // a link works once: opening it again says so
      await viewer.page.goto(invitationPath);
      await viewer.page.getByRole('button', { name: 'Accept invitation' }).click();
      await expect(viewer.page.getByTestId('invitation-problem')).toContainText('This invitation has already been used');

      // the owner sees the same invoice, with its edit button, and the viewer in the team
      await page.goto(`/invoices/${invoice.id}`);
      await expect(page.getByRole('heading', { name: invoice.invoice_number, level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
      await expect(page.getByTestId('read-only-note')).toHaveCount(0);
      await page.goto('/settings/team');
      const row = page.getByTestId('member-row').filter({ hasText: viewerEmail });
      await expect(row).toContainText('Vic Viewer');
      await expect(row.getByRole('combobox', { name: 'Role of Vic Viewer' })).toHaveValue('viewer');
      await expect(page.getByText('No invitations are waiting to be accepted.')).toBeVisible();

      // an invitation for another address, opened by the viewer: it names the address it was for
      const other = `someone-else-${stamp()}@example.com`;
      const second = await page.request.post(`/api/workspaces/${workspaceId}/invitations`, { data: { email: other, role: 'member' } });
      expect(second.status()).toBe(201);
      await viewer.page.goto(new URL((await second.json()).data.url).pathname);
      await viewer.page.getByRole('button', { name: 'Accept invitation' }).click();
      const problem = viewer.page.getByTestId('invitation-problem');
      await expect(problem).toHaveAttribute('data-kind', 'wrong_email');
      await expect(problem).toContainText(`It was sent to ${other}. Sign in with that address to accept it.`);
      await expect(problem).toContainText(`You are signed in as ${viewerEmail}.`);
      await expect(problem.getByRole('button', { name: 'Sign in with that address' })).toBeVisible();
      await shot(viewer.page, `team-invitation-wrong-address-${device}`);

      // the owner makes the viewer a member: their edit rights arrive on their next page
      await row.getByRole('combobox', { name: 'Role of Vic Viewer' }).selectOption('member');
      await expect(page.getByText('Vic Viewer is now a member')).toBeVisible();
      await viewer.page.goto(`/invoices/${invoice.id}`);
      await expect(viewer.page.getByRole('link', { name: 'Edit' })).toBeVisible();
      await expect(viewer.page.getByTestId('read-only-note')).toHaveCount(0);
      // the browser logs the two refusals above (409 used, 403 another address); nothing else
      const refusals = /status of (403|409) \((Forbidden|Conflict)\)/;
      expect(viewer.errors.filter((e) => refusals.test(e))).toHaveLength(2);
      expect(
        viewer.errors.filter((e) => !refusals.test(e)),
        'browser console errors (second person)',
      ).toEqual([]);
    } finally {
      await viewer.close();
    }
  });
});

test.describe('team management', () => {
  test('switch by keyboard, revoke, rename, hand over ownership, leave, and delete by typing the name', async ({
    page,
    browser,
    signIn,
  }, testInfo) => {
    const phone = testInfo.project.name === 'phone';
    const name = `Atlas Works ${stamp()}`;
    const partnerEmail = `partner-${stamp()}@example.com`;
    await signIn(`founder-${stamp()}@example.com`);
    const created = await page.request.post('/api/workspaces', { data: { name } });
    expect(created.status()).toBe(201);
    const workspaceId = (await created.json()).data.id as string;

    // switching with the keyboard: the menu opens on the current workspace, arrows move, Enter switches
    await page.goto('/contacts');
    const button = await switcher(page, phone);
    const menu = await openMenu(page, async () => {
      await button.focus();
      await page.keyboard.press('Enter');
    });
    await expect(menu.getByRole('menuitemradio', { name: /Personal/ })).toBeFocused();
    await expect(menu.getByRole('menuitemradio', { name: new RegExp(name) })).toHaveAttribute('aria-checked', 'false');
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitemradio', { name: new RegExp(name) })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(await switcher(page, phone)).toContainText(name);
    if (phone) await page.keyboard.press('Escape');

    // a partner joins as admin (through the API, in their own browser); a second invitation waits
    const partner = await secondBrowser(browser, testInfo);
    try {
      const invited = await page.request.post(`/api/workspaces/${workspaceId}/invitations`, {
        data: { email: partnerEmail, role: 'admin' },
      });
      const token = new URL((await invited.json()).data.url).pathname.split('/').pop();
      expect(
        (await partner.page.request.post('/api/local-auth/sign-in', { data: { email: partnerEmail, first_name: 'Pat' } })).status(),
      ).toBe(200);
      expect((await partner.page.request.post('/api/invitations/accept', { data: { token } })).status()).toBe(200);
      await page.request.post(`/api/workspaces/${workspaceId}/invitations`, { data: { email: 'later@example.com', role: 'viewer' } });

      // revoke the waiting invitation
      await page.goto('/settings/team');
      const pending = page.getByRole('list', { name: 'Pending invitations' });
      await pending.getByRole('button', { name: 'Revoke the invitation for later@example.com' }).click();
      await page.getByRole('alertdialog', { name: 'Revoke this invitation?' }).getByRole('button', { name: 'Revoke invitation' }).click();
      await expect(page.getByText('No invitations are waiting to be accepted.')).toBeVisible();

      // rename: the navigation follows
      const renamed = `${name} Ltd`;
      const rename = page.getByRole('form', { name: 'Workspace name' });
      await rename.getByLabel('Workspace name').fill(renamed);
      await rename.getByRole('button', { name: 'Rename' }).click();
      await expect(page.getByText(`Renamed to “${renamed}”`)).toBeVisible();
      if (!phone) await expect(page.getByTestId('workspace-name')).toHaveText(renamed);

      // the owner cannot leave yet, and says why; handing ownership over asks first
      await expect(page.getByRole('button', { name: 'Leave workspace' })).toBeDisabled();
      await expect(page.getByText('You own this workspace: hand ownership to another member before you leave.')).toBeVisible();
      await page.getByRole('combobox', { name: 'Role of Pat' }).selectOption('owner');
      const handOver = page.getByRole('alertdialog', { name: 'Hand over ownership to Pat?' });
      await expect(handOver).toContainText('Pat becomes the owner of this workspace, and you become an admin.');
      await handOver.getByRole('button', { name: 'Hand over ownership' }).click();
      await expect(page.getByText(`Pat now owns ${renamed}`)).toBeVisible();
      await expect(page.getByTestId('member-row').filter({ hasText: 'Pat' }).getByTestId('member-role')).toHaveText('Owner');
      await expect(page.getByRole('combobox', { name: 'Role of you' })).toHaveValue('admin');
      await expect(page.getByRole('button', { name: 'Delete workspace…' })).toHaveCount(0);

      // now an admin, the founder leaves and is back in their personal workspace
      await page.getByRole('button', { name: 'Leave workspace' }).click();
      await page
        .getByRole('alertdialog', { name: `Leave ${renamed}?` })
        .getByRole('button', { name: 'Leave workspace' })
        .click();
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(await switcher(page, phone)).toContainText('Personal');
      if (phone) await page.keyboard.press('Escape');

      // the new owner deletes the workspace: the button waits for its exact name
      await partner.page.context().addCookies([{ name: 'ledgerly_workspace', value: workspaceId, url: testInfo.project.use.baseURL! }]);
      await partner.page.goto('/settings/team');
      await expect(partner.page.getByRole('list', { name: 'Members' }).getByTestId('member-row')).toHaveCount(1);
      await partner.page.getByRole('button', { name: 'Delete workspace…' }).click();
      const remove = partner.page.getByRole('dialog', { name: `Delete ${renamed}?` });
      const confirm = remove.getByRole('button', { name: 'Delete this workspace' });
      await remove.getByLabel(`Type “${renamed}” to confirm`).fill(name);
      await expect(confirm).toBeDisabled();
      await remove.getByLabel(`Type “${renamed}” to confirm`).fill(renamed);
      await shot(partner.page, `team-delete-${testInfo.project.name}`);
      await confirm.click();
      await expect(partner.page).toHaveURL(/\/dashboard$/);
      const left = await partner.page.request.get('/api/workspaces');
      expect(((await left.json()).data as { id: string }[]).map((w) => w.id)).not.toContain(workspaceId);
      expect(partner.errors, 'browser console errors (partner)').toEqual([]);
    } finally {
      await partner.close();
    }
  });
});
