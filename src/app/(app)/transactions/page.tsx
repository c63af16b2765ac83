import { Download, Plus, Wallet } from 'lucide-react';
import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { EmptyState, NoMatches } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { Amount } from '@/features/transactions/components/amount';
import { LedgerTotals } from '@/features/transactions/components/ledger-totals';
import { TransactionFilters } from '@/features/transactions/components/transaction-filters';
import { TransactionFormDialog } from '@/features/transactions/components/transaction-form-dialog';
import { type Transaction, transactionListQuerySchema } from '@/features/transactions/schema';
import { invoiceChoices, listTransactions, paidInvoiceNumbers, usedCategories } from '@/features/transactions/service';
import { ReadOnlyNote } from '@/features/workspaces/components/workspace-role';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { clearHref, exportHref, readListParams, type SearchParams } from '@/lib/http/list-page';
import { formatCalendarDate } from '@/lib/format';
import { todayIn } from '@/lib/time';
import { formatTotal } from '@/lib/pagination/count';

export const metadata: Metadata = { title: 'Transactions' };

/** When this request read the ledger (a server render runs once per request): a new render, after a write, asks for the totals again. */
function readAt(): number {
  return Date.now();
}

export default async function TransactionsPage({ searchParams }: { searchParams: SearchParams }) {
  const { wanted, query } = await readListParams(
    searchParams,
    ['q', 'type', 'category', 'from', 'to', 'sort', 'cursor'],
    transactionListQuerySchema,
    { limit: '50' },
  );
  const { user, result, categories, invoices, numbers, asOf } = await asPageUser(async (tx, u) => {
    const result = await listTransactions(tx, u, query);
    return {
      asOf: readAt(),
      user: u,
      result,
      categories: await usedCategories(tx, u),
      invoices: await invoiceChoices(tx, u, result.data),
      numbers: await paidInvoiceNumbers(tx, u, result.data),
    };
  });
  const today = todayIn(user.time_zone);
  const filtered = Boolean(query.q || query.type || query.category !== undefined || query.from || query.to);
  // the filters the totals cover, for /api/transactions/totals when the list brings none (ADR 0176)
  const totalsFilters = new URLSearchParams(
    Object.entries({ q: query.q, type: query.type, category: query.category, from: query.from, to: query.to }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  ).toString();
  const categoryNames = [...new Set(categories.map((c) => c.category))].sort((a, b) => a.localeCompare(b));
  const dialogProps = { categories, invoices, today, locale: user.locale };
  const writable = canWrite(user.role);
  // the description opens the editor; a viewer reads it
  const edit = (t: Transaction) => {
    const label = t.description ?? (t.type === 'income' ? 'Income' : 'Expense');
    return writable ? (
      <TransactionFormDialog
        transaction={t}
        {...dialogProps}
        trigger={
          <button type="button" className="block max-w-full truncate text-left font-medium hover:underline">
            {label}
          </button>
        }
      />
    ) : (
      <p className="max-w-full truncate font-medium">{label}</p>
    );
  };

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Transactions</h1>
          <p className="text-sm text-muted-foreground" data-testid="transactions-total">
            {formatTotal(result.page)} {result.page.total === 1 ? 'transaction' : 'transactions'}
            {filtered ? ' match' : ''}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <a href={exportHref('/api/transactions', wanted)} download>
              <Download aria-hidden /> Export CSV
            </a>
          </Button>
          {writable ? (
            <>
              <TransactionFormDialog
                {...dialogProps}
                defaultType="income"
                openWith="income"
                trigger={<Button variant="outline">Money in</Button>}
              />
              <TransactionFormDialog
                {...dialogProps}
                defaultType="expense"
                openWith="expense"
                trigger={
                  <Button>
                    <Plus aria-hidden /> Money out
                  </Button>
                }
              />
            </>
          ) : null}
        </div>
      </div>

      <ReadOnlyNote />

      <LedgerTotals
        key={totalsFilters}
        totals={result.totals}
        filters={totalsFilters}
        asOf={asOf}
        filtered={filtered}
        currency={user.currency}
        locale={user.locale}
      />

      <TransactionFilters categories={categoryNames} />

      {result.data.length === 0 ? (
        filtered ? (
          <NoMatches
            filters={{
              noun: query.type === 'income' ? 'income' : query.type === 'expense' ? 'expenses' : 'transactions',
              uncountable: query.type === 'income',
              qualifiers: [
                ...(query.category === undefined ? [] : [query.category ? `in the category “${query.category}”` : 'without a category']),
                ...(query.from && query.to
                  ? [`from ${formatCalendarDate(query.from, user)} to ${formatCalendarDate(query.to, user)}`]
                  : query.from
                    ? [`since ${formatCalendarDate(query.from, user)}`]
                    : query.to
                      ? [`until ${formatCalendarDate(query.to, user)}`]
                      : []),
              ],
              search: query.q,
            }}
            filtered={Boolean(query.type || query.category !== undefined || query.from || query.to)}
            clearHref={clearHref('/transactions', wanted)}
          />
        ) : (
          <EmptyState
            icon={Wallet}
            title="No money in or out yet"
            description={
              writable ? 'Record what you earn and spend; the totals add up to the cent.' : 'The money your team records will show here.'
            }
            action={writable ? <TransactionFormDialog {...dialogProps} trigger={<Button>Record a transaction</Button>} /> : undefined}
          />
        )
      ) : (
        <>
          <div className="hidden rounded-lg border bg-card shadow-sm md:block">
            <Table>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead>Date</TableHead>
                  <TableHead>Description</TableHead>
                  <TableHead>Category</TableHead>
                  <TableHead className="text-right">Amount</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.data.map((t) => (
                  <TableRow key={t.id} data-testid="transaction-row">
                    <TableCell className="whitespace-nowrap text-muted-foreground">{formatCalendarDate(t.date, user)}</TableCell>
                    <TableCell className="max-w-80">
                      {edit(t)}
                      {t.invoice_id ? (
                        <Badge tone="violet" className="mt-1">
                          Payment{numbers[t.invoice_id] ? ` · ${numbers[t.invoice_id]}` : ''}
                        </Badge>
                      ) : null}
                    </TableCell>
                    <TableCell>{t.category ?? <span className="text-muted-foreground">—</span>}</TableCell>
                    <TableCell className="text-right">
                      <Amount type={t.type} value={t.amount} currency={user.currency} locale={user.locale} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <ul className="flex flex-col gap-2 md:hidden" aria-label="Transactions">
            {result.data.map((t) => (
              <li key={t.id} className="min-w-0 rounded-lg border bg-card p-3 shadow-sm" data-testid="transaction-row">
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0">
                    {edit(t)}
                    <p className="truncate text-xs text-muted-foreground">
                      {[formatCalendarDate(t.date, user), t.category, t.invoice_id ? `Payment ${numbers[t.invoice_id] ?? ''}`.trim() : null]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                  </div>
                  <Amount type={t.type} value={t.amount} currency={user.currency} locale={user.locale} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}

      <Pager path="/transactions" params={wanted} nextCursor={result.page.next_cursor} />
    </div>
  );
}
