import { personLabel } from '@/lib/auth/people';
import { isEvent, mergeRecords, str, type Rec } from './describe-records';
import { buildUnits, invoiceName, invoiceOf, invoiceUnit, paymentFollowUp, type Ctx, type Unit } from './describe-units';
import { Formatter } from './describe-values';
import {
  MAX_DETAILS,
  MAX_NAMES,
  article,
  capital,
  count,
  hidden,
  labelOf,
  list,
  nounOf,
  type ActivityLine,
  type ChangeRow,
  type Names,
  type Reader,
  words,
} from './describe-words';

export type { ActivityLine, ChangeRow, Reader } from './describe-words';

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
  // one save of the settings form: the person's preferences and the business's settings together
  if (units.every((u) => (u.entity === 'users' || u.entity === 'workspaces') && u.kind === 'update')) {
    return { title: 'Changed your settings', details: units.flatMap((u) => u.details) };
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
    case 'workspace.invitation_sent': {
      const role = str(d.role);
      return { title: `Invited ${str(d.email) ?? 'someone'} to the workspace${role ? ` as ${role}` : ''}`, details: [] };
    }
    case 'workspace.invitation_revoked':
      return { title: `Withdrew the invitation of ${str(d.email) ?? 'someone'}`, details: [] };
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
      return {
        title: 'Imported contacts from a CSV file',
        details: [...(parts.length ? [capital(list(parts))] : ['Nothing new to add']), ...rest.map((u) => u.title)],
      };
    }
    case 'auth.signed_in': {
      const own = (u: { entity: string }) => u.entity === 'users' || u.entity === 'workspaces' || u.entity === 'workspace_members';
      const first = units.some((u) => own(u) && u.kind === 'insert');
      const added = others((u) => own(u) || u.kind !== 'insert');
      const rest = others((u) => own(u) || u.kind === 'insert');
      const details = [...(added.length ? [`Added sample data: ${tally(added)}`] : []), ...rest.map((u) => u.title)];
      return { title: first ? 'Signed in for the first time' : 'Signed in', details };
    }
    case 'auth.signed_out':
      return { title: 'Signed out', details: units.map((u) => u.title) };
    case 'user.synced': {
      const user = units.find((u) => u.entity === 'users');
      const rest = others((u) => u === user);
      const title =
        user?.kind === 'insert' ? 'Created your account from your sign-in details' : 'Updated your account from your sign-in details';
      return { title, details: [...(user?.details ?? []), ...rest.map((u) => u.title)] };
    }
    case 'ai.action_confirmed': {
      const done = combine(units);
      if (done) return { title: done.title, details: [...done.details, 'Made through the assistant'] };
      return {
        title: summary ? `Approved a change the assistant proposed: ${summary}` : 'Approved a change the assistant proposed',
        details: [],
      };
    }
    case 'ai.action_rejected':
      return {
        title: summary ? `Declined a change the assistant proposed: ${summary}` : 'Declined a change the assistant proposed',
        details: [],
      };
    case 'ai.action_undone':
      return {
        title: summary ? `Undid a change made through the assistant: ${summary}` : 'Undid a change made through the assistant',
        details: units.map((u) => u.title),
      };
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
  const line = event ? describeEvent(ctx, event, units, invoices) : (combine(units) ?? fallback(rows));
  return { title: line.title, details: cap(line.details) };
}

/**
 * The part of a change that edited one invoice's content (lines, discount,
 * dates, client, notes), for the invoice's own history, which already shows
 * its creation, sends, payments and status changes: null when the change did
 * nothing else to it.
 */
export function describeInvoiceEdit(
  rows: readonly ChangeRow[],
  reader: Reader,
  invoiceId: string,
  names: Names = new Map(),
): ActivityLine | null {
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

/** Who made a change (by sign-in id): you, a teammate by name, a former member, or the system. */
export function describeActor(actor: string | null, signedInAs: string, people: ReadonlyMap<string, string> = new Map()): string {
  return actor === null ? 'Automatic' : personLabel(actor, signedInAs, people);
}
