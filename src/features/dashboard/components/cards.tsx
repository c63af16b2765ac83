import { ArrowRight, CalendarCheck, FileWarning } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { InvoiceListRow } from '@/features/invoices/schema';
import { formatDue } from '@/features/tasks/components/due';
import { isOverdue, type Task } from '@/features/tasks/schema';
import { formatCalendarDate, type Locale } from '@/lib/format';
import { daysBetween } from '@/lib/time';
import type { Financial, Stats } from '../schema';
import { signedMoney } from './format';
import { AgingList, TopClientsList } from './sections';

/** The dashboard's cards below the period's figures: what is owed, overdue and due now, and other currencies. */

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface Money {
  currency: string;
  locale: string;
}

export function ReceivablesCard({ stats, financial, currency, locale }: { stats: Stats; financial: Financial } & Money) {
  const money = { currency, locale };
  return (
    <Card className="min-w-0" data-testid="receivables">
      <CardHeader>
        <CardTitle>Receivables</CardTitle>
        <CardDescription>Unpaid invoices as of today, net of payments</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <dl className="grid grid-cols-2 gap-3">
          <div>
            <dt className="text-xs text-muted-foreground">Outstanding</dt>
            <dd className="tabular text-lg font-semibold" data-testid="outstanding">
              {signedMoney(stats.invoices.outstanding.amount, money.currency, money.locale)}
            </dd>
            <dd className="text-xs text-muted-foreground">{plural(stats.invoices.outstanding.count, 'invoice')}</dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">Overdue</dt>
            <dd
              className={`tabular text-lg font-semibold ${stats.invoices.overdue.count > 0 ? 'text-red-700' : ''}`}
              data-testid="overdue-amount"
            >
              {signedMoney(stats.invoices.overdue.amount, money.currency, money.locale)}
            </dd>
            <dd className="text-xs text-muted-foreground">{plural(stats.invoices.overdue.count, 'invoice')}</dd>
          </div>
        </dl>
        <p className="text-sm text-muted-foreground" data-testid="open-quotes">
          Open quotes:{' '}
          <Link href="/quotes" className="tabular font-medium text-foreground hover:underline">
            {signedMoney(stats.quotes.open.amount, money.currency, money.locale)}
          </Link>{' '}
          ({plural(stats.quotes.open.count, 'quote')}, sent or accepted and still valid)
        </p>
        <AgingList aging={financial.aging} {...money} />
      </CardContent>
    </Card>
  );
}

export function OverdueInvoicesCard({
  overdue,
  total,
  today,
  user,
}: {
  overdue: InvoiceListRow[];
  total: number;
  today: string;
  user: Locale;
}) {
  return (
    <Card className="min-w-0">
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle>Overdue invoices</CardTitle>
          <CardDescription>{plural(total, 'invoice')} past the due date</CardDescription>
        </div>
        <Link href="/invoices?status=overdue" className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline">
          All <ArrowRight className="size-3.5" aria-hidden />
        </Link>
      </CardHeader>
      <CardContent>
        {overdue.length === 0 ? (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <FileWarning className="size-4" aria-hidden /> Nothing overdue. Every sent invoice is within its terms.
          </p>
        ) : (
          <ul className="divide-y" aria-label="Overdue invoices">
            {overdue.map((invoice) => {
              const late = daysBetween(invoice.due_date, today);
              return (
                <li key={invoice.id} className="flex items-start justify-between gap-3 py-2.5 first:pt-0 last:pb-0">
                  <div className="min-w-0">
                    <Link href={`/invoices/${invoice.id}`} className="font-medium hover:underline">
                      {invoice.invoice_number}
                    </Link>
                    <span className="text-muted-foreground"> · {invoice.contact_name ?? 'No client'}</span>
                    <p className="text-xs text-red-700">
                      {plural(late, 'day')} late · due {formatCalendarDate(invoice.due_date, user)}
                    </p>
                  </div>
                  <span className="tabular shrink-0 font-medium">{signedMoney(invoice.balance_due, invoice.currency, user.locale)}</span>
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

export function TasksDueCard({
  tasks,
  total,
  overdueCount,
  names,
  now,
  user,
}: {
  tasks: Task[];
  total: number;
  overdueCount: number;
  names: Map<string, string>;
  now: Date;
  user: Locale;
}) {
  // overdue ones (their moment has passed) and the rest due today; together, the list
  const tasksOverdue = overdueCount;
  const tasksStillToday = Math.max(0, total - tasksOverdue);
  return (
    <Card className="min-w-0" data-testid="tasks-due">
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle>{tasksOverdue > 0 ? 'Overdue and due today' : 'Due today'}</CardTitle>
          <CardDescription>
            {tasksOverdue > 0 ? (
              <>
                <Link href="/tasks?view=overdue" className="text-red-700 hover:underline">
                  {tasksOverdue} overdue
                </Link>
                {' · '}
              </>
            ) : null}
            <Link href="/tasks?view=today" className="hover:underline">
              {tasksOverdue > 0 ? `${tasksStillToday} still due today` : plural(tasksStillToday, 'task')}
            </Link>
          </CardDescription>
        </div>
        <Link href="/tasks" className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline">
          All open <ArrowRight className="size-3.5" aria-hidden />
        </Link>
      </CardHeader>
      <CardContent>
        {tasks.length === 0 ? (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <CalendarCheck className="size-4" aria-hidden /> Nothing overdue and nothing due today.
          </p>
        ) : (
          <ul className="divide-y" aria-label={tasksOverdue > 0 ? 'Tasks overdue or due today' : 'Tasks due today'}>
            {tasks.map((task) => {
              const late = isOverdue(task, now, user.time_zone);
              return (
                <li key={task.id} className="flex items-start justify-between gap-3 py-2.5 first:pt-0 last:pb-0">
                  <div className="min-w-0">
                    <Link href={late ? '/tasks?view=overdue' : '/tasks?view=today'} className="font-medium hover:underline">
                      {task.title}
                    </Link>
                    <p className={`text-xs ${late ? 'text-red-700' : 'text-muted-foreground'}`}>
                      {late ? 'Overdue · due ' : 'Due '}
                      {formatDue(task, user, { now, inSentence: true })}
                      {task.contact_id && names.has(task.contact_id) ? (
                        <>
                          {' · '}
                          <Link href={`/contacts/${task.contact_id}`} className="hover:underline">
                            {names.get(task.contact_id)}
                          </Link>
                        </>
                      ) : null}
                    </p>
                  </div>
                  {task.priority === 'high' ? <Badge tone="red">High</Badge> : null}
                </li>
              );
            })}
          </ul>
        )}
        {total > tasks.length ? (
          <p className="mt-2 text-xs text-muted-foreground">
            The first {tasks.length} of {total}.{' '}
            <Link href="/tasks" className="font-medium text-primary hover:underline">
              See them all
            </Link>
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}

export function OtherCurrencies({
  stats,
  financial,
  range,
  locale,
}: {
  stats: Stats;
  financial: Financial;
  range: string;
  locale: string;
}) {
  const others = Object.entries(financial.by_currency);
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="other-currencies" className="space-y-3">
      <div>
        <h2 id="other-currencies" className="text-base font-semibold">
          Other currencies
        </h2>
        <p className="text-sm text-muted-foreground">
          Invoices in other currencies are counted on their own, never added to {financial.currency}.
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {others.map(([currency, figures]) => {
          const open = stats.by_currency[currency]?.invoices;
          const m = { currency, locale: locale };
          return (
            <Card key={currency} className="min-w-0" data-testid={`currency-${currency}`}>
              <CardHeader>
                <CardTitle>{currency}</CardTitle>
                <CardDescription>{range}</CardDescription>
              </CardHeader>
              <CardContent className="space-y-4">
                <dl className="grid grid-cols-3 gap-3">
                  <div>
                    <dt className="text-xs text-muted-foreground">Money in</dt>
                    <dd className="tabular font-semibold">{signedMoney(figures.totals.income, currency, locale)}</dd>
                  </div>
                  <div>
                    <dt className="text-xs text-muted-foreground">Outstanding</dt>
                    <dd className="tabular font-semibold">{signedMoney(open?.outstanding.amount ?? '0.00', currency, locale)}</dd>
                  </div>
                  <div>
                    <dt className="text-xs text-muted-foreground">Overdue</dt>
                    <dd className="tabular font-semibold">{signedMoney(open?.overdue.amount ?? '0.00', currency, locale)}</dd>
                  </div>
                </dl>
                <AgingList aging={figures.aging} {...m} />
                {figures.top_clients.length > 0 ? <TopClientsList clients={figures.top_clients.slice(0, 3)} {...m} /> : null}
              </CardContent>
            </Card>
          );
        })}
      </div>
    </section>
  );
}
