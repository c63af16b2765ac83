import { formatCalendarDate, formatDateTime } from '@/lib/format';
import { compareMoney, formatMoney, parseDecimal, subtractMoney } from '@/lib/money';
import type { AuditContext } from './schema';

/**
 * One change in plain words, for the people who own the records: what
 * happened, to which record, and what changed, as sentences
 * ("Changed the price of “Design work” from $1,200.00 to $2,400.00; total now
 * $2,856.00").
 *
 * A change is every audit row one database transaction wrote (one request):
 * the rows are merged per record first (first value before → last value
 * after, so totals that went to zero and back while the items were replaced
 * cancel out), invoice lines are folded into their invoice, payments into
 * the invoice they pay, and a named event (invoice sent, payment recorded,
 * sign-in, …) words the whole change. Values are formatted for the reader:
 * money in the record's currency and the reader's locale, dates as dates,
 * statuses by their labels. Bookkeeping and computed columns, internal ids
 * and anything that is not a plain value (JSON) never appear; field names are
 * words.
 */

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

type Names = ReadonlyMap<string, string>;

const MAX_DETAILS = 8;
const MAX_TEXT = 60;
const MAX_NAMES = 5;

// ---------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------

const NOUN: Record<string, [string, string]> = {
  contacts: ['contact', 'contacts'],
  tasks: ['task', 'tasks'],
  invoices: ['invoice', 'invoices'],
  invoice_items: ['invoice line', 'invoice lines'],
  transactions: ['transaction', 'transactions'],
  contact_notes: ['note', 'notes'],
  ai_actions: ['assistant change', 'assistant changes'],
};

const LABEL: Record<string, string> = {
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

const ENTITY_LABEL: Record<string, Record<string, string>> = {
  invoices: { contact_id: 'client' },
  users: { currency: 'default currency' },
};

const ENUM: Record<string, Record<string, string>> = {
  'contacts.status': { lead: 'Lead', active: 'Active', customer: 'Customer', inactive: 'Inactive' },
  'tasks.status': { pending: 'To do', in_progress: 'In progress', completed: 'Done', cancelled: 'Cancelled' },
  'invoices.status': { draft: 'Draft', sent: 'Sent', overdue: 'Overdue', paid: 'Paid', cancelled: 'Cancelled' },
  priority: { low: 'Low', medium: 'Medium', high: 'High' },
  'transactions.type': { income: 'Money in', expense: 'Money out' },
};

/** Columns nobody needs to read: ids, bookkeeping, and values the database computes from others. */
const HIDDEN = new Set([
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
const SECRET = /(hash|secret|token|password|api_?key)/i;

/** Amounts of money (formatted in the record's currency). */
const MONEY = new Set(['amount', 'unit_price', 'total', 'subtotal', 'tax_amount', 'discount_amount', 'total_amount', 'amount_paid', 'balance_due', 'value', 'hourly_rate']);

const hidden = (field: string) => HIDDEN.has(field) || SECRET.test(field);
const words = (name: string) => name.replace(/[_.]+/g, ' ').trim();
const capital = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');

function nounOf(entity: string): [string, string] {
  const known = NOUN[entity];
  if (known) return known;
  const plural = words(entity);
  const singular = plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.endsWith('s') ? plural.slice(0, -1) : plural;
  return [singular, plural];
}

function labelOf(entity: string, field: string): string {
  return ENTITY_LABEL[entity]?.[field] ?? LABEL[field] ?? words(field);
}

function count(n: number, entity: string): string {
  const [one, many] = nounOf(entity);
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c" (English, like the rest of the interface). */
function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

function safeLocale(locale: string): string {
  try {
    new Intl.NumberFormat(locale);
    return locale;
  } catch {
    return 'en-US';
  }
}

function safeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

const isBlank = (v: unknown) => v === null || v === undefined || v === '';

/** A JSON number or numeric string as exact decimal text, or null. */
function decimalText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return value.trim();
  return null;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  const da = decimalText(a);
  const db = decimalText(b);
  if (da !== null && db !== null) return Number(da) === Number(db);
  return JSON.stringify(a) === JSON.stringify(b);
}

class Formatter {
  readonly locale: string;
  readonly zone: string;
  constructor(
    readonly reader: Reader,
    readonly names: Names,
  ) {
    this.locale = safeLocale(reader.locale);
    this.zone = safeZone(reader.time_zone);
  }

  money(value: unknown, currency: string | null | undefined): string | null {
    const text = decimalText(value);
    if (text === null) return null;
    const exact = parseDecimal(text, { maxIntegerDigits: 20, scale: 20 });
    if (!exact.ok) return null;
    const [whole, fraction = ''] = exact.value.split('.');
    const cents = `${whole}.${fraction.replace(/0+$/, '').padEnd(2, '0')}`;
    try {
      return formatMoney(cents, currency || this.reader.currency, this.locale);
    } catch {
      return formatMoney(cents, 'USD', this.locale);
    }
  }

  number(value: unknown): string | null {
    const text = decimalText(value);
    if (text === null) return null;
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 3 }).format(Number(text));
  }

  text(value: string): string {
    const flat = value.replace(/\s+/g, ' ').trim();
    return `“${flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat}”`;
  }

  /** A value as a reader sees it; null when it has no plain form (an object, a list). */
  value(entity: string, field: string, value: unknown, currency?: string | null): string | null {
    if (value === null || value === undefined || value === '') return null;
    if (MONEY.has(field)) return this.money(value, currency);
    const choices = ENUM[`${entity}.${field}`] ?? ENUM[field];
    if (choices && typeof value === 'string') return choices[value] ?? capital(words(value));
    if (field === 'tax_rate') return `${this.number(value)}%`;
    if (field === 'payment_terms_days') return `${this.number(value)} days`;
    if (field === 'invoice_reminder_days' && Array.isArray(value)) {
      const days = value.filter((d): d is number => typeof d === 'number').sort((a, b) => a - b);
      return days.length === 0 ? 'off' : `${list(days.map(String))} days after the due date`;
    }
    if (field === 'locale' && typeof value === 'string') {
      try {
        return new Intl.DisplayNames(['en'], { type: 'language' }).of(value) ?? value;
      } catch {
        return value;
      }
    }
    if (field.endsWith('_id') && typeof value === 'string') return this.names.get(value) ?? null;
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'number') return this.number(value);
    if (typeof value !== 'string') return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCalendarDate(value, { locale: this.locale });
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) {
      return formatDateTime(value, { locale: this.locale, time_zone: this.zone });
    }
    if (field === 'currency' || field === 'time_zone') return value;
    return this.text(value);
  }

  /** "Changed the status from Lead to Customer", "Set the phone number to “+1 555”", "Removed the notes". */
  field(entity: string, field: string, before: unknown, after: unknown, currency?: string | null): string {
    const label = labelOf(entity, field);
    const b = this.value(entity, field, before, currency);
    const a = this.value(entity, field, after, currency);
    const hadBefore = !isBlank(before);
    const hasAfter = !isBlank(after);
    if (field.endsWith('_id')) {
      if (!hasAfter) return `Removed the ${label}${b ? ` (was ${b})` : ''}`;
      if (!hadBefore) return a ? `Set the ${label} to ${a}` : `Set the ${label}`;
      return a && b ? `Changed the ${label} from ${b} to ${a}` : a ? `Changed the ${label} to ${a}` : `Changed the ${label}`;
    }
    if (hadBefore && !hasAfter) return b ? `Removed the ${label} (was ${b})` : `Removed the ${label}`;
    if (!hadBefore && hasAfter) return a ? `Set the ${label} to ${a}` : `Set the ${label}`;
    if (a !== null && b !== null) return `Changed the ${label} from ${b} to ${a}`;
    return `Changed the ${label}`;
  }
}

// ---------------------------------------------------------------------------
// Records: the rows of one change merged per record
// ---------------------------------------------------------------------------

interface Rec {
  entity: string;
  id: string;
  kind: 'insert' | 'update' | 'delete' | 'none';
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  context: AuditContext;
}

const isEvent = (row: ChangeRow) => row.action.includes('.');

function mergeRecords(rows: ChangeRow[]): Rec[] {
  const records = new Map<string, Rec>();
  for (const row of rows) {
    if (row.action !== 'insert' && row.action !== 'update' && row.action !== 'delete') continue;
    const key = `${row.entity}:${row.entity_id ?? row.id}`;
    let rec = records.get(key);
    if (!rec) {
      rec = { entity: row.entity, id: row.entity_id ?? row.id, kind: 'none', before: {}, after: {}, context: {} };
      records.set(key, rec);
      // a record seen first in an update or delete existed before the change
      if (row.action !== 'insert') rec.kind = 'update';
    }
    rec.context = { ...rec.context, ...(row.context ?? {}) };
    const changes = row.changes ?? {};
    if (row.action === 'insert') {
      rec.kind = rec.kind === 'delete' ? 'update' : 'insert';
      rec.after = { ...changes };
    } else if (row.action === 'update') {
      for (const [field, pair] of Object.entries(changes)) {
        const [before, after] = Array.isArray(pair) && pair.length === 2 ? pair : [undefined, pair];
        if (rec.kind !== 'insert' && !(field in rec.before)) rec.before[field] = before;
        rec.after[field] = after;
      }
    } else {
      if (rec.kind === 'insert') rec.kind = 'none';
      else {
        rec.kind = 'delete';
        for (const [field, value] of Object.entries(changes)) if (!(field in rec.before)) rec.before[field] = value;
        rec.after = {};
      }
    }
  }
  return [...records.values()].filter((r) => r.kind !== 'none');
}

/** The fields whose value differs from before to after (net), in a stable order. */
function changedFields(rec: Rec): string[] {
  const fields = [...new Set([...Object.keys(rec.before), ...Object.keys(rec.after)])];
  return fields.filter((f) => f in rec.after && !sameValue(rec.before[f], rec.after[f]));
}

/** The record's fields as they are after the change (or were, when deleted). */
function state(rec: Rec): Record<string, unknown> {
  return rec.kind === 'delete' ? rec.before : { ...rec.before, ...rec.after };
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function personName(row: Record<string, unknown>): string | null {
  const name = [str(row.first_name), str(row.last_name)].filter(Boolean).join(' ');
  return name || null;
}

// ---------------------------------------------------------------------------
// Units: what one record (with what belongs to it) says
// ---------------------------------------------------------------------------

interface Unit {
  entity: string;
  kind: Rec['kind'];
  title: string;
  details: string[];
  /** the record's own name, for lists ("Added 3 contacts: “A”, “B” and “C”") */
  name: string | null;
  /** an invoice this unit concerns (payments, items) */
  invoiceId?: string;
}

interface Ctx {
  fmt: Formatter;
  records: Rec[];
}

function invoiceOf(rec: Rec): string | undefined {
  const s = state(rec);
  return str(s.invoice_id) ?? str(rec.after.invoice_id) ?? str(rec.before.invoice_id) ?? rec.context.invoice_id ?? undefined;
}

function invoiceName(ctx: Ctx, invoiceId: string | undefined, rec?: Rec, context?: AuditContext): string {
  const number =
    (rec && (str(rec.after.invoice_number) ?? str(rec.before.invoice_number))) ??
    rec?.context.invoice_number ??
    context?.invoice_number ??
    ctx.records.find((r) => r.entity !== 'invoices' && invoiceOf(r) === invoiceId && r.context.invoice_number)?.context.invoice_number ??
    (invoiceId ? ctx.fmt.names.get(invoiceId) : undefined);
  return number ? `invoice ${number}` : 'an invoice';
}

function genericUnit(ctx: Ctx, rec: Rec): Unit | null {
  const [noun] = nounOf(rec.entity);
  const s = state(rec);
  const own = personName(s) ?? str(s.title) ?? str(s.name) ?? str(s.description) ?? rec.context.name ?? null;
  const name = own ? ctx.fmt.text(own) : null;
  const what = name ? `${noun} ${name}` : `${article(noun)} ${noun}`;
  if (rec.kind === 'insert') return { entity: rec.entity, kind: rec.kind, title: `Added ${what}`, details: [], name };
  if (rec.kind === 'delete') return { entity: rec.entity, kind: rec.kind, title: `Deleted ${what}`, details: [], name };
  const fields = changedFields(rec).filter((f) => !hidden(f));
  if (fields.length === 0) return null;
  const details = fields.map((f) => ctx.fmt.field(rec.entity, f, rec.before[f], rec.after[f], rec.context.currency));
  return { entity: rec.entity, kind: rec.kind, title: `Changed ${what}`, details, name };
}

function contactUnit(ctx: Ctx, rec: Rec): Unit | null {
  const own = personName(state(rec)) ?? rec.context.name ?? null;
  const name = own ? ctx.fmt.text(own) : null;
  const what = name ? `contact ${name}` : 'a contact';
  if (rec.kind === 'insert') return { entity: rec.entity, kind: rec.kind, title: `Added ${what}`, details: [], name };
  if (rec.kind === 'delete') return { entity: rec.entity, kind: rec.kind, title: `Deleted ${what}`, details: [], name };
  const fields = changedFields(rec).filter((f) => !hidden(f));
  if (fields.length === 0) return null;
  return {
    entity: rec.entity,
    kind: rec.kind,
    title: `Changed ${what}`,
    details: fields.map((f) => ctx.fmt.field(rec.entity, f, rec.before[f], rec.after[f])),
    name,
  };
}

function taskUnit(ctx: Ctx, rec: Rec): Unit | null {
  const s = state(rec);
  const own = str(s.title) ?? rec.context.name ?? null;
  const name = own ? ctx.fmt.text(own) : null;
  const what = name ? `task ${name}` : 'a task';
  const due = (s.due_on ?? s.due_date) as unknown;
  if (rec.kind === 'insert') {
    const when = ctx.fmt.value('tasks', s.due_on ? 'due_on' : 'due_date', due);
    return { entity: rec.entity, kind: rec.kind, title: `Added ${what}`, details: when ? [`Due ${when}`] : [], name };
  }
  if (rec.kind === 'delete') return { entity: rec.entity, kind: rec.kind, title: `Deleted ${what}`, details: [], name };
  let fields = changedFields(rec).filter((f) => !hidden(f));
  // a whole-day due date carries its timestamp along: say the day once
  if (fields.includes('due_on')) fields = fields.filter((f) => f !== 'due_date');
  let title = `Changed ${what}`;
  if (fields.includes('status')) {
    const to = rec.after.status;
    const from = rec.before.status;
    const verb =
      to === 'completed' ? 'Completed' : to === 'cancelled' ? 'Cancelled' : from === 'completed' || from === 'cancelled' ? 'Reopened' : null;
    if (verb) {
      title = `${verb} ${what}`;
      fields = fields.filter((f) => f !== 'status');
    }
  }
  if (fields.length === 0 && title.startsWith('Changed')) return null;
  return { entity: rec.entity, kind: rec.kind, title, details: fields.map((f) => ctx.fmt.field('tasks', f, rec.before[f], rec.after[f])), name };
}

function noteUnit(ctx: Ctx, rec: Rec): Unit | null {
  const s = state(rec);
  const contact = rec.context.contact ?? (str(s.contact_id) ? ctx.fmt.names.get(s.contact_id as string) : undefined);
  const on = contact ? ` ${ctx.fmt.text(contact)}` : '';
  const body = str(s.body);
  if (rec.kind === 'insert') {
    return { entity: rec.entity, kind: rec.kind, title: contact ? `Added a note to${on}` : 'Added a note', details: body ? [ctx.fmt.text(body)] : [], name: null };
  }
  if (rec.kind === 'delete') return { entity: rec.entity, kind: rec.kind, title: contact ? `Deleted a note on${on}` : 'Deleted a note', details: [], name: null };
  if (!changedFields(rec).some((f) => !hidden(f))) return null;
  return { entity: rec.entity, kind: rec.kind, title: contact ? `Changed a note on${on}` : 'Changed a note', details: body ? [`Now reads ${ctx.fmt.text(body)}`] : [], name: null };
}

function userUnit(ctx: Ctx, rec: Rec): Unit | null {
  if (rec.kind === 'insert') return { entity: rec.entity, kind: rec.kind, title: 'Created your account', details: [], name: null };
  if (rec.kind === 'delete') return { entity: rec.entity, kind: rec.kind, title: 'Deleted your account', details: [], name: null };
  const fields = changedFields(rec).filter((f) => !hidden(f));
  if (fields.length === 0) return null;
  return { entity: rec.entity, kind: rec.kind, title: 'Changed your settings', details: fields.map((f) => ctx.fmt.field('users', f, rec.before[f], rec.after[f])), name: null };
}

/** After a payment changed an invoice: paid in full, no longer paid, or what is still to pay. */
function paymentFollowUp(ctx: Ctx, invoice: Rec | undefined, invoiceId: string | undefined, status?: unknown): string[] {
  const name = capital(invoiceName(ctx, invoiceId, invoice));
  const to = invoice?.after.status ?? status;
  const from = invoice?.before.status;
  if (to === 'paid' && from !== 'paid') return [`${name} is now paid in full`];
  if (from === 'paid' && to !== undefined && to !== 'paid') return [`${name} is no longer paid in full`];
  const context = invoice?.context ?? ctx.records.find((r) => invoiceOf(r) === invoiceId)?.context;
  const total = decimalText(context?.total_amount);
  const paid = decimalText(invoice?.after.amount_paid ?? context?.amount_paid);
  if (total !== null && paid !== null) {
    const left = subtractMoney(canonical(total), canonical(paid));
    if (compareMoney(left, '0.00') > 0) return [`${ctx.fmt.money(left, context?.currency)} still to pay`];
  }
  return [];
}

function canonical(text: string): string {
  const parsed = parseDecimal(text);
  return parsed.ok ? parsed.value : '0.00';
}

function transactionUnit(ctx: Ctx, rec: Rec): Unit | null {
  const s = state(rec);
  const currency = rec.context.currency;
  const amount = ctx.fmt.money(s.amount, currency) ?? 'an amount';
  const invoiceId = str(s.invoice_id) ?? str(rec.before.invoice_id) ?? undefined;
  const type = str(s.type) ?? rec.context.type ?? null;
  const description = str(s.description) ?? rec.context.name ?? null;
  const desc = description ? ctx.fmt.text(description) : null;
  const name = desc;
  if (rec.kind === 'insert') {
    if (invoiceId) {
      return { entity: rec.entity, kind: rec.kind, title: `Recorded a payment of ${amount} on ${invoiceName(ctx, invoiceId)}`, details: [], name, invoiceId };
    }
    const title = type === 'expense' ? `Recorded an expense of ${amount}` : `Recorded income of ${amount}`;
    return { entity: rec.entity, kind: rec.kind, title: desc ? `${title}: ${desc}` : title, details: [], name };
  }
  if (rec.kind === 'delete') {
    if (invoiceId) {
      return { entity: rec.entity, kind: rec.kind, title: `Removed a payment of ${amount} from ${invoiceName(ctx, invoiceId)}`, details: [], name, invoiceId };
    }
    const what = type === 'expense' ? 'expense' : 'income';
    return { entity: rec.entity, kind: rec.kind, title: desc ? `Deleted the ${what} ${desc} (${amount})` : `Deleted ${what === 'expense' ? 'an expense' : 'income'} of ${amount}`, details: [], name };
  }
  const fields = changedFields(rec).filter((f) => !hidden(f));
  if (fields.length === 0) return null;
  const details = fields.map((f) => {
    if (f === 'invoice_id') {
      const b = str(rec.before.invoice_id);
      const a = str(rec.after.invoice_id);
      if (!a) return `Unlinked it from ${invoiceName(ctx, b ?? undefined)}`;
      if (!b) return `Linked it to ${invoiceName(ctx, a)}`;
      return `Moved it from ${invoiceName(ctx, b)} to ${invoiceName(ctx, a)}`;
    }
    return ctx.fmt.field('transactions', f, rec.before[f], rec.after[f], currency);
  });
  const title = invoiceId
    ? `Changed a payment on ${invoiceName(ctx, invoiceId)}`
    : type === 'expense'
      ? desc ? `Changed the expense ${desc}` : 'Changed an expense'
      : desc ? `Changed the income ${desc}` : 'Changed an income';
  return { entity: rec.entity, kind: rec.kind, title, details, name, invoiceId };
}

// -- invoices and their lines ------------------------------------------------

function lineName(ctx: Ctx, row: Record<string, unknown>, rec?: Rec): string {
  const description = str(row.description) ?? rec?.context.name ?? null;
  return description ? ctx.fmt.text(description) : 'a line';
}

function lineChanges(ctx: Ctx, before: Record<string, unknown>, after: Record<string, unknown>, currency: string | undefined, rec?: Rec): string[] {
  const sentences: string[] = [];
  const name = lineName(ctx, { ...before, ...after }, rec);
  if ('description' in after && 'description' in before && !sameValue(before.description, after.description)) {
    sentences.push(`Renamed the line ${lineName(ctx, before)} to ${name}`);
  }
  const fields: [string, string][] = [
    ['unit_price', 'price'],
    ['quantity', 'quantity'],
    ['tax_rate', 'tax rate'],
  ];
  for (const [field, label] of fields) {
    if (!(field in after) || sameValue(before[field], after[field])) continue;
    const b = ctx.fmt.value('invoice_items', field, before[field], currency) ?? '—';
    const a = ctx.fmt.value('invoice_items', field, after[field], currency) ?? '—';
    sentences.push(`Changed the ${label} of ${name} from ${b} to ${a}`);
  }
  return sentences;
}

function lineSentences(ctx: Ctx, items: Rec[], currency: string | undefined): string[] {
  const removed = items.filter((r) => r.kind === 'delete');
  const added = items.filter((r) => r.kind === 'insert');
  const sentences: string[] = [];
  for (const rec of items.filter((r) => r.kind === 'update')) {
    sentences.push(...lineChanges(ctx, rec.before, rec.after, currency, rec));
  }
  // replaced lines (deleted and inserted again): paired by description, then by position
  const pairs: [Rec, Rec][] = [];
  const key = (r: Rec, f: string) => {
    const v = state(r)[f];
    return typeof v === 'string' ? v.trim().toLowerCase() : JSON.stringify(v ?? null);
  };
  // by position only when the amounts stayed: a renamed line, not a replaced one
  const sameAmounts = (x: Rec, y: Rec) => ['unit_price', 'quantity', 'tax_rate'].every((f) => sameValue(state(x)[f], state(y)[f]));
  for (const field of ['description', 'position']) {
    for (const old of [...removed]) {
      const match = added.find((n) => key(n, field) === key(old, field) && (field === 'description' || sameAmounts(old, n)));
      if (!match) continue;
      pairs.push([old, match]);
      removed.splice(removed.indexOf(old), 1);
      added.splice(added.indexOf(match), 1);
    }
  }
  pairs.sort((x, y) => Number(state(x[1]).position ?? 0) - Number(state(y[1]).position ?? 0));
  for (const [old, next] of pairs) sentences.push(...lineChanges(ctx, old.before, next.after, currency));
  for (const rec of added) {
    const s = state(rec);
    const price = ctx.fmt.money(s.unit_price, currency);
    const quantity = decimalText(s.quantity);
    const amount = price ? (quantity !== null && Number(quantity) !== 1 ? ` (${ctx.fmt.number(quantity)} × ${price})` : ` (${price})`) : '';
    sentences.push(`Added the line ${lineName(ctx, s)}${amount}`);
  }
  for (const rec of removed) sentences.push(`Removed the line ${lineName(ctx, state(rec))}`);
  return sentences;
}

function discountText(ctx: Ctx, type: unknown, value: unknown, currency: string | undefined): string | null {
  if (isBlank(type) || isBlank(value)) return null;
  if (type === 'percent') return `${ctx.fmt.number(value)}%`;
  return ctx.fmt.money(value, currency);
}

const INVOICE_STATUS: Record<string, { sentence: string; title: (invoice: string) => string }> = {
  sent: { sentence: 'Marked as sent', title: (i) => `Marked ${i} as sent` },
  cancelled: { sentence: 'Cancelled', title: (i) => `Cancelled ${i}` },
  paid: { sentence: 'Now paid in full', title: (i) => `${capital(i)} is now paid in full` },
};

function invoiceUnit(ctx: Ctx, rec: Rec | undefined, invoiceId: string, items: Rec[], withStatus = true): Unit | null {
  const context = rec?.context ?? items.find((i) => i.context.invoice_number)?.context ?? items[0]?.context ?? {};
  const s = rec ? state(rec) : {};
  const currency = str(s.currency) ?? context.currency ?? undefined;
  const invoice = invoiceName(ctx, invoiceId, rec);
  const name = invoice.startsWith('invoice ') ? invoice.slice('invoice '.length) : null;
  const base = { entity: 'invoices', name, invoiceId };
  if (rec?.kind === 'insert') {
    const total = ctx.fmt.money(rec.after.total_amount ?? context.total_amount, currency);
    const details: string[] = [];
    if (rec.after.status === 'sent') details.push('Marked as sent');
    const priced = total && Number(decimalText(rec.after.total_amount ?? context.total_amount) ?? 0) > 0;
    return { ...base, kind: 'insert', title: priced ? `Created ${invoice} for ${total}` : `Created ${invoice}`, details };
  }
  if (rec?.kind === 'delete') return { ...base, kind: 'delete', title: `Deleted ${invoice}`, details: [] };

  const sentences = lineSentences(ctx, items, currency);
  const fields = rec ? changedFields(rec) : [];
  const after = rec?.after ?? {};
  const before = rec?.before ?? {};
  if (fields.includes('discount_type') || fields.includes('discount_value')) {
    // the type when only the value changed: the invoice's, from the context
    const type = (side: Record<string, unknown>) => ('discount_type' in side ? side.discount_type : context.discount_type);
    const b = discountText(ctx, type(before), before.discount_value, currency);
    const a = discountText(ctx, type(after), after.discount_value, currency);
    if (a && b) sentences.push(`Changed the discount from ${b} to ${a}`);
    else if (a) sentences.push(`Added a discount of ${a}`);
    else if (b) sentences.push(`Removed the discount of ${b}`);
  }
  for (const field of fields) {
    if (hidden(field) || field === 'status' || field === 'discount_type' || field === 'discount_value') continue;
    sentences.push(ctx.fmt.field('invoices', field, before[field], after[field], currency));
  }
  let statusTitle: string | null = null;
  if (withStatus && fields.includes('status')) {
    const known = INVOICE_STATUS[String(after.status)];
    if (after.status === 'sent' && before.status === 'paid') {
      sentences.push('No longer paid in full');
      statusTitle = `${capital(invoice)} is no longer paid in full`;
    } else if (known) {
      sentences.push(known.sentence);
      statusTitle = known.title(invoice);
    } else {
      const line = ctx.fmt.field('invoices', 'status', before.status, after.status);
      sentences.push(line);
      statusTitle = `${line.replace('Changed the status', `Changed the status of ${invoice}`)}`;
    }
  }
  const totalChanged = rec && fields.includes('total_amount') && 'total_amount' in before;
  const totalNow = totalChanged ? ctx.fmt.money(after.total_amount, currency) : null;
  if (sentences.length === 0 && !totalNow) return null;
  if (statusTitle && sentences.length === 1 && !totalNow) return { ...base, kind: 'update', title: statusTitle, details: [] };
  const details = [...sentences];
  if (totalNow) {
    if (details.length === 1) details[0] = `${details[0]}; total now ${totalNow}`;
    else details.push(`Total now ${totalNow}`);
  }
  return { ...base, kind: 'update', title: `Changed ${invoice}`, details };
}

/** Every record of the change as units, invoices with their lines and payments with their invoice. */
function buildUnits(ctx: Ctx): { units: Unit[]; invoices: Map<string, Rec> } {
  const { records } = ctx;
  const invoices = new Map(records.filter((r) => r.entity === 'invoices').map((r) => [r.id, r]));
  const itemsOf = new Map<string, Rec[]>();
  for (const item of records.filter((r) => r.entity === 'invoice_items')) {
    const id = invoiceOf(item) ?? `item:${item.id}`;
    itemsOf.set(id, [...(itemsOf.get(id) ?? []), item]);
  }
  const paymentsFor = new Set(
    records.filter((r) => r.entity === 'transactions' && invoiceOf(r) && r.kind !== 'update').map((r) => invoiceOf(r)!),
  );
  const units: Unit[] = [];
  const done = new Set<string>();
  for (const rec of records) {
    let unit: Unit | null = null;
    switch (rec.entity) {
      case 'invoices':
      case 'invoice_items': {
        const id = rec.entity === 'invoices' ? rec.id : (invoiceOf(rec) ?? `item:${rec.id}`);
        if (done.has(id)) continue;
        done.add(id);
        const invoice = invoices.get(id);
        // an invoice changed only by a payment of this change: said with the payment
        if (invoice && invoice.kind === 'update' && paymentsFor.has(id)) {
          const own = changedFields(invoice).filter((f) => !hidden(f) && f !== 'status');
          if (own.length === 0 && !itemsOf.has(id)) continue;
        }
        unit = invoiceUnit(ctx, invoice, id, itemsOf.get(id) ?? []);
        break;
      }
      case 'contacts':
        unit = contactUnit(ctx, rec);
        break;
      case 'tasks':
        unit = taskUnit(ctx, rec);
        break;
      case 'transactions': {
        unit = transactionUnit(ctx, rec);
        if (unit && unit.invoiceId && rec.kind !== 'update') {
          unit.details.push(...paymentFollowUp(ctx, invoices.get(unit.invoiceId), unit.invoiceId));
        }
        break;
      }
      case 'contact_notes':
        unit = noteUnit(ctx, rec);
        break;
      case 'users':
        unit = userUnit(ctx, rec);
        break;
      default:
        unit = genericUnit(ctx, rec);
    }
    if (unit) units.push(unit);
  }
  return { units, invoices };
}

// ---------------------------------------------------------------------------
// The change as a whole
// ---------------------------------------------------------------------------

function cap(details: string[]): string[] {
  if (details.length <= MAX_DETAILS) return details;
  const rest = details.length - (MAX_DETAILS - 1);
  return [...details.slice(0, MAX_DETAILS - 1), `and ${rest} more ${rest === 1 ? 'change' : 'changes'}`];
}

function names(units: Unit[]): string {
  const shown = units.flatMap((u) => (u.name ? [u.name] : [])).slice(0, MAX_NAMES);
  const more = units.length - shown.length;
  if (shown.length === 0) return '';
  return more > 0 ? `${shown.join(', ')} and ${more} more` : list(shown);
}

/** Several records in one change: all added (an import, sample data), or one main record and the rest. */
function combine(units: Unit[]): ActivityLine | null {
  if (units.length === 0) return null;
  if (units.length === 1) return { title: units[0]!.title, details: units[0]!.details };
  const first = units[0]!;
  if (units.every((u) => u.entity === first.entity && u.kind === first.kind && (u.kind === 'insert' || u.kind === 'delete'))) {
    const verb = first.kind === 'insert' ? 'Added' : 'Deleted';
    const listed = names(units);
    return { title: `${verb} ${count(units.length, first.entity)}`, details: listed ? [listed] : [] };
  }
  return { title: first.title, details: [...first.details, ...units.slice(1).map((u) => u.title)] };
}

/** "8 contacts, 5 tasks and 3 invoices" for the records a change added. */
function tally(units: Unit[]): string {
  const by = new Map<string, number>();
  for (const u of units) by.set(u.entity, (by.get(u.entity) ?? 0) + 1);
  return list([...by].map(([entity, n]) => count(n, entity)));
}

function scalarDetails(ctx: Ctx, entity: string, changes: Record<string, unknown>, currency?: string): string[] {
  return Object.entries(changes)
    .filter(([k, v]) => !hidden(k) && !k.endsWith('_id') && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))
    .map(([k, v]) => `${capital(labelOf(entity, k))}: ${ctx.fmt.value(entity, k, v, currency) ?? '—'}`);
}

function describeEvent(ctx: Ctx, event: ChangeRow, units: Unit[], invoices: Map<string, Rec>): ActivityLine {
  const d = event.changes ?? {};
  const c = event.context ?? {};
  const others = (skip: (u: Unit) => boolean) => units.filter((u) => !skip(u));
  const invoiceId = event.entity === 'invoices' ? (event.entity_id ?? undefined) : undefined;
  const invoice = invoiceName(ctx, invoiceId, invoiceId ? invoices.get(invoiceId) : undefined, c);
  const summary = str(d.summary) ? ctx.fmt.text(d.summary as string) : null;
  switch (event.action) {
    case 'payment.recorded': {
      const payment = units.find((u) => u.entity === 'transactions' && u.invoiceId === invoiceId && u.kind === 'insert');
      const rest = others((u) => u === payment || (u.entity === 'invoices' && u.invoiceId === invoiceId));
      const title = payment?.title ?? `Recorded a payment of ${ctx.fmt.money(d.amount, c.currency) ?? 'an amount'} on ${invoice}`;
      const details = payment?.details ?? paymentFollowUp(ctx, invoiceId ? invoices.get(invoiceId) : undefined, invoiceId, d.status);
      return { title, details: [...details, ...rest.map((u) => u.title)] };
    }
    case 'invoice.sent':
    case 'invoice.reminded': {
      const rest = others((u) => u.entity === 'invoices' && u.invoiceId === invoiceId);
      const to = str(d.to);
      const what = event.action === 'invoice.sent' ? capital(`emailed ${invoice}`) : `Emailed a payment reminder for ${invoice}`;
      const details: string[] = [];
      if (d.automatic === true) {
        const days = typeof d.step_days === 'number' ? d.step_days : null;
        details.push(days ? `Sent automatically, ${days} ${days === 1 ? 'day' : 'days'} after the due date` : 'Sent automatically');
      }
      if (d.transport === 'outbox') details.push('Saved to the outbox');
      return { title: to ? `${what} to ${to}` : what, details: [...details, ...rest.map((u) => u.title)] };
    }
    case 'invoice.receipt_sent': {
      const rest = others((u) => u.entity === 'invoices' && u.invoiceId === invoiceId);
      const to = str(d.to);
      const title = `Emailed a thank-you receipt for ${invoice}${to ? ` to ${to}` : ''}`;
      const details: string[] = [];
      if (str(d.cc)) details.push(`Copy to ${d.cc as string}`);
      if (d.transport === 'outbox') details.push('Saved to the outbox');
      return { title, details: [...details, ...rest.map((u) => u.title)] };
    }
    case 'user.logo_changed':
      return {
        title: d.logo === 'removed' ? 'Removed the logo from your invoices' : 'Put a new logo on your invoices',
        details: others((u) => u.entity === 'users').map((u) => u.title),
      };
    case 'contacts.imported': {
      const parts: string[] = [];
      for (const [key, word] of [
        ['created', 'added'],
        ['updated', 'updated'],
        ['skipped', 'skipped'],
      ] as const) {
        if (typeof d[key] === 'number' && d[key] > 0) parts.push(`${d[key]} ${word}`);
      }
      const rest = others((u) => u.entity === 'contacts');
      return { title: 'Imported contacts from a CSV file', details: [...(parts.length ? [capital(list(parts))] : ['Nothing new to add']), ...rest.map((u) => u.title)] };
    }
    case 'auth.signed_in': {
      const first = units.some((u) => u.entity === 'users' && u.kind === 'insert');
      const added = others((u) => u.entity === 'users' || u.kind !== 'insert');
      const rest = others((u) => u.entity === 'users' || u.kind === 'insert');
      const details = [...(added.length ? [`Added sample data: ${tally(added)}`] : []), ...rest.map((u) => u.title)];
      return { title: first ? 'Signed in for the first time' : 'Signed in', details };
    }
    case 'auth.signed_out':
      return { title: 'Signed out', details: units.map((u) => u.title) };
    case 'user.synced': {
      const user = units.find((u) => u.entity === 'users');
      const rest = others((u) => u === user);
      const title = user?.kind === 'insert' ? 'Created your account from your sign-in details' : 'Updated your account from your sign-in details';
      return { title, details: [...(user?.details ?? []), ...rest.map((u) => u.title)] };
    }
    case 'ai.action_confirmed': {
      const done = combine(units);
      if (done) return { title: done.title, details: [...done.details, 'Made through the assistant'] };
      return { title: summary ? `Approved a change the assistant proposed: ${summary}` : 'Approved a change the assistant proposed', details: [] };
    }
    case 'ai.action_rejected':
      return { title: summary ? `Declined a change the assistant proposed: ${summary}` : 'Declined a change the assistant proposed', details: [] };
    case 'ai.action_undone':
      return { title: summary ? `Undid a change made through the assistant: ${summary}` : 'Undid a change made through the assistant', details: units.map((u) => u.title) };
    default: {
      const what = capital(words(event.action));
      return { title: what, details: [...scalarDetails(ctx, event.entity, d, c.currency), ...units.map((u) => u.title)] };
    }
  }
}

/** One change (the audit rows of one transaction, in order) in plain words. */
export function describeChange(rows: readonly ChangeRow[], reader: Reader, names: Names = new Map()): ActivityLine {
  const fmt = new Formatter(reader, names);
  const records = mergeRecords([...rows]);
  const ctx: Ctx = { fmt, records };
  const { units, invoices } = buildUnits(ctx);
  const event = rows.find(isEvent);
  const line = event
    ? describeEvent(ctx, event, units, invoices)
    : (combine(units) ?? fallback(rows));
  return { title: line.title, details: cap(line.details) };
}

/**
 * The part of a change that edited one invoice's content (lines, discount,
 * dates, client, notes), for the invoice's own history, which already shows
 * its creation, sends, payments and status changes: null when the change did
 * nothing else to it.
 */
export function describeInvoiceEdit(rows: readonly ChangeRow[], reader: Reader, invoiceId: string, names: Names = new Map()): ActivityLine | null {
  if (rows.some(isEvent)) return null;
  const records = mergeRecords([...rows]);
  const ctx: Ctx = { fmt: new Formatter(reader, names), records };
  const invoice = records.find((r) => r.entity === 'invoices' && r.id === invoiceId);
  if (invoice && invoice.kind !== 'update') return null;
  const items = records.filter((r) => r.entity === 'invoice_items' && invoiceOf(r) === invoiceId);
  const unit = invoiceUnit(ctx, invoice, invoiceId, items, false);
  if (!unit) return null;
  const [first, ...rest] = unit.details;
  // in the invoice's own history the invoice goes without saying
  return rest.length === 0 && first ? { title: capital(first), details: [] } : { title: 'Edited the invoice', details: unit.details };
}

/** A change with nothing a person would read (only bookkeeping columns moved). */
function fallback(rows: readonly ChangeRow[]): ActivityLine {
  const entity = rows[0]?.entity ?? '';
  if (entity === 'users') return { title: 'Updated your account', details: [] };
  const [noun] = nounOf(entity);
  return { title: noun ? `Updated ${article(noun)} ${noun}` : 'Updated your records', details: [] };
}

/** Who made a change: the reader, a scheduled job, or someone else with access to the account. */
export function describeActor(actor: string | null, signedInAs: string): string {
  if (actor === null) return 'Automatic';
  return actor === signedInAs ? 'You' : 'Someone else';
}
