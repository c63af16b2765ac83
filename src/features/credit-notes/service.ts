import { type Workspace } from '@/lib/auth/workspace';
import { csvResponse } from '@/lib/csv';
import { type Database, type TenantRunner } from '@/lib/db';
import { errors } from '@/lib/errors';
import { compareMoney, subtractMoney } from '@/lib/money';
import { keptCount, listPage, type Page, unfiltered } from '@/lib/pagination';
import { safeTimeZone, todayIn } from '@/lib/time';
import {
  countCreditNotes,
  creditNoteSort,
  creditTotals,
  type CreditNoteFilters,
  insertCreditNote,
  insertCreditNoteItems,
  insertRefund,
  lockInvoice,
  nextCreditNoteNumber,
  refundedAmount,
  selectCreditableItems,
  selectCreditNote,
  selectCreditNoteItems,
  selectCreditNotes,
} from './queries';
import type { CreditNote, CreditNoteCreate, CreditNoteDetail, CreditNoteListQuery } from './schema';

/**
 * Credit notes (docs/decisions/0115-credit-notes.md): issued against a sent,
 * overdue or paid invoice for some of its items or an amount, never more than
 * it has left to credit. The invoice row is locked first, so two credits at
 * once are checked one after the other; the database checks the same rule
 * again (a trigger on the locked row) for any other writer.
 */

function filtersFor(owner: Workspace, query: Omit<CreditNoteListQuery, 'format' | 'limit' | 'cursor' | 'sort'>): CreditNoteFilters {
  return {
    workspaceId: owner.id,
    q: query.q || undefined,
    invoiceId: query.invoice_id,
    contactId: query.contact_id,
    from: query.from,
    to: query.to,
  };
}

export async function listCreditNotes(
  tx: Database,
  owner: Workspace,
  query: Omit<CreditNoteListQuery, 'format'>,
): Promise<{ data: CreditNote[]; page: Page }> {
  const filters = filtersFor(owner, query);
  const sort = creditNoteSort(query.sort.field, query.sort.direction);
  return listPage(
    query,
    (cursor, limit) => selectCreditNotes(tx, filters, sort, cursor, limit),
    () => (unfiltered(filters) ? keptCount(tx, owner.id, 'credit_notes') : countCreditNotes(tx, filters)),
  );
}

const CSV_COLUMNS: { key: string; value: (n: CreditNote) => unknown }[] = (
  [
    'credit_note_number',
    'invoice_number',
    'contact_name',
    'issue_date',
    'currency',
    'subtotal',
    'tax_amount',
    'total_amount',
    'refunded',
    'reason',
    'id',
    'invoice_id',
    'contact_id',
    'refund_transaction_id',
    'created_at',
  ] as const
).map((key) => ({ key, value: (n: CreditNote) => n[key] }));

/** The filtered credit notes as a streamed CSV download (all pages). */
export function exportCreditNotesCsv(
  run: TenantRunner,
  owner: Workspace,
  query: Omit<CreditNoteListQuery, 'format' | 'limit' | 'cursor'>,
): Response {
  const filters = filtersFor(owner, query);
  const sort = creditNoteSort(query.sort.field, query.sort.direction);
  async function* batches(): AsyncGenerator<CreditNote[]> {
    let cursor: { key: string; id: string; total: number } | undefined;
    for (;;) {
      const rows = await run((tx) => selectCreditNotes(tx, filters, sort, cursor, 1000));
      if (rows.length === 0) return;
      const last = rows[rows.length - 1]!;
      cursor = { key: last._sort, id: last.id, total: 0 };
      yield rows.map(({ _sort: _ignored, ...row }) => row);
      if (rows.length < 1000) return;
    }
  }
  return csvResponse('credit-notes.csv', CSV_COLUMNS, batches());
}

export async function getCreditNote(tx: Database, owner: Workspace, id: string): Promise<CreditNoteDetail> {
  const note = await selectCreditNote(tx, owner.id, id);
  if (!note) throw errors.notFound('Credit note');
  const [items, invoice] = await Promise.all([selectCreditNoteItems(tx, owner.id, id), lockInvoice(tx, owner.id, note.invoice_id, false)]);
  return { ...note, items, invoice: invoice! };
}

/** The credit notes of one invoice, with their items (GET /api/invoices/:id/credit-notes). */
export async function invoiceCreditNotes(tx: Database, owner: Workspace, invoiceId: string): Promise<CreditNoteDetail[]> {
  const invoice = await lockInvoice(tx, owner.id, invoiceId, false);
  if (!invoice) throw errors.notFound('Invoice');
  const notes = await selectCreditNotes(tx, { workspaceId: owner.id, invoiceId }, creditNoteSort('created_at', 'asc'), undefined, 1000);
  return Promise.all(
    notes.map(async ({ _sort: _ignored, ...note }) => ({ ...note, items: await selectCreditNoteItems(tx, owner.id, note.id), invoice })),
  );
}

/**
 * The invoice page's credit panel: the credit notes issued, and what can still
 * be credited (the amount, each item's quantity) and refunded.
 */
export async function creditPanel(tx: Database, owner: Workspace, invoiceId: string) {
  const invoice = await lockInvoice(tx, owner.id, invoiceId, false);
  if (!invoice) throw errors.notFound('Invoice');
  const [items, refunded, notes] = await Promise.all([
    selectCreditableItems(tx, owner.id, invoiceId),
    refundedAmount(tx, owner.id, invoiceId),
    selectCreditNotes(tx, { workspaceId: owner.id, invoiceId }, creditNoteSort('created_at', 'asc'), undefined, 1000),
  ]);
  return {
    notes: notes.map(({ _sort: _ignored, ...note }) => note),
    creditable: invoice.status === 'sent' || invoice.status === 'paid' ? compareMoney(invoice.creditable_amount, '0.00') > 0 : false,
    invoice: {
      id: invoice.id,
      invoice_number: invoice.invoice_number,
      amount_paid: invoice.amount_paid,
      creditable_amount: invoice.creditable_amount,
      refundable_amount: subtractMoney(invoice.amount_paid, refunded),
      items: items.map((item) => ({
        id: item.id,
        description: item.description,
        unit_price: item.unit_price,
        quantity: Number(item.quantity),
        left: Number(item.left),
      })),
    },
  };
}

export async function issueCreditNote(
  tx: Database,
  owner: Workspace,
  invoiceId: string,
  input: CreditNoteCreate,
): Promise<CreditNoteDetail> {
  const invoice = await lockInvoice(tx, owner.id, invoiceId);
  if (!invoice) throw errors.notFound('Invoice');
  if (invoice.status !== 'sent' && invoice.status !== 'paid') {
    throw errors.conflict(`Invoice ${invoice.invoice_number} is ${invoice.status}: only sent, overdue or paid invoices can be credited.`, {
      invoice_id: [`refers to a ${invoice.status} invoice`],
    });
  }

  let totals: { subtotal: string; tax_amount: string; total_amount: string };
  let lines: { invoice_item_id: string; description: string; quantity: string; unit_price: string; tax_rate: string }[] = [];
  if (input.items) {
    const creditable = new Map((await selectCreditableItems(tx, owner.id, invoiceId)).map((item) => [item.id, item]));
    const problems: Record<string, string[]> = {};
    const over: Record<string, string[]> = {};
    input.items.forEach((line, index) => {
      const item = creditable.get(line.invoice_item_id);
      if (!item) {
        problems[`items.${index}.invoice_item_id`] = ['refers to no item of this invoice'];
        return;
      }
      const quantity = line.quantity ?? item.left;
      if (compareDecimal(item.left, '0') <= 0) {
        over[`items.${index}.quantity`] = ['this item is already fully credited'];
      } else if (compareDecimal(quantity, item.left) > 0) {
        over[`items.${index}.quantity`] = [`is more than is left to credit of this item (${item.left})`];
      }
      lines.push({
        invoice_item_id: item.id,
        description: item.description,
        quantity,
        unit_price: item.unit_price,
        tax_rate: item.tax_rate,
      });
    });
    if (Object.keys(problems).length > 0) throw errors.unprocessable('Some items are not items of this invoice.', problems);
    if (Object.keys(over).length > 0) {
      throw errors.conflict(`That is more than invoice ${invoice.invoice_number} has left to credit.`, over);
    }
    totals = await creditTotals(tx, owner.id, invoiceId, lines);
    if (compareMoney(totals.total_amount, '0') <= 0) {
      throw errors.unprocessable('These items are worth nothing to credit.', { items: ['credit items with a price'] });
    }
  } else {
    lines = [];
    totals = { subtotal: input.amount!, tax_amount: '0.00', total_amount: input.amount! };
  }

  if (compareMoney(totals.total_amount, invoice.creditable_amount) > 0) {
    throw errors.conflict(
      `This credit of ${totals.total_amount} is more than invoice ${invoice.invoice_number} has left to credit (${invoice.creditable_amount}).`,
      { [input.items ? 'items' : 'amount']: [`exceeds what is left to credit (${invoice.creditable_amount})`] },
    );
  }

  const issueDate = input.issue_date ?? todayIn(safeTimeZone(owner.time_zone));
  const number = await nextCreditNoteNumber(tx, owner.id);
  let refundId: string | null = null;
  if (input.refund) {
    const refundable = subtractMoney(invoice.amount_paid, await refundedAmount(tx, owner.id, invoiceId));
    if (compareMoney(totals.total_amount, refundable) > 0) {
      throw errors.unprocessable(
        `Only ${refundable} of invoice ${invoice.invoice_number} was paid and not yet refunded: a refund cannot be more than that.`,
        { refund: [`the credit (${totals.total_amount}) is more than was paid and not refunded (${refundable})`] },
      );
    }
    refundId = await insertRefund(tx, owner.id, {
      amount: totals.total_amount,
      date: issueDate,
      description: `Refund: credit note ${number} on invoice ${invoice.invoice_number}`,
    });
  }
  const id = await insertCreditNote(tx, owner.id, {
    invoice_id: invoiceId,
    credit_note_number: number,
    issue_date: issueDate,
    currency: '',
    ...totals,
    reason: input.reason ?? null,
    refund_transaction_id: refundId,
  });
  await insertCreditNoteItems(tx, owner.id, id, lines);
  return getCreditNote(tx, owner, id);
}

/** Compares two non-negative decimals of up to three places (quantities). */
function compareDecimal(a: string, b: string): number {
  const scale = (v: string) => {
    const [whole, frac = ''] = v.split('.');
    return BigInt(whole! + frac.padEnd(3, '0').slice(0, 3));
  };
  const x = scale(a);
  const y = scale(b);
  return x === y ? 0 : x > y ? 1 : -1;
}
