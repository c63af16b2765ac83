import type { Client } from './client';

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
  /** creates what `:id` refers to, owned by the fuzzing user */
  setup?: (client: Client) => Promise<string>;
  /** a fingerprint of the rows this route could change */
  count: (client: Client) => Promise<unknown>;
  cleanup?: (client: Client, body: any) => Promise<void>;
}

const total = (path: string) => async (client: Client) => (await client.get(path)).body?.page?.total;

/** Contacts: the full rows, so that a refused PUT provably changed no field. */
const contactsFingerprint = async (client: Client) => {
  const res = await client.get('/api/contacts?limit=200&sort=created_at');
  return res.body.data.map((c: any) => [c.id, c.updated_at]);
};

const CONTACT_FIELDS = ['first_name', 'last_name', 'email', 'phone', 'company', 'position', 'address', 'notes', 'status', 'id', 'user_id'];

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
  { method: 'GET', path: '/api/contacts', queryKeys: ['status'], count: total('/api/contacts?limit=1') },
  {
    // the assistant: any text is a question (never a 5xx); a refused one is not logged
    method: 'POST',
    path: '/api/ai/query',
    fields: ['query'],
    valid: () => ({ query: 'show my leads' }),
    count: total('/api/ai/logs?limit=1'),
  },
  { method: 'GET', path: '/api/ai/logs', queryKeys: ['limit', 'cursor'], count: total('/api/ai/logs?limit=1') },
  {
    method: 'PUT',
    path: '/api/auth/user',
    fields: ['business_name', 'business_address', 'tax_id', 'currency', 'invoice_prefix', 'payment_terms_days', 'time_zone', 'locale', 'email', 'clerk_id'],
    valid: () => ({ business_name: 'Fuzz Ltd' }),
    count: async (client) => {
      const { updated_at, ...settings } = (await client.get('/api/auth/user')).body.data;
      return [updated_at, settings];
    },
  },
  {
    method: 'POST',
    path: '/api/local-auth/sign-in',
    fields: ['email', 'first_name', 'last_name', 'role'],
    count: async () => 0,
  },
];
