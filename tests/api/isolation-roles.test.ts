import fs from 'node:fs';
import path from 'node:path';
import { samplePng } from '../../src/lib/pdf/sample-images';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiResponse, Client, signIn } from '../helpers/client';
import { recordFigure } from '../helpers/figures';
import { createWorkspace, join, type Person } from '../helpers/workspaces';

/**
 * The isolation matrix with a role dimension (docs/decisions/0097-workspaces.md),
 * over HTTP, on PGlite and on a real PostgreSQL server. Workspace W is owned by
 * A, who keeps one of everything in it. Five people try every route of the API
 * in W (X-Workspace-Id): someone who was never in it and a member who was
 * removed (404 everywhere, nothing of W's in any answer), a viewer (reads: 200;
 * every write: 403 `forbidden`), a member (records: yes; settings, logo,
 * export, import, invitations and member changes: 403) and an admin (all but
 * handing over ownership and deleting the workspace: 403). Each person's
 * refusals come first: after them W's data is exactly as it was, compared
 * once, before anything allowed may change W (docs/decisions/0218-role-matrix-refusals-first.md);
 * then what the role may do, in the list's order.
 *
 * ATTEMPTS covers every route file under src/app/api (the first test checks
 * that, so a new route cannot be forgotten); PUBLIC names the routes without a
 * workspace (no session, a webhook signature, a cron secret, a tool token).
 */

const backends = inject('backends');

type Actor = 'nonmember' | 'removed' | 'viewer' | 'member' | 'admin';
const ACTORS: Actor[] = ['nonmember', 'removed', 'viewer', 'member', 'admin'];
const WHO: Record<Actor, string> = {
  nonmember: 'someone who was never in it',
  removed: 'a removed member',
  viewer: 'a viewer',
  member: 'a member',
  admin: 'an admin',
};

/**
 * What a route needs in the request's workspace: a role; `self` for a
 * member's own things (their preferences, their workspaces, signing out,
 * leaving); `local` for local-accounts routes, a 404 for everyone under the
 * development sign-in the tests run with; `proposal` for dropping one's own
 * assistant proposal: anyone in the workspace may, but only members can have
 * one, so a viewer can only name someone else's (a 404).
 */
type Need = 'viewer' | 'member' | 'admin' | 'owner' | 'self' | 'local' | 'proposal';

type Targets = Record<string, string>;
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface Attempt {
  /** `METHOD /api/…` as the route file's path names it (`[id]` for a segment) */
  route: string;
  path: (t: Targets, me: Person) => string;
  body?: (t: Targets, me: Person) => unknown;
  /** request headers (e.g. the content type of a file body) */
  headers?: Record<string, string>;
  need: Need;
  /** the answer when the role may (default: any 2xx) */
  allowed?: number;
  /** for an actor that may: run first, as that actor (e.g. their own proposal to confirm) */
  prepare?: (me: Person, t: Targets) => Promise<void>;
  /** sent from a second session of the actor (signing out) */
  freshSession?: boolean;
  /** more about an allowed answer */
  check?: (res: ApiResponse<any>, actor: Actor) => void;
}

const ROLE_RANK: Record<string, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };
const ACTOR_ROLE: Partial<Record<Actor, string>> = { viewer: 'viewer', member: 'member', admin: 'admin' };

/** `allowed`, or the refusal an actor gets. */
function expectation(actor: Actor, need: Need): 'allowed' | 403 | 404 {
  const role = ACTOR_ROLE[actor];
  if (!role || need === 'local') return 404;
  if (need === 'self') return 'allowed';
  if (need === 'proposal') return ROLE_RANK[role]! >= ROLE_RANK.member! ? 'allowed' : 404;
  return ROLE_RANK[role]! >= ROLE_RANK[need]! ? 'allowed' : 403;
}

const dueIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const items = [{ description: 'Consulting', quantity: 2, unit_price: '150.00' }];
const method = (a: Attempt) => a.route.split(' ')[0] as Method;
const LOGO = samplePng({ width: 40, height: 20 }).toString('base64');

const ATTEMPTS: Attempt[] = [
  // ── reads: every member ────────────────────────────────────────────────
  { route: 'GET /api/contacts', path: () => '/api/contacts?limit=200', need: 'viewer' },
  { route: 'GET /api/contacts', path: () => '/api/contacts?format=csv', need: 'viewer' },
  { route: 'GET /api/contacts/[id]', path: (t) => `/api/contacts/${t.contact}`, need: 'viewer' },
  { route: 'GET /api/contacts/[id]/notes', path: (t) => `/api/contacts/${t.contact}/notes`, need: 'viewer' },
  { route: 'GET /api/contacts/[id]/summary', path: (t) => `/api/contacts/${t.contact}/summary`, need: 'viewer' },
  { route: 'GET /api/contacts/[id]/timeline', path: (t) => `/api/contacts/${t.contact}/timeline`, need: 'viewer' },
  { route: 'GET /api/tasks', path: () => '/api/tasks?limit=200', need: 'viewer' },
  { route: 'GET /api/tasks/[id]', path: (t) => `/api/tasks/${t.task}`, need: 'viewer' },
  { route: 'GET /api/deals', path: () => '/api/deals?limit=200', need: 'viewer' },
  { route: 'GET /api/deals', path: () => '/api/deals?format=csv', need: 'viewer' },
  { route: 'GET /api/deals/[id]', path: (t) => `/api/deals/${t.deal}`, need: 'viewer' },
  { route: 'GET /api/deals/[id]/events', path: (t) => `/api/deals/${t.deal}/events`, need: 'viewer' },
  { route: 'GET /api/deals/totals', path: () => '/api/deals/totals', need: 'viewer' },
  { route: 'GET /api/deal-stages', path: () => '/api/deal-stages', need: 'viewer' },
  { route: 'GET /api/deal-stages/[id]', path: (t) => `/api/deal-stages/${t.stage}`, need: 'viewer' },
  { route: 'GET /api/dashboard/pipeline', path: () => '/api/dashboard/pipeline', need: 'viewer' },
  { route: 'GET /api/time-entries', path: () => '/api/time-entries?limit=200', need: 'viewer' },
  { route: 'GET /api/time-entries', path: () => '/api/time-entries?format=csv', need: 'viewer' },
  { route: 'GET /api/time-entries/[id]', path: (t) => `/api/time-entries/${t.timeEntry}`, need: 'viewer' },
  { route: 'GET /api/bank-accounts', path: () => '/api/bank-accounts', need: 'viewer' },
  { route: 'GET /api/bank-accounts/[id]', path: (t) => `/api/bank-accounts/${t.bankAccount}`, need: 'viewer' },
  { route: 'GET /api/bank-lines', path: () => '/api/bank-lines?limit=200', need: 'viewer' },
  { route: 'GET /api/bank-lines', path: () => '/api/bank-lines?format=csv', need: 'viewer' },
  { route: 'GET /api/bank-lines/[id]', path: (t) => `/api/bank-lines/${t.bankLineIn}`, need: 'viewer' },
  { route: 'GET /api/bank-rules', path: () => '/api/bank-rules', need: 'viewer' },
  { route: 'GET /api/bank-rules/[id]', path: (t) => `/api/bank-rules/${t.bankRule}`, need: 'viewer' },
  { route: 'GET /api/time-entries/timer', path: () => '/api/time-entries/timer', need: 'viewer' },
  { route: 'GET /api/time-entries/settings', path: () => '/api/time-entries/settings', need: 'viewer' },
  { route: 'GET /api/transactions', path: () => '/api/transactions?limit=200', need: 'viewer' },
  { route: 'GET /api/transactions/[id]', path: (t) => `/api/transactions/${t.transaction}`, need: 'viewer' },
  { route: 'GET /api/transactions/categories', path: () => '/api/transactions/categories', need: 'viewer' },
  { route: 'GET /api/transactions/totals', path: () => '/api/transactions/totals?q=a', need: 'viewer' },
  { route: 'GET /api/invoices', path: () => '/api/invoices?limit=200', need: 'viewer' },
  { route: 'GET /api/invoices/[id]', path: (t) => `/api/invoices/${t.invoice}`, need: 'viewer' },
  { route: 'GET /api/invoices/[id]/pdf', path: (t) => `/api/invoices/${t.invoice}/pdf`, need: 'viewer' },
  { route: 'GET /api/invoices/[id]/payments', path: (t) => `/api/invoices/${t.invoice}/payments`, need: 'viewer' },
  { route: 'GET /api/invoices/settings', path: () => '/api/invoices/settings', need: 'viewer' },
  { route: 'GET /api/invoices/[id]/credit-notes', path: (t) => `/api/invoices/${t.invoice}/credit-notes`, need: 'viewer' },
  { route: 'GET /api/credit-notes', path: () => '/api/credit-notes?limit=200', need: 'viewer' },
  { route: 'GET /api/credit-notes', path: () => '/api/credit-notes?format=csv', need: 'viewer' },
  { route: 'GET /api/credit-notes/[id]', path: (t) => `/api/credit-notes/${t.creditNote}`, need: 'viewer' },
  { route: 'GET /api/recurring-invoices', path: () => '/api/recurring-invoices?limit=200', need: 'viewer' },
  { route: 'GET /api/recurring-invoices/[id]', path: (t) => `/api/recurring-invoices/${t.recurring}`, need: 'viewer' },
  { route: 'GET /api/invoices/settings/logo', path: () => '/api/invoices/settings/logo', need: 'viewer' },
  { route: 'GET /api/quotes', path: () => '/api/quotes?limit=200', need: 'viewer' },
  { route: 'GET /api/quotes/[id]', path: (t) => `/api/quotes/${t.quote}`, need: 'viewer' },
  { route: 'GET /api/quotes/[id]/pdf', path: (t) => `/api/quotes/${t.quote}/pdf`, need: 'viewer' },
  { route: 'GET /api/quotes/settings', path: () => '/api/quotes/settings', need: 'viewer' },
  {
    route: 'GET /api/outbox',
    path: () => '/api/outbox',
    need: 'viewer',
    // the workspace's mail: the invoice A sent from W is there
    check: (res) => expect(res.body.page.total).toBeGreaterThan(0),
  },
  { route: 'GET /api/outbox/[id]', path: (t) => `/api/outbox/${t.message}`, need: 'viewer' },
  { route: 'GET /api/outbox/[id]', path: (t) => `/api/outbox/${t.message}?attachment=0`, need: 'viewer' },
  { route: 'GET /api/audit', path: () => '/api/audit?limit=50', need: 'viewer' },
  { route: 'GET /api/dashboard/stats', path: () => '/api/dashboard/stats', need: 'viewer' },
  { route: 'GET /api/dashboard/financial', path: () => '/api/dashboard/financial', need: 'viewer' },
  { route: 'GET /api/ai/logs', path: () => '/api/ai/logs?limit=100', need: 'viewer' },
  { route: 'GET /api/auth/user', path: () => '/api/auth/user', need: 'viewer' },
  { route: 'GET /api/workspaces/[id]', path: (t) => `/api/workspaces/${t.workspace}`, need: 'viewer' },
  { route: 'GET /api/workspaces/[id]/members', path: (t) => `/api/workspaces/${t.workspace}/members`, need: 'viewer' },
  { route: 'POST /api/ai/query', path: () => '/api/ai/query', body: () => ({ query: 'show my contacts' }), need: 'viewer' },
  {
    // asking for a change: a viewer's assistant proposes nothing (and stores nothing to confirm)
    route: 'POST /api/ai/query',
    path: () => '/api/ai/query',
    body: () => ({ query: 'add a task: call the accountant tomorrow' }),
    need: 'viewer',
    check: (res, actor) => {
      if (actor === 'viewer') expect(res.body.data.pending_action).toBeNull();
      else expect(res.body.data.pending_action).toMatchObject({ tool: 'create_task' });
    },
  },
  // ── one's own: every member ────────────────────────────────────────────
  { route: 'GET /api/workspaces', path: () => '/api/workspaces', need: 'self' },
  { route: 'POST /api/workspaces', path: () => '/api/workspaces', body: () => ({ name: 'My own' }), need: 'self', allowed: 201 },
  { route: 'PUT /api/auth/user', path: () => '/api/auth/user', body: () => ({ locale: 'de-DE' }), need: 'self' },
  {
    route: 'POST /api/invitations/accept',
    path: () => '/api/invitations/accept',
    body: () => ({ token: 'x'.repeat(43) }),
    need: 'self',
    allowed: 404,
  },
  { route: 'POST /api/local-auth/sign-out', path: () => '/api/local-auth/sign-out', need: 'self', freshSession: true },
  { route: 'GET /api/local-auth/sessions', path: () => '/api/local-auth/sessions', need: 'local' },
  { route: 'DELETE /api/local-auth/sessions/[id]', path: () => `/api/local-auth/sessions/sess_local_${'0'.repeat(32)}`, need: 'local' },
  {
    route: 'POST /api/local-auth/password',
    path: () => '/api/local-auth/password',
    body: () => ({ current_password: 'x', new_password: 'y' }),
    need: 'local',
  },
  // ── records: members and above ─────────────────────────────────────────
  { route: 'POST /api/contacts', path: () => '/api/contacts', body: () => ({ first_name: 'Added' }), need: 'member', allowed: 201 },
  { route: 'PUT /api/contacts/[id]', path: (t) => `/api/contacts/${t.contact}`, body: () => ({ last_name: 'Changed' }), need: 'member' },
  { route: 'DELETE /api/contacts/[id]', path: (t) => `/api/contacts/${t.contact2}`, need: 'member' },
  {
    route: 'POST /api/contacts/[id]/notes',
    path: (t) => `/api/contacts/${t.contact}/notes`,
    body: () => ({ body: 'planted' }),
    need: 'member',
    allowed: 201,
  },
  { route: 'DELETE /api/contacts/[id]/notes/[noteId]', path: (t) => `/api/contacts/${t.contact}/notes/${t.note}`, need: 'member' },
  {
    route: 'POST /api/contacts/import',
    path: () => '/api/contacts/import',
    body: () => ({ csv: 'first_name,email\nImported,imported@example.com\n', dry_run: false }),
    need: 'member',
    allowed: 201,
  },
  { route: 'POST /api/tasks', path: () => '/api/tasks', body: () => ({ title: 'Added' }), need: 'member', allowed: 201 },
  { route: 'PUT /api/tasks/[id]', path: (t) => `/api/tasks/${t.task}`, body: () => ({ status: 'completed' }), need: 'member' },
  { route: 'DELETE /api/tasks/[id]', path: (t) => `/api/tasks/${t.task}`, need: 'member' },
  {
    route: 'POST /api/deals',
    path: () => '/api/deals',
    body: () => ({ title: 'Added deal', value: '10.00' }),
    need: 'member',
    allowed: 201,
  },
  { route: 'PUT /api/deals/[id]', path: (t) => `/api/deals/${t.deal}`, body: () => ({ position: 0 }), need: 'member' },
  { route: 'POST /api/deals/[id]/invoice', path: (t) => `/api/deals/${t.wonDeal}/invoice`, need: 'member', allowed: 201 },
  { route: 'POST /api/deals/[id]/quote', path: (t) => `/api/deals/${t.wonDeal}/quote`, need: 'member', allowed: 201 },
  { route: 'DELETE /api/deals/[id]', path: (t) => `/api/deals/${t.deal2}`, need: 'member' },
  // the pipeline's stages are the workspace's set-up: admins manage them
  { route: 'POST /api/deal-stages', path: () => '/api/deal-stages', body: () => ({ name: 'Added stage' }), need: 'admin', allowed: 201 },
  {
    route: 'PUT /api/deal-stages',
    path: () => '/api/deal-stages',
    body: (t) => ({ stages: [{ id: t.stage, probability: 15 }] }),
    need: 'admin',
  },
  { route: 'PUT /api/deal-stages/[id]', path: (t) => `/api/deal-stages/${t.stage}`, body: () => ({ name: 'Renamed' }), need: 'admin' },
  { route: 'DELETE /api/deal-stages/[id]', path: (t) => `/api/deal-stages/${t.stage2}`, need: 'admin' },
  {
    route: 'POST /api/time-entries',
    path: () => '/api/time-entries',
    body: () => ({ contact_id: null, description: 'Logged', started_at: '2026-11-02T09:00:00Z', duration_minutes: 30 }),
    need: 'member',
    allowed: 201,
  },
  // A's own entry: members change only their own time, admins anyone's
  {
    route: 'PUT /api/time-entries/[id]',
    path: (t) => `/api/time-entries/${t.timeEntry}`,
    body: () => ({ description: 'Corrected' }),
    need: 'admin',
  },
  { route: 'DELETE /api/time-entries/[id]', path: (t) => `/api/time-entries/${t.timeEntry}`, need: 'admin' },
  {
    route: 'POST /api/time-entries/timer/start',
    path: () => '/api/time-entries/timer/start',
    body: () => ({ description: 'Timing' }),
    need: 'member',
    allowed: 201,
  },
  { route: 'POST /api/time-entries/timer/stop', path: () => '/api/time-entries/timer/stop', need: 'member' },
  // bank statements: members import, match and book; deleting an account is an admin's
  {
    route: 'POST /api/bank-accounts',
    path: () => '/api/bank-accounts',
    body: () => ({ name: 'Added', currency: 'USD' }),
    need: 'member',
    allowed: 201,
  },
  {
    route: 'PUT /api/bank-accounts/[id]',
    path: (t) => `/api/bank-accounts/${t.bankAccount}`,
    body: () => ({ name: 'Renamed' }),
    need: 'member',
  },
  {
    route: 'POST /api/bank-accounts/[id]/statements',
    path: (t) => `/api/bank-accounts/${t.bankAccount}/statements`,
    body: (_t, me) => `Date,Amount,Description\r\n2026-11-20,7.00,Statement line of ${me.user.id}\r\n`,
    headers: { 'content-type': 'text/csv' },
    need: 'member',
  },
  {
    route: 'POST /api/bank-lines/[id]/match',
    path: (t) => `/api/bank-lines/${t.bankLineIn}/match`,
    body: (t) => ({ invoice_id: t.invoice }),
    need: 'member',
  },
  { route: 'POST /api/bank-lines/[id]/unmatch', path: (t) => `/api/bank-lines/${t.bankLineIn}/unmatch`, need: 'member' },
  {
    route: 'POST /api/bank-lines/[id]/book',
    path: (t) => `/api/bank-lines/${t.bankLineOut}/book`,
    body: () => ({ category: 'Bank fees' }),
    need: 'member',
  },
  { route: 'POST /api/bank-lines/[id]/unbook', path: (t) => `/api/bank-lines/${t.bankLineOut}/unbook`, need: 'member' },
  {
    route: 'POST /api/bank-lines/bulk',
    path: () => '/api/bank-lines/bulk',
    body: (t) => ({ action: 'ignore', ids: [t.bankLineOut] }),
    need: 'member',
  },
  {
    route: 'POST /api/bank-rules',
    path: () => '/api/bank-rules',
    body: () => ({ pattern: 'fee', category: 'Bank fees' }),
    need: 'member',
    allowed: 201,
  },
  {
    route: 'PUT /api/bank-rules/[id]',
    path: (t) => `/api/bank-rules/${t.bankRule}`,
    body: () => ({ category: 'Changed' }),
    need: 'member',
  },
  { route: 'DELETE /api/bank-rules/[id]', path: (t) => `/api/bank-rules/${t.bankRule2}`, need: 'member' },
  { route: 'DELETE /api/bank-accounts/[id]', path: (t) => `/api/bank-accounts/${t.bankAccount2}`, need: 'admin' },
  {
    route: 'POST /api/invoices/from-time',
    path: () => '/api/invoices/from-time',
    body: (t) => ({ contact_id: t.contact, entry_ids: [t.unbilled] }),
    need: 'member',
    allowed: 201,
  },
  {
    route: 'POST /api/transactions',
    path: () => '/api/transactions',
    body: () => ({ type: 'expense', amount: '3.00' }),
    need: 'member',
    allowed: 201,
  },
  {
    route: 'PUT /api/transactions/[id]',
    path: (t) => `/api/transactions/${t.transaction}`,
    body: () => ({ amount: '2.00' }),
    need: 'member',
  },
  { route: 'DELETE /api/transactions/[id]', path: (t) => `/api/transactions/${t.transaction}`, need: 'member' },
  {
    route: 'POST /api/invoices',
    path: () => '/api/invoices',
    body: (t) => ({ contact_id: t.contact, due_date: dueIn(14), items }),
    need: 'member',
    allowed: 201,
  },
  { route: 'PUT /api/invoices/[id]', path: (t) => `/api/invoices/${t.draft}`, body: () => ({ notes: 'changed' }), need: 'member' },
  { route: 'POST /api/invoices/[id]/send', path: (t) => `/api/invoices/${t.draft}/send`, body: () => ({}), need: 'member' },
  { route: 'DELETE /api/invoices/[id]', path: (t) => `/api/invoices/${t.draft2}`, need: 'member' },
  { route: 'POST /api/invoices/[id]/receipt', path: (t) => `/api/invoices/${t.invoice}/receipt`, body: () => ({}), need: 'member' },
  { route: 'POST /api/invoices/[id]/duplicate', path: (t) => `/api/invoices/${t.invoice}/duplicate`, need: 'member', allowed: 201 },
  {
    route: 'POST /api/invoices/[id]/payments',
    path: (t) => `/api/invoices/${t.invoice}/payments`,
    body: () => ({ amount: '1.00' }),
    need: 'member',
    allowed: 201,
  },
  {
    route: 'POST /api/invoices/[id]/credit-notes',
    path: (t) => `/api/invoices/${t.invoice}/credit-notes`,
    body: () => ({ amount: '1.00' }),
    need: 'member',
    allowed: 201,
  },
  {
    route: 'POST /api/recurring-invoices',
    path: () => '/api/recurring-invoices',
    body: (t) => ({ contact_id: t.contact, items, frequency: 'monthly', start_date: '2099-01-31' }),
    need: 'member',
    allowed: 201,
  },
  {
    route: 'PUT /api/recurring-invoices/[id]',
    path: (t) => `/api/recurring-invoices/${t.recurring}`,
    body: () => ({ status: 'paused' }),
    need: 'member',
  },
  { route: 'DELETE /api/recurring-invoices/[id]', path: (t) => `/api/recurring-invoices/${t.recurring2}`, need: 'member' },
  {
    route: 'DELETE /api/invoices/[id]/payments/[payment_id]',
    path: (t) => `/api/invoices/${t.invoice}/payments/${t.payment}`,
    need: 'member',
  },
  { route: 'POST /api/invoices/[id]/share', path: (t) => `/api/invoices/${t.invoice}/share`, need: 'member' },
  { route: 'DELETE /api/invoices/[id]/share', path: (t) => `/api/invoices/${t.invoice}/share`, need: 'member' },
  { route: 'POST /api/quotes', path: () => '/api/quotes', body: (t) => ({ contact_id: t.contact, items }), need: 'member', allowed: 201 },
  { route: 'PUT /api/quotes/[id]', path: (t) => `/api/quotes/${t.quoteDraft}`, body: () => ({ notes: 'changed' }), need: 'member' },
  { route: 'POST /api/quotes/[id]/send', path: (t) => `/api/quotes/${t.quoteDraft}/send`, body: () => ({}), need: 'member' },
  { route: 'DELETE /api/quotes/[id]', path: (t) => `/api/quotes/${t.quoteDraft2}`, need: 'member' },
  { route: 'POST /api/quotes/[id]/share', path: (t) => `/api/quotes/${t.quote}/share`, need: 'member' },
  { route: 'DELETE /api/quotes/[id]/share', path: (t) => `/api/quotes/${t.quote}/share`, need: 'member' },
  { route: 'POST /api/quotes/[id]/convert', path: (t) => `/api/quotes/${t.quote}/convert`, need: 'member', allowed: 201 },
  {
    // a refused actor names A's pending proposal; one that may confirms their own
    route: 'POST /api/ai/actions/[id]/confirm',
    path: (t) => `/api/ai/actions/${t.mine ?? t.action}/confirm`,
    need: 'member',
    prepare: async (me, t) => {
      t.mine = await propose(me);
    },
  },
  { route: 'POST /api/ai/actions/[id]/undo', path: (t) => `/api/ai/actions/${t.mine ?? t.action}/undo`, need: 'member' },
  {
    route: 'POST /api/ai/actions/[id]/reject',
    path: (t) => `/api/ai/actions/${t.mine ?? t.action}/reject`,
    need: 'proposal',
    prepare: async (me, t) => {
      t.mine = await propose(me);
    },
  },
  // ── webhooks: admins (docs/decisions/0135) ─────────────────────────────
  { route: 'GET /api/webhooks', path: () => '/api/webhooks', need: 'admin' },
  {
    route: 'POST /api/webhooks',
    path: () => '/api/webhooks',
    body: () => ({ url: 'https://hooks.invalid/added', events: ['contact.created'], enabled: false }),
    need: 'admin',
    allowed: 201,
  },
  { route: 'GET /api/webhooks/[id]', path: (t) => `/api/webhooks/${t.webhook}`, need: 'admin' },
  {
    route: 'PUT /api/webhooks/[id]',
    path: (t) => `/api/webhooks/${t.webhook}`,
    body: () => ({ events: ['task.completed', 'deal.stage_changed'] }),
    need: 'admin',
  },
  { route: 'GET /api/webhooks/[id]/deliveries', path: (t) => `/api/webhooks/${t.webhook}/deliveries`, need: 'admin' },
  {
    // the endpoint is disabled: an admin is told to enable it first
    route: 'POST /api/webhooks/[id]/deliveries/[delivery_id]/redeliver',
    path: (t) => `/api/webhooks/${t.webhook}/deliveries/${t.delivery}/redeliver`,
    need: 'admin',
    allowed: 409,
  },
  { route: 'DELETE /api/webhooks/[id]', path: (t) => `/api/webhooks/${t.webhook2}`, need: 'admin' },
  // ── the workspace itself: admins ───────────────────────────────────────
  { route: 'GET /api/workspaces/[id]/invitations', path: (t) => `/api/workspaces/${t.workspace}/invitations`, need: 'admin' },
  {
    route: 'POST /api/workspaces/[id]/invitations',
    path: (t) => `/api/workspaces/${t.workspace}/invitations`,
    body: () => ({ email: `invitee-${crypto.randomUUID()}@example.com`, role: 'member' }),
    need: 'admin',
    allowed: 201,
  },
  {
    route: 'DELETE /api/workspaces/[id]/invitations/[invitation_id]',
    path: (t) => `/api/workspaces/${t.workspace}/invitations/${t.invitation}`,
    need: 'admin',
  },
  { route: 'GET /api/api-keys', path: () => '/api/api-keys', need: 'admin' },
  {
    route: 'POST /api/api-keys',
    path: () => '/api/api-keys',
    body: () => ({ name: 'Matrix key', scopes: ['read'] }),
    need: 'admin',
    allowed: 201,
    check: (res) => expect(res.body.data.key).toMatch(/^lk_/),
  },
  { route: 'DELETE /api/api-keys/[id]', path: (t) => `/api/api-keys/${t.apiKey}`, need: 'admin' },
  { route: 'PUT /api/workspaces/[id]', path: (t) => `/api/workspaces/${t.workspace}`, body: () => ({ name: 'Renamed' }), need: 'admin' },
  { route: 'PUT /api/invoices/settings', path: () => '/api/invoices/settings', body: () => ({ reminder_days: [3, 10] }), need: 'admin' },
  { route: 'PUT /api/quotes/settings', path: () => '/api/quotes/settings', body: () => ({ share_link_days: 30 }), need: 'admin' },
  {
    route: 'PUT /api/time-entries/settings',
    path: () => '/api/time-entries/settings',
    body: () => ({ default_hourly_rate: '1.00', time_rounding_minutes: 6 }),
    need: 'admin',
  },
  {
    route: 'PUT /api/auth/user',
    path: () => '/api/auth/user',
    body: () => ({ business_name: 'Taken Over Ltd', payment_instructions: 'Pay me instead' }),
    need: 'admin',
  },
  { route: 'PUT /api/invoices/settings/logo', path: () => '/api/invoices/settings/logo', body: () => ({ image: LOGO }), need: 'admin' },
  { route: 'DELETE /api/invoices/settings/logo', path: () => '/api/invoices/settings/logo', need: 'admin' },
  {
    route: 'GET /api/export',
    path: () => '/api/export',
    need: 'admin',
  },
  {
    // an admin may import, but only into an empty workspace: a 409 for W, nothing imported
    route: 'POST /api/import',
    path: () => '/api/import',
    body: () => ({
      format: 'ledgerly-export',
      version: 1,
      exported_at: '2026-12-01T09:00:00.000Z',
      tables: { contacts: [{ id: crypto.randomUUID(), first_name: 'Imported', status: 'lead' }] },
    }),
    need: 'admin',
    allowed: 409,
  },
  {
    route: 'PUT /api/workspaces/[id]/members/[user_id]',
    path: (t, me) => `/api/workspaces/${t.workspace}/members/${me.user.id}`,
    body: () => ({ role: 'admin' }),
    need: 'admin',
  },
  // ── the owner's alone ──────────────────────────────────────────────────
  {
    route: 'PUT /api/workspaces/[id]/members/[user_id]',
    path: (t) => `/api/workspaces/${t.workspace}/members/${t.pawn}`,
    body: () => ({ role: 'owner' }),
    need: 'owner',
  },
  { route: 'DELETE /api/workspaces/[id]', path: (t) => `/api/workspaces/${t.workspace}`, need: 'owner' },
  // ── other members: admins ──────────────────────────────────────────────
  {
    route: 'PUT /api/workspaces/[id]/members/[user_id]',
    path: (t) => `/api/workspaces/${t.workspace}/members/${t.pawn}`,
    body: () => ({ role: 'member' }),
    need: 'admin',
  },
  {
    route: 'DELETE /api/workspaces/[id]/members/[user_id]',
    path: (t) => `/api/workspaces/${t.workspace}/members/${t.pawn}`,
    need: 'admin',
  },
  // ── leaving (last: the actor is out of W after it) ─────────────────────
  {
    route: 'DELETE /api/workspaces/[id]/members/[user_id]',
    path: (t, me) => `/api/workspaces/${t.workspace}/members/${me.user.id}`,
    need: 'self',
  },
];

/** Routes without a workspace: no session, a signature, a secret or a tool token (tested in their own suites). */
const PUBLIC = new Set([
  '/api/[...path]',
  '/api/health',
  '/api/health/live',
  '/api/health/ready',
  '/api/openapi.json',
  '/api/local-auth/sign-in',
  '/api/local-auth/sign-up',
  '/api/local-auth/password-reset',
  '/api/local-auth/password-reset/confirm',
  '/api/auth/webhook',
  '/api/webhook/clerk',
  '/api/ai/tools',
  '/api/ai/tools/[name]',
  '/api/cron/reminders',
  '/api/cron/recurring',
  // an API key only (tests/api/mcp.test.ts): every session is a 401
  '/api/mcp',
  '/api/cron/webhooks',
]);

/** Every `METHOD /api/…` the route files serve. */
function servedRoutes(): string[] {
  const root = path.resolve(import.meta.dirname, '../../src/app');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const route = `/${path.relative(root, dir).split(path.sep).join('/')}`;
        if (PUBLIC.has(route)) continue;
        const source = fs.readFileSync(full, 'utf8');
        for (const m of source.matchAll(/\b(GET|POST|PUT|PATCH|DELETE):\s/g)) out.push(`${m[1]} ${route}`);
      }
    }
  };
  walk(path.join(root, 'api'));
  return [...new Set(out)].sort();
}

/** A proposal of the assistant's, by `me`: its id. */
async function propose(me: Client): Promise<string> {
  const res = await me.post('/api/ai/query', { query: 'add a task: send the quarterly report tomorrow' });
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  expect(res.body.data.pending_action, res.text.slice(0, 300)).not.toBeNull();
  return res.body.data.pending_action.id;
}

it('covers every route the API serves that acts in a workspace', () => {
  expect([...new Set(ATTEMPTS.map((a) => a.route))].sort()).toEqual(servedRoutes());
});

describe.each(backends)('role isolation matrix on $name', (backend) => {
  let a: Person;
  let W: string;
  const people = {} as Record<Actor, Person>;
  const marker = `Team-${Math.random().toString(36).slice(2, 10)}`;
  const counts: Record<Actor, { allowed: number; 403: number; 404: number }> = Object.fromEntries(
    ACTORS.map((actor) => [actor, { allowed: 0, 403: 0, 404: 0 }]),
  ) as never;

  const must = async (res: Promise<ApiResponse<any>>, status: number) => {
    const r = await res;
    expect(r.status, r.text.slice(0, 300)).toBe(status);
    return r.body;
  };

  /** One of everything in W, made by A: what every actor's attempts aim at. */
  async function makeTargets(): Promise<Targets> {
    const t: Targets = { workspace: W };
    t.contact = (await must(a.post('/api/contacts', { first_name: marker, email: 'client-of-w@example.com' }), 201)).data.id;
    t.contact2 = (await must(a.post('/api/contacts', { first_name: `${marker} two` }), 201)).data.id;
    t.note = (await must(a.post(`/api/contacts/${t.contact}/notes`, { body: `${marker} note` }), 201)).data.id;
    t.task = (await must(a.post('/api/tasks', { title: `${marker} task`, contact_id: t.contact }), 201)).data.id;
    const stages = (await must(a.get('/api/deal-stages'), 200)).data as { id: string; kind: string }[];
    t.stage = stages[0]!.id;
    t.stage2 = (await must(a.post('/api/deal-stages', { name: `${marker} stage` }), 201)).data.id;
    t.deal = (await must(a.post('/api/deals', { title: `${marker} deal`, value: '500.00', contact_id: t.contact }), 201)).data.id;
    t.deal2 = (await must(a.post('/api/deals', { title: `${marker} deal two` }), 201)).data.id;
    t.wonDeal = (
      await must(
        a.post('/api/deals', { title: `${marker} won`, value: '900.00', stage_id: stages.find((st) => st.kind === 'won')!.id }),
        201,
      )
    ).data.id;
    const logged = { description: `${marker} time`, started_at: '2026-11-02T09:00:00Z', duration_minutes: 45 };
    t.timeEntry = (await must(a.post('/api/time-entries', { ...logged, contact_id: t.contact2 }), 201)).data.id;
    t.unbilled = (await must(a.post('/api/time-entries', { ...logged, contact_id: t.contact, hourly_rate: '80.00' }), 201)).data.id;
    t.transaction = (await must(a.post('/api/transactions', { type: 'expense', amount: '12.34', description: marker }), 201)).data.id;
    t.draft = (await must(a.post('/api/invoices', { contact_id: t.contact, due_date: dueIn(14), items, notes: marker }), 201)).data.id;
    t.draft2 = (await must(a.post('/api/invoices', { contact_id: t.contact, due_date: dueIn(14), items }), 201)).data.id;
    t.invoice = (await must(a.post('/api/invoices', { contact_id: t.contact, due_date: dueIn(30), items, notes: marker }), 201)).data.id;
    await must(a.post(`/api/invoices/${t.invoice}/send`, {}), 200);
    t.payment = (await must(a.post(`/api/invoices/${t.invoice}/payments`, { amount: '100.00' }), 201)).data.id;
    t.creditNote = (await must(a.post(`/api/invoices/${t.invoice}/credit-notes`, { amount: '10.00' }), 201)).data.id;
    const profile = { contact_id: t.contact, items, frequency: 'monthly', start_date: '2099-01-31' };
    t.recurring = (await must(a.post('/api/recurring-invoices', profile), 201)).data.id;
    t.recurring2 = (await must(a.post('/api/recurring-invoices', profile), 201)).data.id;
    t.quoteDraft = (await must(a.post('/api/quotes', { contact_id: t.contact, items, notes: marker }), 201)).data.id;
    t.quoteDraft2 = (await must(a.post('/api/quotes', { contact_id: t.contact, items }), 201)).data.id;
    t.quote = (await must(a.post('/api/quotes', { contact_id: t.contact, items, notes: marker }), 201)).data.id;
    await must(a.put(`/api/quotes/${t.quote}`, { status: 'sent' }), 200);
    await must(a.put('/api/invoices/settings/logo', { image: LOGO }), 200);
    const outbox = await must(a.get('/api/outbox'), 200);
    expect(outbox.data.length, 'the invoice A sent from W is in W’s outbox').toBeGreaterThan(0);
    t.message = outbox.data[0].id;
    t.action = (await must(a.post('/api/ai/query', { query: `add a task: call ${marker} tomorrow` }), 200)).data.pending_action.id;
    t.bankAccount = (await must(a.post('/api/bank-accounts', { name: `${marker} bank`, currency: 'USD' }), 201)).data.id;
    t.bankAccount2 = (await must(a.post('/api/bank-accounts', { name: `${marker} bank two`, currency: 'USD' }), 201)).data.id;
    const statementCsv = `Date,Amount,Description\r\n2026-11-10,50.00,${marker} in\r\n2026-11-11,-8.00,${marker} out\r\n`;
    await must(a.request('POST', `/api/bank-accounts/${t.bankAccount}/statements`, statementCsv, { 'content-type': 'text/csv' }), 200);
    const lines = (await must(a.get(`/api/bank-lines?bank_account_id=${t.bankAccount}&sort=-amount`), 200)).data as { id: string }[];
    t.bankLineIn = lines[0]!.id;
    t.bankLineOut = lines[1]!.id;
    t.bankRule = (await must(a.post('/api/bank-rules', { pattern: `${marker} rule`, category: 'Office' }), 201)).data.id;
    t.bankRule2 = (await must(a.post('/api/bank-rules', { pattern: `${marker} rule two`, category: 'Office' }), 201)).data.id;
    t.invitation = (
      await must(a.post(`/api/workspaces/${W}/invitations`, { email: `pending-${marker}@example.com`, role: 'viewer' }), 201)
    ).data.id;
    t.apiKey = (await must(a.post('/api/api-keys', { name: `${marker} key`, scopes: ['read', 'write'] }), 201)).data.id;
    t.webhook = (await must(a.post('/api/webhooks', { url: 'https://hooks.invalid/matrix', events: ['task.completed'] }), 201)).data.id;
    const done = (await must(a.post('/api/tasks', { title: `${marker} done` }), 201)).data.id;
    await must(a.put(`/api/tasks/${done}`, { status: 'completed' }), 200);
    await must(a.put(`/api/webhooks/${t.webhook}`, { enabled: false }), 200);
    t.delivery = (await must(a.get(`/api/webhooks/${t.webhook}/deliveries`), 200)).data[0].id;
    t.webhook2 = (
      await must(a.post('/api/webhooks', { url: 'https://hooks.invalid/two', events: ['contact.created'], enabled: false }), 201)
    ).data.id;
    t.pawn = (await join(backend.url, a, W, 'viewer')).user.id;
    return t;
  }

  /** W as its owner sees it: read before a run of refused requests and compared after it. */
  async function snapshotOfW(t: Targets) {
    const paths = [
      '/api/contacts?limit=200',
      `/api/contacts/${t.contact}/notes`,
      '/api/tasks?limit=200',
      '/api/deals?limit=200',
      '/api/deal-stages',
      '/api/time-entries?limit=200',
      '/api/time-entries/settings',
      '/api/bank-accounts',
      '/api/bank-lines?limit=200',
      '/api/bank-rules',
      '/api/transactions?limit=200',
      '/api/invoices?limit=200',
      `/api/invoices/${t.invoice}/payments`,
      `/api/invoices/${t.invoice}/credit-notes`,
      '/api/credit-notes?limit=200',
      '/api/recurring-invoices?limit=200',
      '/api/invoices/settings',
      '/api/quotes?limit=200',
      '/api/quotes/settings',
      '/api/auth/user',
      '/api/outbox',
      '/api/audit?limit=5',
      '/api/ai/logs?limit=100',
      `/api/workspaces/${W}`,
      `/api/workspaces/${W}/members`,
      `/api/workspaces/${W}/invitations`,
      '/api/api-keys',
    ];
    const out: Record<string, unknown> = {};
    const answers = await Promise.all(paths.map((p) => a.get(p)));
    paths.forEach((p, i) => {
      expect(answers[i]!.status, p).toBe(200);
      out[p] = answers[i]!.body;
    });
    const logo = await a.get('/api/invoices/settings/logo');
    out.logo = [logo.status, logo.text.length];
    // the endpoints as an admin set them (the delivery worker may record an attempt meanwhile)
    const hooks = await a.get('/api/webhooks?limit=200');
    expect(hooks.status).toBe(200);
    out.webhooks = hooks.body.data.map((h: any) => [h.id, h.url, h.events, h.enabled]);
    return out;
  }

  beforeAll(async () => {
    a = (await signIn(backend.url)) as Person;
    W = await createWorkspace(a, `${marker} workspace`);
    a = a.in(W);
    await must(a.put('/api/auth/user', { business_name: `${marker} Ltd`, payment_instructions: `${marker} IBAN` }), 200);
    people.nonmember = ((await signIn(backend.url)) as Person).in(W);
    people.removed = await join(backend.url, a, W, 'member');
    await must(a.post('/api/contacts', { first_name: 'Seen by the removed member' }), 201);
    expect((await people.removed.get('/api/contacts?limit=1')).status).toBe(200);
    await must(a.delete(`/api/workspaces/${W}/members/${people.removed.user.id}`), 200);
    people.viewer = await join(backend.url, a, W, 'viewer');
    people.member = await join(backend.url, a, W, 'member');
    people.admin = await join(backend.url, a, W, 'admin');
  });

  for (const actor of ACTORS) {
    it(`answers ${WHO[actor]} as the role allows, and W stays as it was after every refusal`, async () => {
      const t = await makeTargets();
      const me = people[actor];
      const secrets = [
        marker,
        ...Object.entries(t)
          .filter(([k]) => k !== 'workspace')
          .map(([, id]) => id),
      ];
      // W as it was before the refusals not yet compared; null once an allowed write may have changed it
      let reference: Awaited<ReturnType<typeof snapshotOfW>> | null = null;
      // The refusals since `reference` was read. W is compared with it before anything may change W
      // again (an allowed write, or an allowed attempt's preparation) and at the end: a refusal that
      // changed W shows then, whichever of them it was (the message names them all).
      let refusals: string[] = [];
      const unchanged = async () => {
        if (!refusals.length) return;
        expect(await snapshotOfW(t), `W changed after one of these refused requests:\n${refusals.join('\n')}`).toEqual(reference);
        refusals = [];
      };
      // the refusals first, on W as A made it (a refusal's answer cannot depend on what was allowed
      // before it), then what the role may do, in the list's order (leaving last)
      const refusedFirst = [
        ...ATTEMPTS.filter((attempt) => expectation(actor, attempt.need) !== 'allowed'),
        ...ATTEMPTS.filter((attempt) => expectation(actor, attempt.need) === 'allowed'),
      ];
      for (const attempt of refusedFirst) {
        const expected = expectation(actor, attempt.need);
        const verb = method(attempt);
        const mayChange = expected === 'allowed' && (verb !== 'GET' || attempt.prepare !== undefined);
        if (mayChange) await unchanged();
        if (expected !== 'allowed' && reference === null) reference = await snapshotOfW(t);
        if (expected === 'allowed' && attempt.prepare) await attempt.prepare(me, t);
        const client = attempt.freshSession ? ((await signIn(backend.url, me.user.email)) as Person).in(W) : me;
        const target = attempt.path(t, me);
        const res = await client.request(verb, target, attempt.body?.(t, me), attempt.headers);
        const what = `${actor}: ${verb} ${target} → ${res.status} ${res.text.slice(0, 200)}`;
        if (expected === 'allowed') {
          if (attempt.allowed !== undefined) expect(res.status, what).toBe(attempt.allowed);
          else expect(res.status >= 200 && res.status < 300, what).toBe(true);
          attempt.check?.(res, actor);
          counts[actor].allowed += 1;
        } else {
          expect(res.status, what).toBe(expected);
          expect(res.body?.error?.code, what).toBe(expected === 403 ? 'forbidden' : 'not_found');
          counts[actor][expected] += 1;
          refusals.push(what);
        }
        if (actor === 'nonmember' || actor === 'removed') {
          for (const secret of secrets) expect(res.text, `${what} leaks ${secret}`).not.toContain(secret);
        }
        if (mayChange) reference = null;
      }
      await unchanged();
      if (actor !== 'nonmember' && actor !== 'removed') {
        // the last attempt was leaving: W is closed to them from the next request on
        const after = await me.get(`/api/contacts/${t.contact}`);
        expect(after.status).toBe(404);
        expect(after.text).not.toContain(marker);
      }
    }, 240_000);
  }

  it('ignores a remembered workspace (cookie) its person is no longer in', async () => {
    const removed = people.removed;
    const cookie = { cookie: `ledgerly_workspace=${W}` };
    const plain = new Client(backend.url, removed.token);
    const contacts = await plain.request('GET', '/api/contacts?limit=200', undefined, cookie);
    expect(contacts.status).toBe(200);
    expect(contacts.text).not.toContain(marker);
    const profile = await plain.request('GET', '/api/auth/user', undefined, cookie);
    expect(profile.body.data.workspace).toMatchObject({ id: removed.user.id, personal: true });
    const list = await plain.request('GET', '/api/workspaces', undefined, cookie);
    expect(list.body.data.map((w: { id: string }) => w.id)).not.toContain(W);
  });

  it('prints the counts', () => {
    const refused = ACTORS.reduce((sum, actor) => sum + counts[actor][403] + counts[actor][404], 0);
    const line = ACTORS.map(
      (actor) => `${actor} ${counts[actor].allowed} allowed / ${counts[actor][403]} × 403 / ${counts[actor][404]} × 404`,
    );
    console.warn(`[roles ${backend.name}] ${ATTEMPTS.length} routes × ${ACTORS.length} people: ${line.join('; ')}`);
    expect(refused).toBeGreaterThan(ATTEMPTS.length * 2);
    recordFigure(
      `isolation.roles.${backend.name}`,
      refused,
      `requests refused by membership or role in a shared workspace, W unchanged after each (${backend.name === 'postgres' ? 'PostgreSQL' : 'PGlite'})`,
    );
  });
});
