import type { AuditContext } from './schema';

/** The words of the activity: nouns, field labels, statuses, what is never shown; the shapes every part shares. */

export interface ChangeRow {
  id: string;
  actor: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  changes: Record<string, unknown>;
  context?: AuditContext | null;
}

export interface Reader {
  locale: string;
  time_zone: string;
  /** the account's default currency (transactions, anything without its own) */
  currency: string;
}

export interface ActivityLine {
  title: string;
  details: string[];
}

export type Names = ReadonlyMap<string, string>;

export const MAX_DETAILS = 8;
export const MAX_TEXT = 60;
export const MAX_NAMES = 5;

// ---------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------

export const NOUN: Record<string, [string, string]> = {
  contacts: ['contact', 'contacts'],
  tasks: ['task', 'tasks'],
  time_entries: ['time entry', 'time entries'],
  invoices: ['invoice', 'invoices'],
  invoice_items: ['invoice line', 'invoice lines'],
  transactions: ['transaction', 'transactions'],
  contact_notes: ['note', 'notes'],
  ai_actions: ['assistant change', 'assistant changes'],
};

export const LABEL: Record<string, string> = {
  first_name: 'first name',
  last_name: 'last name',
  email: 'email address',
  phone: 'phone number',
  position: 'job title',
  contact_id: 'contact',
  invoice_id: 'invoice',
  invoice_number: 'invoice number',
  issue_date: 'issue date',
  due_date: 'due date',
  due_on: 'due date',
  unit_price: 'price',
  tax_rate: 'tax rate',
  tax_id: 'tax ID',
  body: 'note',
  invoice_prefix: 'invoice number prefix',
  payment_terms_days: 'payment terms',
  time_zone: 'time zone',
  locale: 'date and number format',
  invoice_reminder_days: 'payment reminders',
  business_name: 'business name',
  business_address: 'business address',
  payment_instructions: 'payment instructions',
};

export const ENTITY_LABEL: Record<string, Record<string, string>> = {
  invoices: { contact_id: 'client' },
  users: { currency: 'default currency' },
  workspaces: { currency: 'default currency', name: 'workspace name' },
};

export const ENUM: Record<string, Record<string, string>> = {
  'contacts.status': { lead: 'Lead', active: 'Active', customer: 'Customer', inactive: 'Inactive' },
  'tasks.status': { pending: 'To do', in_progress: 'In progress', completed: 'Done', cancelled: 'Cancelled' },
  'invoices.status': { draft: 'Draft', sent: 'Sent', overdue: 'Overdue', paid: 'Paid', cancelled: 'Cancelled' },
  priority: { low: 'Low', medium: 'Medium', high: 'High' },
  'transactions.type': { income: 'Money in', expense: 'Money out' },
  'workspace_members.role': { owner: 'Owner', admin: 'Admin', member: 'Member', viewer: 'Viewer' },
};

/** Columns nobody needs to read: ids, bookkeeping, and values the database computes from others. */
export const HIDDEN = new Set([
  'id',
  'user_id',
  'workspace_id',
  'created_at',
  'updated_at',
  'search',
  'seq',
  'txid',
  'clerk_id',
  'clerk_updated_at',
  'image_url',
  'position',
  'completed_at',
  'sent_at',
  'paid_at',
  'viewed_at',
  'view_count',
  // computed invoice fields: summarised as the new total
  'total',
  'subtotal',
  'discount_amount',
  'tax_amount',
  'taxes',
  'total_amount',
  'amount_paid',
  'balance_due',
]);
export const SECRET = /(hash|secret|token|password|api_?key)/i;

/** Amounts of money (formatted in the record's currency). */
export const MONEY = new Set([
  'amount',
  'unit_price',
  'total',
  'subtotal',
  'tax_amount',
  'discount_amount',
  'total_amount',
  'amount_paid',
  'balance_due',
  'value',
  'hourly_rate',
]);

export const hidden = (field: string) => HIDDEN.has(field) || SECRET.test(field);
export const words = (name: string) => name.replace(/[_.]+/g, ' ').trim();
export const capital = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
export const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');

export function nounOf(entity: string): [string, string] {
  const known = NOUN[entity];
  if (known) return known;
  const plural = words(entity);
  const singular = plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.endsWith('s') ? plural.slice(0, -1) : plural;
  return [singular, plural];
}

export function labelOf(entity: string, field: string): string {
  return ENTITY_LABEL[entity]?.[field] ?? LABEL[field] ?? words(field);
}

export function count(n: number, entity: string): string {
  const [one, many] = nounOf(entity);
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c" (English, like the rest of the interface). */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
