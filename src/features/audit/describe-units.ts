// Over 400 lines on purpose: one sentence builder per kind of record (contact, task, note, payment, invoice
// with its lines), each short, sharing the same context and formatter.
import { compareMoney, parseDecimal, subtractMoney } from '@/lib/money';
import type { AuditContext } from './schema';
import { changedFields, personName, state, str, type Rec } from './describe-records';
import { Formatter, decimalText, isBlank, sameValue } from './describe-values';
import { article, capital, hidden, nounOf } from './describe-words';

/** What one record, with what belongs to it (an invoice's lines, a payment), says about a change. */

// ---------------------------------------------------------------------------
// Units: what one record (with what belongs to it) says
// ---------------------------------------------------------------------------

export interface Unit {
  entity: string;
  kind: Rec['kind'];
  title: string;
  details: string[];
  /** the record's own name, for lists ("Added 3 contacts: “A”, “B” and “C”") */
  name: string | null;
  /** an invoice this unit concerns (payments, items) */
  invoiceId?: string;
}

export interface Ctx {
  fmt: Formatter;
  records: Rec[];
}

export function invoiceOf(rec: Rec): string | undefined {
  const s = state(rec);
  return str(s.invoice_id) ?? str(rec.after.invoice_id) ?? str(rec.before.invoice_id) ?? rec.context.invoice_id ?? undefined;
}

export function invoiceName(ctx: Ctx, invoiceId: string | undefined, rec?: Rec, context?: AuditContext): string {
  const number =
    (rec && (str(rec.after.invoice_number) ?? str(rec.before.invoice_number))) ??
    rec?.context.invoice_number ??
    context?.invoice_number ??
    ctx.records.find((r) => r.entity !== 'invoices' && invoiceOf(r) === invoiceId && r.context.invoice_number)?.context.invoice_number ??
    (invoiceId ? ctx.fmt.names.get(invoiceId) : undefined);
  return number ? `invoice ${number}` : 'an invoice';
}

export function genericUnit(ctx: Ctx, rec: Rec): Unit | null {
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

export function contactUnit(ctx: Ctx, rec: Rec): Unit | null {
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

export function taskUnit(ctx: Ctx, rec: Rec): Unit | null {
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
      to === 'completed'
        ? 'Completed'
        : to === 'cancelled'
          ? 'Cancelled'
          : from === 'completed' || from === 'cancelled'
            ? 'Reopened'
            : null;
    if (verb) {
      title = `${verb} ${what}`;
      fields = fields.filter((f) => f !== 'status');
    }
  }
  if (fields.length === 0 && title.startsWith('Changed')) return null;
  return {
    entity: rec.entity,
    kind: rec.kind,
    title,
    details: fields.map((f) => ctx.fmt.field('tasks', f, rec.before[f], rec.after[f])),
    name,
  };
}

export function noteUnit(ctx: Ctx, rec: Rec): Unit | null {
  const s = state(rec);
  const contact = rec.context.contact ?? (str(s.contact_id) ? ctx.fmt.names.get(s.contact_id as string) : undefined);
  const on = contact ? ` ${ctx.fmt.text(contact)}` : '';
  const body = str(s.body);
  if (rec.kind === 'insert') {
    return {
      entity: rec.entity,
      kind: rec.kind,
      title: contact ? `Added a note to${on}` : 'Added a note',
      details: body ? [ctx.fmt.text(body)] : [],
      name: null,
    };
  }
  if (rec.kind === 'delete')
    return { entity: rec.entity, kind: rec.kind, title: contact ? `Deleted a note on${on}` : 'Deleted a note', details: [], name: null };
  if (!changedFields(rec).some((f) => !hidden(f))) return null;
  return {
    entity: rec.entity,
    kind: rec.kind,
    title: contact ? `Changed a note on${on}` : 'Changed a note',
    details: body ? [`Now reads ${ctx.fmt.text(body)}`] : [],
    name: null,
  };
}

export function userUnit(ctx: Ctx, rec: Rec): Unit | null {
  if (rec.kind === 'insert') return { entity: rec.entity, kind: rec.kind, title: 'Created your account', details: [], name: null };
  if (rec.kind === 'delete') return { entity: rec.entity, kind: rec.kind, title: 'Deleted your account', details: [], name: null };
  const fields = changedFields(rec).filter((f) => !hidden(f));
  if (fields.length === 0) return null;
  return {
    entity: rec.entity,
    kind: rec.kind,
    title: 'Changed your settings',
    details: fields.map((f) => ctx.fmt.field('users', f, rec.before[f], rec.after[f])),
    name: null,
  };
}

/** The business: created (with one's account, or as a new shared workspace), renamed, its settings changed. */
export function workspaceUnit(ctx: Ctx, rec: Rec): Unit | null {
  const s = state(rec);
  const name = str(s.name) ? ctx.fmt.text(str(s.name)!) : null;
  if (rec.kind === 'insert') {
    const title = s.personal === true ? 'Created your workspace' : name ? `Created the workspace ${name}` : 'Created a workspace';
    return { entity: rec.entity, kind: rec.kind, title, details: [], name };
  }
  if (rec.kind === 'delete') return { entity: rec.entity, kind: rec.kind, title: 'Deleted the workspace', details: [], name };
  const fields = changedFields(rec).filter((f) => !hidden(f) && f !== 'personal');
  if (fields.length === 0) return null;
  return {
    entity: rec.entity,
    kind: rec.kind,
    title: 'Changed the business settings',
    details: fields.map((f) => ctx.fmt.field('workspaces', f, rec.before[f], rec.after[f])),
    name,
  };
}

/** Someone joined, changed role or left; named by the people the change refers to. */
export function memberUnit(ctx: Ctx, rec: Rec): Unit | null {
  const s = state(rec);
  const person = (str(s.user_id) && ctx.fmt.names.get(str(s.user_id)!.toLowerCase())) || 'a member';
  const role = (value: unknown) => (ctx.fmt.value('workspace_members', 'role', value) ?? 'member').toLowerCase();
  if (rec.kind === 'insert') {
    if (s.role === 'owner') return null;
    return { entity: rec.entity, kind: rec.kind, title: `Added ${person} as ${role(s.role)}`, details: [], name: person };
  }
  if (rec.kind === 'delete')
    return { entity: rec.entity, kind: rec.kind, title: `Removed ${person} from the workspace`, details: [], name: person };
  if (!changedFields(rec).includes('role')) return null;
  const title =
    rec.after.role === 'owner'
      ? `Handed ownership to ${person}`
      : `Changed the role of ${person} from ${role(rec.before.role)} to ${role(rec.after.role)}`;
  return { entity: rec.entity, kind: rec.kind, title, details: [], name: person };
}

/** After a payment changed an invoice: paid in full, no longer paid, or what is still to pay. */
export function paymentFollowUp(ctx: Ctx, invoice: Rec | undefined, invoiceId: string | undefined, status?: unknown): string[] {
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

export function canonical(text: string): string {
  const parsed = parseDecimal(text);
  return parsed.ok ? parsed.value : '0.00';
}

export function transactionUnit(ctx: Ctx, rec: Rec): Unit | null {
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
      return {
        entity: rec.entity,
        kind: rec.kind,
        title: `Recorded a payment of ${amount} on ${invoiceName(ctx, invoiceId)}`,
        details: [],
        name,
        invoiceId,
      };
    }
    const title = type === 'expense' ? `Recorded an expense of ${amount}` : `Recorded income of ${amount}`;
    return { entity: rec.entity, kind: rec.kind, title: desc ? `${title}: ${desc}` : title, details: [], name };
  }
  if (rec.kind === 'delete') {
    if (invoiceId) {
      return {
        entity: rec.entity,
        kind: rec.kind,
        title: `Removed a payment of ${amount} from ${invoiceName(ctx, invoiceId)}`,
        details: [],
        name,
        invoiceId,
      };
    }
    const what = type === 'expense' ? 'expense' : 'income';
    return {
      entity: rec.entity,
      kind: rec.kind,
      title: desc ? `Deleted the ${what} ${desc} (${amount})` : `Deleted ${what === 'expense' ? 'an expense' : 'income'} of ${amount}`,
      details: [],
      name,
    };
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
      ? desc
        ? `Changed the expense ${desc}`
        : 'Changed an expense'
      : desc
        ? `Changed the income ${desc}`
        : 'Changed an income';
  return { entity: rec.entity, kind: rec.kind, title, details, name, invoiceId };
}

// -- invoices and their lines ------------------------------------------------

export function lineName(ctx: Ctx, row: Record<string, unknown>, rec?: Rec): string {
  const description = str(row.description) ?? rec?.context.name ?? null;
  return description ? ctx.fmt.text(description) : 'a line';
}

export function lineChanges(
  ctx: Ctx,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  currency: string | undefined,
  rec?: Rec,
): string[] {
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

export function lineSentences(ctx: Ctx, items: Rec[], currency: string | undefined): string[] {
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

export function discountText(ctx: Ctx, type: unknown, value: unknown, currency: string | undefined): string | null {
  if (isBlank(type) || isBlank(value)) return null;
  if (type === 'percent') return `${ctx.fmt.number(value)}%`;
  return ctx.fmt.money(value, currency);
}

export const INVOICE_STATUS: Record<string, { sentence: string; title: (invoice: string) => string }> = {
  sent: { sentence: 'Marked as sent', title: (i) => `Marked ${i} as sent` },
  cancelled: { sentence: 'Cancelled', title: (i) => `Cancelled ${i}` },
  paid: { sentence: 'Now paid in full', title: (i) => `${capital(i)} is now paid in full` },
};

export function invoiceUnit(ctx: Ctx, rec: Rec | undefined, invoiceId: string, items: Rec[], withStatus = true): Unit | null {
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
export function buildUnits(ctx: Ctx): { units: Unit[]; invoices: Map<string, Rec> } {
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
      case 'workspaces':
        unit = workspaceUnit(ctx, rec);
        break;
      case 'workspace_members':
        unit = memberUnit(ctx, rec);
        break;
      default:
        unit = genericUnit(ctx, rec);
    }
    if (unit) units.push(unit);
  }
  return { units, invoices };
}
