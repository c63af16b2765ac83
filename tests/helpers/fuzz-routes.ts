import { expect } from 'vitest';
import { type Client, signIn } from './client';
import { createWorkspace, invite, join, type Person } from './workspaces';

/**
 * The routes the fuzzer drives (tests/api/fuzz.test.ts). Each names its body
 * fields (the fuzzer fills them with hostile values), a valid body to mix
 * them into, the query parameters of lists, and how to count the rows the
 * route could change (so that a refused request provably changed nothing).
 */
export interface FuzzRoute {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  fields?: string[];
  valid?: () => Record<string, unknown>;
  queryKeys?: string[];
  /** creates what `:id` (or each `:name` of the path, by name) refers to, owned by the fuzzing user */
  setup?: (client: Client) => Promise<string | Record<string, string>>;
  /** a fingerprint of the rows this route could change (`ids`: what setup made) */
  count: (client: Client, ids: Record<string, string>) => Promise<unknown>;
  cleanup?: (client: Client, body: any, ids: Record<string, string>) => Promise<void>;
}

const total = (path: string) => async (client: Client) => (await client.get(path)).body?.page?.total;

/** Contacts: the full rows, so that a refused PUT provably changed no field. */
const contactsFingerprint = async (client: Client) => {
  const res = await client.get('/api/contacts?limit=200&sort=created_at');
  return res.body.data.map((c: any) => [c.id, c.updated_at]);
};

/** Invoices: every row's id, status, totals and amount paid, so a refused write provably changed nothing. */
const invoicesFingerprint = async (client: Client) => {
  const res = await client.get('/api/invoices?limit=200&sort=created_at');
  return res.body.data.map((i: any) => [i.id, i.status, i.total_amount, i.amount_paid, i.updated_at]);
};

/** Quotes: every row's id, status, total and update time. */
const quotesFingerprint = async (client: Client) => {
  const res = await client.get('/api/quotes?limit=200&sort=created_at');
  return res.body.data.map((q: any) => [q.id, q.status, q.total_amount, q.updated_at]);
};

const QUOTE_FIELDS = [
  'contact_id',
  'quote_number',
  'issue_date',
  'valid_until',
  'currency',
  'discount_type',
  'discount_value',
  'notes',
  'status',
  'items',
  'total_amount',
  'view_count',
  'id',
];

const INVOICE_FIELDS = [
  'contact_id',
  'invoice_number',
  'issue_date',
  'due_date',
  'currency',
  'discount_type',
  'discount_value',
  'notes',
  'status',
  'items',
  'total_amount',
  'amount_paid',
  'id',
];
const TIME_ENTRY_FIELDS = [
  'contact_id',
  'deal_id',
  'description',
  'started_at',
  'ended_at',
  'duration_minutes',
  'billable',
  'hourly_rate',
  'user_id',
  'invoice_id',
  'id',
];
/** The ids and update times of a list's rows: a refused PUT provably changed nothing. */
const fingerprint = (path: string) => async (client: Client) => {
  const res = await client.get(`${path}?limit=200&sort=created_at`);
  return res.body.data.map((r: any) => [r.id, r.updated_at]);
};

/** A bank account with one incoming and one outgoing line: the ids of the account and of each line. */
export async function bankLines(client: Client): Promise<{ account: string; incoming: string; outgoing: string }> {
  const account = (await client.post('/api/bank-accounts', { name: 'Fuzz bank', currency: 'USD' })).body.data.id;
  const file = 'Date,Amount,Description\r\n2026-11-10,50.00,Fuzz in\r\n2026-11-11,-8.00,Fuzz out\r\n';
  const imported = await client.request('POST', `/api/bank-accounts/${account}/statements`, file, { 'content-type': 'text/csv' });
  expect(imported.status, imported.text).toBe(200);
  const lines = (await client.get(`/api/bank-lines?bank_account_id=${account}&sort=-amount`)).body.data;
  return { account, incoming: lines[0].id, outgoing: lines[1].id };
}

/** A list without paging (bank accounts, rules): every row's id and update time. */
const wholeList = (path: string) => async (client: Client) => (await client.get(path)).body.data.map((r: any) => [r.id, r.updated_at]);

/** Bank lines: every row's id, status and update time. */
const bankLinesFingerprint = async (client: Client) => {
  const res = await client.get('/api/bank-lines?limit=200&sort=created_at');
  return res.body.data.map((l: any) => [l.id, l.status, l.updated_at]);
};

/** The contact whose notes the notes route is fuzzed on (set by its setup). */
let notesContact = '';
/** The contact the recurring profiles are fuzzed with (set by its setup). */
let recurringContact = '';

const DEAL_FIELDS = [
  'title',
  'contact_id',
  'value',
  'currency',
  'stage_id',
  'position',
  'expected_close_date',
  'owner_id',
  'lost_reason',
  'notes',
  'invoice_id',
  'id',
];

/** The stages, whole: a refused write provably renamed, moved or re-weighted none. */
const stagesFingerprint = async (client: Client) =>
  (await client.get('/api/deal-stages')).body.data.map((s: any) => [s.id, s.name, s.position, s.probability, s.kind, s.updated_at]);

const TASK_FIELDS = ['title', 'description', 'due_date', 'due_on', 'status', 'priority', 'contact_id', 'completed_at', 'id'];
const TRANSACTION_FIELDS = ['type', 'amount', 'category', 'description', 'date', 'invoice_id', 'user_id'];

const CONTACT_FIELDS = ['first_name', 'last_name', 'email', 'phone', 'company', 'position', 'address', 'notes', 'status', 'id', 'user_id'];

const WEBHOOK_FIELDS = ['url', 'events', 'enabled', 'secret', 'failure_streak', 'disabled_reason', 'id', 'workspace_id'];

/** Webhook endpoints, whole: a refused write provably changed no URL, event list or state. */
const webhooksFingerprint = async (client: Client) =>
  (await client.get('/api/webhooks?limit=200')).body.data.map((w: any) => [w.id, w.url, w.events, w.enabled, w.updated_at]);

/** The fuzzing user's workspaces: id, name and role of each. */
const workspacesFingerprint = async (client: Client) =>
  (await client.get('/api/workspaces')).body.data.map((w: any) => [w.id, w.name, w.role, w.personal]);

/** A workspace's members and their roles. */
const membersFingerprint = async (client: Client, ids: Record<string, string>) =>
  (await client.get(`/api/workspaces/${ids.id}/members`)).body.data.map((m: any) => [m.user_id, m.role]);

/** A workspace's invitations and what became of each. */
const invitationsFingerprint = async (client: Client, ids: Record<string, string>) =>
  (await client.get(`/api/workspaces/${ids.id}/invitations`)).body.data.map((i: any) => [i.id, i.email, i.role, i.status]);

/** A shared workspace of the fuzzing user's, with a member (for the member routes). */
const teamWithMember = async (client: Client) => {
  const id = await createWorkspace(client, 'Fuzz team');
  const member = await join(client.baseUrl, client, id, 'member');
  return { id, user_id: member.user.id };
};

/** The link of the invitation the accept route is fuzzed with (someone else's workspace, to the fuzzing user). */
let invitationToken = '';

const WORKSPACE_FIELDS = ['name', 'id', 'personal', 'role', 'clerk_org_id', 'business_name', 'owner_id'];

export const FUZZ_ROUTES: FuzzRoute[] = [
  {
    method: 'POST',
    path: '/api/contacts',
    fields: CONTACT_FIELDS,
    valid: () => ({ first_name: 'Fuzz' }),
    count: total('/api/contacts?limit=1'),
    cleanup: async (client, body) => {
      await client.delete(`/api/contacts/${body.data.id}`);
    },
  },
  {
    method: 'PUT',
    path: '/api/contacts/:id',
    fields: CONTACT_FIELDS,
    setup: async (client) => (await client.post('/api/contacts', { first_name: 'Target' })).body.data.id,
    count: contactsFingerprint,
  },
  { method: 'GET', path: '/api/contacts', queryKeys: ['status', 'position'], count: total('/api/contacts?limit=1') },
  // tasks
  {
    method: 'POST',
    path: '/api/tasks',
    fields: TASK_FIELDS,
    valid: () => ({ title: 'Fuzz' }),
    count: total('/api/tasks?limit=1'),
    cleanup: async (client, body) => {
      await client.delete(`/api/tasks/${body.data.id}`);
    },
  },
  {
    method: 'PUT',
    path: '/api/tasks/:id',
    fields: TASK_FIELDS,
    setup: async (client) => (await client.post('/api/tasks', { title: 'Target' })).body.data.id,
    count: fingerprint('/api/tasks'),
  },
  {
    method: 'GET',
    path: '/api/tasks',
    queryKeys: ['status', 'priority', 'contact_id', 'from', 'to', 'overdue'],
    count: total('/api/tasks?limit=1'),
  },
  // deals and their stages
  {
    method: 'POST',
    path: '/api/deals',
    fields: DEAL_FIELDS,
    valid: () => ({ title: 'Fuzz' }),
    count: total('/api/deals?limit=1'),
    cleanup: async (client, body) => {
      await client.delete(`/api/deals/${body.data.id}`);
    },
  },
  {
    method: 'PUT',
    path: '/api/deals/:id',
    fields: DEAL_FIELDS,
    setup: async (client) => (await client.post('/api/deals', { title: 'Target', value: '10.00' })).body.data.id,
    count: fingerprint('/api/deals'),
  },
  {
    method: 'GET',
    path: '/api/deals',
    queryKeys: ['stage_id', 'kind', 'owner_id', 'contact_id', 'currency', 'from', 'to'],
    count: total('/api/deals?limit=1'),
  },
  {
    method: 'POST',
    path: '/api/deal-stages',
    fields: ['name', 'position', 'probability', 'kind', 'id', 'workspace_id'],
    valid: () => ({ name: 'Fuzz stage' }),
    count: stagesFingerprint,
    cleanup: async (client, body) => {
      await client.delete(`/api/deal-stages/${body.data.id}`);
    },
  },
  {
    method: 'PUT',
    path: '/api/deal-stages/:id',
    fields: ['name', 'position', 'probability', 'kind', 'id', 'workspace_id'],
    setup: async (client) => (await client.post('/api/deal-stages', { name: 'Target stage' })).body.data.id,
    count: stagesFingerprint,
  },
  {
    method: 'PUT',
    path: '/api/deal-stages',
    fields: ['stages', 'name', 'id'],
    count: stagesFingerprint,
  },
  // API keys (the key itself is never accepted from a client)
  {
    method: 'POST',
    path: '/api/api-keys',
    fields: ['name', 'scopes', 'expires_at', 'key', 'prefix', 'key_hash', 'revoked_at', 'id', 'workspace_id'],
    valid: () => ({ name: 'Fuzz key', scopes: ['read'] }),
    count: async (client) =>
      (await client.get('/api/api-keys')).body.data.map((k: any) => [k.id, k.name, k.scopes, k.expires_at, k.revoked]),
    cleanup: async (client, body) => {
      await client.delete(`/api/api-keys/${body.data.id}`);
    },
  },
  // time entries
  {
    method: 'PUT',
    path: '/api/time-entries/settings',
    fields: ['default_hourly_rate', 'time_rounding_minutes', 'workspace_id'],
    valid: () => ({ time_rounding_minutes: 15 }),
    count: async (client) => (await client.get('/api/time-entries/settings')).body.data,
  },
  {
    method: 'POST',
    path: '/api/time-entries',
    fields: TIME_ENTRY_FIELDS,
    valid: () => ({ contact_id: null, description: 'Fuzz', started_at: '2026-11-02T09:00:00Z', duration_minutes: 30 }),
    count: total('/api/time-entries?limit=1'),
    cleanup: async (client, body) => {
      await client.delete(`/api/time-entries/${body.data.id}`);
    },
  },
  {
    method: 'PUT',
    path: '/api/time-entries/:id',
    fields: TIME_ENTRY_FIELDS,
    setup: async (client) =>
      (
        await client.post('/api/time-entries', {
          contact_id: null,
          description: 'Target',
          started_at: '2026-11-02T09:00:00Z',
          duration_minutes: 5,
        })
      ).body.data.id,
    count: fingerprint('/api/time-entries'),
  },
  {
    method: 'GET',
    path: '/api/time-entries',
    queryKeys: ['contact_id', 'invoice_id', 'user_id', 'billable', 'billed', 'running', 'from', 'to', 'sort'],
    count: total('/api/time-entries?limit=1'),
  },
  {
    method: 'POST',
    path: '/api/time-entries/timer/start',
    fields: ['description', 'contact_id', 'deal_id', 'started_at', 'user_id'],
    valid: () => ({ description: 'Fuzz timer' }),
    count: total('/api/time-entries?limit=1'),
    cleanup: async (client) => {
      const stopped = await client.post('/api/time-entries/timer/stop');
      if (stopped.status === 200) await client.delete(`/api/time-entries/${stopped.body.data.id}`);
    },
  },
  {
    method: 'POST',
    path: '/api/invoices/from-time',
    fields: ['contact_id', 'entry_ids', 'from', 'to', 'group_by'],
    valid: () => ({ contact_id: crypto.randomUUID() }),
    count: total('/api/invoices?limit=1'),
  },
  // bank statements
  {
    method: 'POST',
    path: '/api/bank-accounts',
    fields: ['name', 'currency', 'iban', 'account_number', 'auto_accept', 'auto_accept_threshold', 'csv_mapping', 'id'],
    valid: () => ({ name: 'Fuzz account', currency: 'EUR' }),
    count: wholeList('/api/bank-accounts'),
  },
  {
    method: 'PUT',
    path: '/api/bank-accounts/:id',
    fields: ['name', 'currency', 'iban', 'account_number', 'auto_accept', 'auto_accept_threshold', 'line_count'],
    setup: async (client) => (await client.post('/api/bank-accounts', { name: 'Target', currency: 'USD' })).body.data.id,
    count: wholeList('/api/bank-accounts'),
  },
  {
    method: 'GET',
    path: '/api/bank-lines',
    queryKeys: ['status', 'bank_account_id', 'import_id', 'direction', 'from', 'to', 'sort'],
    count: total('/api/bank-lines?limit=1'),
  },
  {
    method: 'POST',
    path: '/api/bank-lines/:id/match',
    fields: ['invoice_id', 'amount', 'status'],
    setup: async (client) => (await bankLines(client)).incoming,
    valid: () => ({ invoice_id: crypto.randomUUID() }),
    count: async (client) => [await bankLinesFingerprint(client), await invoicesFingerprint(client)],
  },
  {
    method: 'POST',
    path: '/api/bank-lines/:id/book',
    fields: ['category', 'type', 'amount'],
    setup: async (client) => (await bankLines(client)).outgoing,
    valid: () => ({ category: 'Fuzz' }),
    count: bankLinesFingerprint,
  },
  {
    method: 'POST',
    path: '/api/bank-lines/bulk',
    fields: ['action', 'ids', 'category', 'type'],
    setup: async (client) => (await bankLines(client)).outgoing,
    valid: () => ({ action: 'ignore', ids: [crypto.randomUUID()] }),
    count: bankLinesFingerprint,
  },
  {
    method: 'POST',
    path: '/api/bank-rules',
    fields: ['pattern', 'match', 'field', 'category', 'type', 'id'],
    valid: () => ({ pattern: 'fuzz', category: 'Fuzz' }),
    count: wholeList('/api/bank-rules'),
  },
  // transactions
  {
    method: 'POST',
    path: '/api/transactions',
    fields: TRANSACTION_FIELDS,
    valid: () => ({ type: 'expense', amount: '1.00' }),
    count: total('/api/transactions?limit=1'),
    cleanup: async (client, body) => {
      await client.delete(`/api/transactions/${body.data.id}`);
    },
  },
  {
    method: 'PUT',
    path: '/api/transactions/:id',
    fields: TRANSACTION_FIELDS,
    setup: async (client) => (await client.post('/api/transactions', { type: 'income', amount: '10.00' })).body.data.id,
    count: fingerprint('/api/transactions'),
  },
  {
    method: 'GET',
    path: '/api/transactions',
    queryKeys: ['type', 'category', 'invoice_id', 'from', 'to'],
    count: total('/api/transactions?limit=1'),
  },
  {
    method: 'GET',
    path: '/api/transactions/totals',
    queryKeys: ['q', 'type', 'category', 'invoice_id', 'from', 'to', 'user_id'],
    count: total('/api/transactions?limit=1'),
  },
  // notes and CSV import
  {
    method: 'POST',
    path: '/api/contacts/:id/notes',
    fields: ['body', 'id', 'contact_id', 'created_at'],
    valid: () => ({ body: 'Fuzz' }),
    setup: async (client) => {
      notesContact = (await client.post('/api/contacts', { first_name: 'Noted' })).body.data.id;
      return notesContact;
    },
    count: async (client) => (await client.get(`/api/contacts/${notesContact}/notes?limit=1`)).body.page.total,
    cleanup: async (client, body) => {
      await client.delete(`/api/contacts/${notesContact}/notes/${body.data.id}`);
    },
  },
  {
    method: 'POST',
    path: '/api/contacts/import',
    fields: ['csv', 'mapping', 'duplicates', 'dry_run'],
    valid: () => ({ csv: 'first_name,email\nFuzz,fuzz@example.com\n', dry_run: true }),
    count: total('/api/contacts?limit=1'),
    cleanup: async (client) => {
      for (const contact of (await client.get('/api/contacts?limit=200')).body.data) await client.delete(`/api/contacts/${contact.id}`);
    },
  },
  {
    // an export brought into the fuzzing user's empty account: whatever the body, all of it or nothing
    method: 'POST',
    path: '/api/import',
    fields: ['format', 'version', 'exported_at', 'tables'],
    valid: () => {
      const contact = crypto.randomUUID();
      return {
        format: 'ledgerly-export',
        version: 1,
        exported_at: '2026-12-01T09:00:00.000Z',
        tables: {
          contacts: [{ id: contact, first_name: 'Fuzz', status: 'lead' }],
          tasks: [{ id: crypto.randomUUID(), contact_id: contact, title: 'Fuzz', status: 'pending', priority: 'low' }],
          transactions: [{ id: crypto.randomUUID(), type: 'expense', amount: '1.00', date: '2026-11-30' }],
        },
      };
    },
    count: async (client) =>
      Promise.all(['/api/contacts', '/api/tasks', '/api/transactions', '/api/invoices'].map((path) => total(`${path}?limit=1`)(client))),
  },
  {
    // the assistant: any text is a question (never a 5xx); a refused one is not logged
    method: 'POST',
    path: '/api/ai/query',
    fields: ['query'],
    valid: () => ({ query: 'show my leads' }),
    count: total('/api/ai/logs?limit=1'),
  },
  { method: 'GET', path: '/api/ai/logs', queryKeys: ['limit', 'cursor'], count: total('/api/ai/logs?limit=1') },
  // the dashboard: reads only; any range, interval or stray parameter is a 400 at worst
  { method: 'GET', path: '/api/dashboard/stats', count: total('/api/transactions?limit=1') },
  { method: 'GET', path: '/api/dashboard/financial', queryKeys: ['from', 'to', 'interval'], count: total('/api/transactions?limit=1') },
  {
    method: 'PUT',
    path: '/api/auth/user',
    fields: [
      'business_name',
      'business_address',
      'tax_id',
      'payment_instructions',
      'currency',
      'invoice_prefix',
      'payment_terms_days',
      'time_zone',
      'locale',
      'email',
      'clerk_id',
    ],
    valid: () => ({ business_name: 'Fuzz Ltd' }),
    count: async (client) => {
      const { updated_at, ...settings } = (await client.get('/api/auth/user')).body.data;
      return [updated_at, settings];
    },
  },
  {
    method: 'POST',
    path: '/api/invoices',
    fields: INVOICE_FIELDS,
    valid: () => ({ items: [{ description: 'Fuzz', quantity: 1, unit_price: '1.00' }] }),
    count: invoicesFingerprint,
    cleanup: async (client, body) => {
      await client.delete(`/api/invoices/${body.data.id}`);
    },
  },
  {
    // a credit against a sent invoice: any body is a credit note or a refusal that changed nothing
    method: 'POST',
    path: '/api/invoices/:id/credit-notes',
    fields: ['items', 'amount', 'reason', 'issue_date', 'refund', 'credit_note_number', 'total_amount', 'invoice_id', 'id'],
    valid: () => ({ amount: '0.01' }),
    setup: async (client) =>
      (await client.post('/api/invoices', { status: 'sent', items: [{ description: 'Target', quantity: 3, unit_price: '999999.00' }] }))
        .body.data.id,
    count: async (client, ids) => [
      await invoicesFingerprint(client),
      (await client.get(`/api/invoices/${ids.id}`)).body.data.credited_amount,
      (await client.get('/api/credit-notes?limit=200')).body.data.map((n: any) => n.id),
      await total('/api/transactions?limit=1')(client),
    ],
  },
  {
    method: 'GET',
    path: '/api/credit-notes',
    queryKeys: ['invoice_id', 'contact_id', 'from', 'to'],
    count: total('/api/credit-notes?limit=1'),
  },
  {
    method: 'POST',
    path: '/api/recurring-invoices',
    fields: [
      'contact_id',
      'items',
      'frequency',
      'start_date',
      'end_date',
      'occurrences',
      'auto_send',
      'status',
      'currency',
      'notes',
      'next_date',
    ],
    valid: () => ({
      contact_id: recurringContact,
      items: [{ description: 'Fuzz', quantity: 1, unit_price: '1.00' }],
      frequency: 'monthly',
      start_date: '2099-01-31',
    }),
    setup: async (client) => {
      recurringContact = (await client.post('/api/contacts', { first_name: 'Recurring' })).body.data.id;
      return { contact: recurringContact };
    },
    count: fingerprint('/api/recurring-invoices'),
    cleanup: async (client, body) => {
      await client.delete(`/api/recurring-invoices/${body.data.id}`);
    },
  },
  {
    method: 'PUT',
    path: '/api/recurring-invoices/:id',
    fields: [
      'contact_id',
      'items',
      'frequency',
      'start_date',
      'end_date',
      'occurrences',
      'auto_send',
      'status',
      'currency',
      'notes',
      'next_date',
    ],
    setup: async (client) => {
      const contact = (await client.post('/api/contacts', { first_name: 'Recurring' })).body.data.id;
      return (
        await client.post('/api/recurring-invoices', {
          contact_id: contact,
          items: [{ description: 'Target', quantity: 1, unit_price: '1.00' }],
          frequency: 'monthly',
          start_date: '2099-01-31',
        })
      ).body.data.id;
    },
    count: fingerprint('/api/recurring-invoices'),
  },
  {
    method: 'GET',
    path: '/api/recurring-invoices',
    queryKeys: ['status', 'contact_id', 'frequency'],
    count: total('/api/recurring-invoices?limit=1'),
  },
  {
    method: 'PUT',
    path: '/api/invoices/:id',
    fields: INVOICE_FIELDS,
    setup: async (client) =>
      (await client.post('/api/invoices', { items: [{ description: 'Target', quantity: 2, unit_price: '10.00' }] })).body.data.id,
    count: invoicesFingerprint,
  },
  {
    method: 'POST',
    path: '/api/invoices/:id/payments',
    fields: ['amount', 'date', 'description', 'category', 'type', 'invoice_id', 'id'],
    valid: () => ({ amount: '1.00' }),
    setup: async (client) =>
      (await client.post('/api/invoices', { status: 'sent', items: [{ description: 'Target', quantity: 1, unit_price: '999999.00' }] }))
        .body.data.id,
    count: invoicesFingerprint,
    cleanup: async (client, body) => {
      await client.delete(`/api/invoices/${body.data.invoice.id}/payments/${body.data.id}`);
    },
  },
  // quotes (the invoices' items, discount and totals; their own dates and status)
  {
    method: 'POST',
    path: '/api/quotes',
    fields: QUOTE_FIELDS,
    valid: () => ({ items: [{ description: 'Fuzz', quantity: 1, unit_price: '1.00' }] }),
    count: quotesFingerprint,
    cleanup: async (client, body) => {
      await client.delete(`/api/quotes/${body.data.id}`);
    },
  },
  {
    method: 'PUT',
    path: '/api/quotes/:id',
    fields: QUOTE_FIELDS,
    setup: async (client) =>
      (await client.post('/api/quotes', { items: [{ description: 'Target', quantity: 2, unit_price: '10.00' }] })).body.data.id,
    count: quotesFingerprint,
  },
  {
    method: 'GET',
    path: '/api/quotes',
    queryKeys: ['status', 'contact_id', 'from', 'to', 'sort', 'q'],
    count: total('/api/quotes?limit=1'),
  },
  {
    method: 'PUT',
    path: '/api/quotes/settings',
    fields: ['quote_prefix', 'share_link_days', 'invoice_prefix'],
    valid: () => ({ share_link_days: 30 }),
    count: async (client) => (await client.get('/api/quotes/settings')).body.data,
  },
  {
    method: 'PUT',
    path: '/api/invoices/settings/logo',
    fields: ['image', 'content_type'],
    count: async (client) => {
      const res = await client.get('/api/invoices/settings/logo');
      return [res.status, res.text.length];
    },
  },
  {
    // the first send of an account without a business name: a 422 asking for it, whatever else is sent
    method: 'POST',
    path: '/api/invoices/:id/send',
    fields: ['subject', 'message', 'cc', 'to', 'status'],
    valid: () => ({ subject: 'Your invoice' }),
    setup: async (client) => {
      const contact = (await client.post('/api/contacts', { first_name: 'Fuzz', email: 'fuzz-client@example.com' })).body.data.id;
      return (
        await client.post('/api/invoices', { contact_id: contact, items: [{ description: 'Target', quantity: 1, unit_price: '5.00' }] })
      ).body.data.id;
    },
    count: async (client) => [await invoicesFingerprint(client), (await client.get('/api/outbox')).body.data.length],
  },
  {
    method: 'POST',
    path: '/api/invoices/:id/receipt',
    fields: ['subject', 'message', 'cc'],
    setup: async (client) => {
      await client.put('/api/auth/user', { business_name: 'Fuzz Receipts Ltd' });
      const contact = (await client.post('/api/contacts', { first_name: 'Fuzz', email: 'fuzz-receipts@example.com' })).body.data.id;
      const invoice = (
        await client.post('/api/invoices', {
          contact_id: contact,
          status: 'sent',
          items: [{ description: 'Target', quantity: 1, unit_price: '5.00' }],
        })
      ).body.data.id;
      await client.post(`/api/invoices/${invoice}/payments`, { amount: '2.00' });
      return invoice;
    },
    count: async (client) => [await invoicesFingerprint(client), (await client.get('/api/outbox')).body.data.length],
  },
  {
    method: 'POST',
    path: '/api/invoices/:id/duplicate',
    fields: ['invoice_number', 'items', 'status'],
    setup: async (client) =>
      (await client.post('/api/invoices', { items: [{ description: 'Target', quantity: '7.5', unit_price: '10.00' }] })).body.data.id,
    count: invoicesFingerprint,
    cleanup: async (client, body) => {
      await client.delete(`/api/invoices/${body.data.id}`);
    },
  },
  {
    method: 'GET',
    path: '/api/invoices',
    queryKeys: ['status', 'contact_id', 'from', 'to', 'date_field'],
    count: invoicesFingerprint,
  },
  {
    method: 'POST',
    path: '/api/local-auth/sign-in',
    fields: ['email', 'first_name', 'last_name', 'role'],
    count: async () => 0,
  },
  // workspaces, members, invitations (the service enters the workspace of the path; the database checks again)
  {
    method: 'POST',
    path: '/api/workspaces',
    fields: WORKSPACE_FIELDS,
    valid: () => ({ name: 'Fuzz team' }),
    count: workspacesFingerprint,
    cleanup: async (client, body) => {
      await client.delete(`/api/workspaces/${body.data.id}`);
    },
  },
  { method: 'GET', path: '/api/workspaces', count: workspacesFingerprint },
  {
    method: 'PUT',
    path: '/api/workspaces/:id',
    fields: WORKSPACE_FIELDS,
    valid: () => ({ name: 'Renamed' }),
    setup: async (client) => createWorkspace(client, 'Target'),
    count: workspacesFingerprint,
  },
  {
    method: 'GET',
    path: '/api/workspaces/:id/members',
    setup: teamWithMember,
    count: membersFingerprint,
  },
  {
    // a valid role changes the member's role (`owner` hands ownership over): never a 5xx, never a second owner
    method: 'PUT',
    path: '/api/workspaces/:id/members/:user_id',
    fields: ['role', 'user_id', 'workspace_id', 'email'],
    valid: () => ({ role: 'viewer' }),
    setup: teamWithMember,
    count: async (client, ids) => {
      const members = await membersFingerprint(client, ids);
      expect(members.filter(([, role]: [string, string]) => role === 'owner')).toHaveLength(1);
      return members;
    },
  },
  {
    method: 'POST',
    path: '/api/workspaces/:id/invitations',
    fields: ['email', 'role', 'token', 'expires_at', 'workspace_id', 'url'],
    valid: () => ({ email: 'fuzz-invitee@example.com', role: 'member' }),
    setup: async (client) => createWorkspace(client, 'Inviting'),
    count: invitationsFingerprint,
  },
  {
    method: 'GET',
    path: '/api/workspaces/:id/invitations',
    setup: async (client) => {
      const id = await createWorkspace(client, 'Invited');
      await invite(client, id, 'someone@example.com', 'viewer');
      return id;
    },
    count: invitationsFingerprint,
  },
  {
    // a real link to the fuzzing user: accepted once (then a 409), whatever else the body says
    method: 'POST',
    path: '/api/invitations/accept',
    fields: ['token', 'workspace_id', 'role', 'email'],
    valid: () => ({ token: invitationToken }),
    setup: async (client) => {
      const host = (await signIn(client.baseUrl)) as Person;
      const id = await createWorkspace(host, 'Host');
      invitationToken = (await invite(host.in(id), id, (client as Person).user.email, 'viewer')).token;
      return id;
    },
    count: workspacesFingerprint,
  },
  // webhooks (admins; the fuzzing user owns its workspace): targets never resolve, endpoints start disabled
  {
    method: 'POST',
    path: '/api/webhooks',
    fields: WEBHOOK_FIELDS,
    valid: () => ({ url: 'https://hooks.invalid/fuzz', events: ['contact.created', 'invoice.paid'], enabled: false }),
    count: webhooksFingerprint,
    cleanup: async (client, body) => {
      await client.delete(`/api/webhooks/${body.data.id}`);
    },
  },
  {
    method: 'PUT',
    path: '/api/webhooks/:id',
    fields: WEBHOOK_FIELDS,
    setup: async (client) =>
      (await client.post('/api/webhooks', { url: 'https://hooks.invalid/target', events: ['task.completed'], enabled: false })).body.data
        .id,
    count: webhooksFingerprint,
  },
  {
    method: 'GET',
    path: '/api/webhooks/:id/deliveries',
    queryKeys: ['status'],
    setup: async (client) =>
      (await client.post('/api/webhooks', { url: 'https://hooks.invalid/log', events: ['task.completed'], enabled: false })).body.data.id,
    count: webhooksFingerprint,
  },
  // local-accounts routes: 404 under development sign-in, but never a 5xx for any body
  { method: 'POST', path: '/api/local-auth/sign-up', fields: ['email', 'password', 'first_name', 'last_name'], count: async () => 0 },
  { method: 'POST', path: '/api/local-auth/password-reset', fields: ['email'], count: async () => 0 },
  { method: 'POST', path: '/api/local-auth/password-reset/confirm', fields: ['token', 'password'], count: async () => 0 },
];
