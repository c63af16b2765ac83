import { ChevronRight, FileText, Plus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { anyOf, EmptyState, NoMatches } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { InvoiceFilters } from '@/features/invoices/components/invoice-filters';
import { InvoiceStatusBadge } from '@/features/invoices/components/invoice-status-badge';
import { ReminderSettings } from '@/features/invoices/components/reminder-settings';
import { contactNames } from '@/features/contacts/service';
import { type EffectiveStatus, invoiceListQuerySchema, STATUS_LABELS } from '@/features/invoices/schema';
import { getInvoiceSettings, invoiceStatusTotals, listInvoices } from '@/features/invoices/service';
import { ReadOnlyNote } from '@/features/workspaces/components/workspace-role';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { clearHref, readListParams, type SearchParams } from '@/lib/http/list-page';
import { formatCalendarDate } from '@/lib/time';
import { env } from '@/lib/env';
import { addMoney, compareMoney, formatMoney } from '@/lib/money';
import { cn } from '@/lib/utils';
import { formatTotal } from '@/lib/pagination/count';

export const metadata: Metadata = { title: 'Invoices' };

const SUMMARY: { key: EffectiveStatus; label: string; hint: string; tone: string; amount: 'total' | 'balance' }[] = [
  { key: 'draft', label: 'Drafts', hint: 'not sent yet', tone: 'border-l-slate-400', amount: 'total' },
  { key: 'sent', label: 'Outstanding', hint: 'sent, not yet due', tone: 'border-l-blue-500', amount: 'balance' },
  { key: 'overdue', label: 'Overdue', hint: 'past the due date', tone: 'border-l-red-500', amount: 'balance' },
  { key: 'paid', label: 'Paid', hint: 'settled in full', tone: 'border-l-green-600', amount: 'total' },
];

export default async function InvoicesPage({ searchParams }: { searchParams: SearchParams }) {
  const { wanted, query } = await readListParams(searchParams, ['q', 'status', 'sort', 'cursor', 'contact_id'], invoiceListQuerySchema, {
    limit: '25',
  });
  const { result, totals, contactName, user } = await asPageUser(async (tx, u) => ({
    result: await listInvoices(tx, u, query),
    totals: await invoiceStatusTotals(tx, u),
    // for the empty state: which contact the list is filtered to
    contactName: query.contact_id ? (await contactNames(tx, u, [query.contact_id])).get(query.contact_id) : undefined,
    user: u,
  }));
  const filtered = Boolean(query.q || query.status || query.contact_id);
  const writable = canWrite(user.role);
  const money = (value: string, currency: string) => formatMoney(value, currency, user.locale);

  const summary = SUMMARY.map((s) => {
    const rows = totals.filter((t) => t.effective_status === s.key);
    const byCurrency = new Map<string, string>();
    for (const row of rows)
      byCurrency.set(row.currency, addMoney(byCurrency.get(row.currency) ?? '0.00', s.amount === 'total' ? row.total : row.balance));
    return { ...s, count: rows.reduce((n, r) => n + r.count, 0), amounts: [...byCurrency.entries()] };
  });

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Invoices</h1>
          <p className="text-sm text-muted-foreground" data-testid="invoices-total">
            {formatTotal(result.page)} {result.page.total === 1 ? 'invoice' : 'invoices'}
            {filtered ? ' match' : ''}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ReminderSettings days={getInvoiceSettings(user).reminder_days} scheduled={Boolean(env().CRON_SECRET)} />
          {writable ? (
            <Button asChild>
              <Link href="/invoices/new">
                <Plus aria-hidden /> New invoice
              </Link>
            </Button>
          ) : null}
        </div>
      </div>

      <ReadOnlyNote />

      <section aria-label="Totals by status" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {summary.map((s) => (
          <Link
            key={s.key}
            href={`/invoices?status=${s.key}`}
            className={cn('rounded-lg border border-l-4 bg-card p-3 shadow-sm transition-colors hover:bg-muted/60', s.tone)}
            data-testid={`summary-${s.key}`}
          >
            <p className="text-xs font-medium text-muted-foreground">
              {s.label} · {s.count}
            </p>
            <div className="mt-1 text-lg font-semibold tabular-nums">
              {s.amounts.length === 0
                ? money('0.00', user.currency)
                : s.amounts.map(([cur, amount]) => <p key={cur}>{money(amount, cur)}</p>)}
            </div>
            <p className="text-xs text-muted-foreground">{s.hint}</p>
          </Link>
        ))}
      </section>

      <InvoiceFilters />

      {result.data.length === 0 ? (
        filtered ? (
          <NoMatches
            filters={{
              noun: `${query.status ? `${anyOf(query.status.map((st) => STATUS_LABELS[st].toLowerCase()))} ` : ''}invoices`,
              qualifiers: query.contact_id ? [`for ${contactName ?? 'this contact'}`] : [],
              search: query.q,
            }}
            filtered={Boolean(query.status || query.contact_id)}
            clearHref={clearHref('/invoices', wanted)}
          />
        ) : (
          <EmptyState
            icon={FileText}
            title="No invoices yet"
            description={
              writable
                ? 'Bill a client: add the work as line items, send the PDF by email, and record the payments as they arrive.'
                : 'The invoices your team writes will show here, with what is paid and what is still owed.'
            }
            action={
              writable ? (
                <Button asChild>
                  <Link href="/invoices/new">Create your first invoice</Link>
                </Button>
              ) : undefined
            }
          />
        )
      ) : (
        <>
          <div className="hidden rounded-lg border bg-card shadow-sm md:block">
            <Table>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead>Number</TableHead>
                  <TableHead>Client</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Issued</TableHead>
                  <TableHead>Due</TableHead>
                  <TableHead className="text-right">Total</TableHead>
                  <TableHead className="text-right">Balance</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.data.map((invoice) => (
                  <TableRow key={invoice.id}>
                    <TableCell className="font-medium">
                      <Link href={`/invoices/${invoice.id}`} className="hover:underline">
                        {invoice.invoice_number}
                      </Link>
                    </TableCell>
                    <TableCell className="max-w-56 truncate">
                      {invoice.contact_name ?? <span className="text-muted-foreground">No client</span>}
                      {invoice.contact_company ? (
                        <span className="block truncate text-xs text-muted-foreground">{invoice.contact_company}</span>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      <InvoiceStatusBadge status={invoice.effective_status} partlyPaid={compareMoney(invoice.amount_paid, '0.00') > 0} />
                    </TableCell>
                    <TableCell className="whitespace-nowrap text-muted-foreground">
                      {formatCalendarDate(invoice.issue_date, user.locale)}
                    </TableCell>
                    <TableCell
                      className={cn(
                        'whitespace-nowrap',
                        invoice.effective_status === 'overdue' ? 'font-medium text-red-700' : 'text-muted-foreground',
                      )}
                    >
                      {formatCalendarDate(invoice.due_date, user.locale)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums whitespace-nowrap">
                      {money(invoice.total_amount, invoice.currency)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums whitespace-nowrap">
                      {invoice.status === 'cancelled' ? '—' : money(invoice.balance_due, invoice.currency)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <ul className="flex flex-col gap-2 md:hidden" aria-label="Invoices">
            {result.data.map((invoice) => (
              <li key={invoice.id} className="min-w-0">
                <Link
                  href={`/invoices/${invoice.id}`}
                  className="flex items-center gap-3 rounded-lg border bg-card p-3 shadow-sm active:bg-muted"
                >
                  <div className="min-w-0 flex-1">
                    <p className="flex items-center justify-between gap-2">
                      <span className="truncate font-medium">{invoice.invoice_number}</span>
                      <span className="shrink-0 tabular-nums font-medium">{money(invoice.total_amount, invoice.currency)}</span>
                    </p>
                    <p className="truncate text-sm text-muted-foreground">
                      {invoice.contact_name ?? 'No client'} · due {formatCalendarDate(invoice.due_date, user.locale)}
                    </p>
                    <div className="mt-1">
                      <InvoiceStatusBadge status={invoice.effective_status} partlyPaid={compareMoney(invoice.amount_paid, '0.00') > 0} />
                    </div>
                  </div>
                  <ChevronRight className="size-4 shrink-0 text-muted-foreground" aria-hidden />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}

      <Pager path="/invoices" params={wanted} nextCursor={result.page.next_cursor} />
    </div>
  );
}
