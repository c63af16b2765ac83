import type { AuditEntry } from './schema';

/**
 * An audit entry in plain words, for the trail on the profile page: what
 * happened, to which record, and the fields that changed (before → after).
 */

const ENTITY: Record<string, string> = {
  users: 'your settings',
  contacts: 'contact',
  contact_notes: 'note',
  tasks: 'task',
  transactions: 'transaction',
  invoices: 'invoice',
  invoice_items: 'invoice line',
  ai_actions: 'assistant change',
};

const EVENT: Record<string, string> = {
  'auth.signed_in': 'Signed in',
  'auth.signed_out': 'Signed out',
  'invoice.sent': 'Sent an invoice',
  'invoice.reminded': 'Sent a payment reminder',
  'payment.recorded': 'Recorded a payment',
  'ai.action_confirmed': 'Confirmed a change proposed by the assistant',
  'ai.action_rejected': 'Rejected a change proposed by the assistant',
  'ai.action_undone': 'Undid a change made through the assistant',
  'user.synced': 'Account details updated from the sign-in provider',
  'contacts.imported': 'Imported contacts',
};

/** Fields that say nothing to a person reading the trail. */
const HIDDEN = new Set(['id', 'user_id', 'created_at', 'updated_at', 'search', 'clerk_id']);
const MAX_FIELDS = 8;
const MAX_TEXT = 60;

export interface AuditLine {
  title: string;
  details: string[];
}

/** Money columns: shown with their two decimal places, as stored. */
const MONEY = new Set(['amount', 'unit_price', 'total', 'subtotal', 'tax_amount', 'discount_amount', 'total_amount', 'amount_paid']);

function cents(value: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const [whole, fraction = ''] = value.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

function text(value: unknown, key?: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (key && MONEY.has(key) && (typeof value === 'number' || typeof value === 'string')) return cents(String(value));
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s;
}

const field = (name: string) => name.replaceAll('_', ' ');

/** A record's own name, from the fields an insert or delete carries. */
function nameOf(row: Record<string, unknown>): string | null {
  const person = [row.first_name, row.last_name].filter((v) => typeof v === 'string' && v).join(' ');
  const candidates = [person, row.invoice_number, row.title, row.description, row.body];
  const found = candidates.find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return found ? text(found) : null;
}

function eventDetails(changes: Record<string, unknown>): string[] {
  return Object.entries(changes)
    .filter(([k, v]) => !HIDDEN.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))
    .slice(0, MAX_FIELDS)
    .map(([k, v]) => `${field(k)}: ${text(v, k)}`);
}

export function describeAudit(entry: Pick<AuditEntry, 'action' | 'entity' | 'changes'>): AuditLine {
  const changes = entry.changes ?? {};
  const event = EVENT[entry.action];
  if (event) return { title: event, details: eventDetails(changes) };
  if (entry.action.includes('.')) return { title: entry.action, details: eventDetails(changes) };

  const what = ENTITY[entry.entity] ?? field(entry.entity);
  const article = /^[aeiou]/.test(what) ? 'an' : 'a';
  if (entry.action === 'update') {
    const fields = Object.entries(changes).filter(([k]) => !HIDDEN.has(k));
    const details = fields.slice(0, MAX_FIELDS).map(([k, pair]) => {
      const [before, after] = Array.isArray(pair) ? pair : [undefined, pair];
      return `${field(k)}: ${text(before, k)} → ${text(after, k)}`;
    });
    if (fields.length > MAX_FIELDS) details.push(`and ${fields.length - MAX_FIELDS} more`);
    return { title: entry.entity === 'users' ? 'Changed your settings' : `Changed ${article} ${what}`, details };
  }
  const verb = entry.action === 'insert' ? 'Created' : entry.action === 'delete' ? 'Deleted' : entry.action;
  const name = nameOf(changes);
  return { title: name ? `${verb} ${what} “${name}”` : `${verb} ${article} ${what}`, details: [] };
}

/** Who made a change: this session's user, a background job, or another sign-in of the account. */
export function describeActor(actor: string | null, signedInAs: string): string {
  if (actor === null) return 'System';
  return actor === signedInAs ? 'You' : 'Another sign-in';
}
