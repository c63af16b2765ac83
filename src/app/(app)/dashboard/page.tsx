import { AlertTriangle, ArrowRight, CalendarCheck, FileWarning } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { contactNames } from '@/features/contacts/service';
import { periodDescription, rangeLabel, signedMoney } from '@/features/dashboard/components/format';
import { MoneyChart } from '@/features/dashboard/components/money-chart';
import { PeriodPicker } from '@/features/dashboard/components/period-picker';
import {
  AgingList,
  CategoryList,
  FlowCards,
  MoneyTable,
  TopClientsList,
} from '@/features/dashboard/components/sections';
import { PAGE_DEFAULT, presetRange } from '@/features/dashboard/periods';
import { financialQuerySchema } from '@/features/dashboard/schema';
import { dashboardToday, getFinancial, getStats } from '@/features/dashboard/service';
import { invoiceListQuerySchema } from '@/features/invoices/schema';
import { listInvoices } from '@/features/invoices/service';
import { formatDue } from '@/features/tasks/components/due';
import { isOverdue, taskListQuerySchema } from '@/features/tasks/schema';
import { listTasks } from '@/features/tasks/service';
import { asPageUser } from '@/lib/auth/page';
import { formatCalendarDate } from '@/lib/format';
import { daysBetween } from '@/lib/time';
import { zodDetails } from '@/lib/validation';

export const metadata: Metadata = { title: 'Dashboard' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const wanted = Object.fromEntries(
    ['from', 'to', 'interval'].flatMap((k) => (typeof raw[k] === 'string' && raw[k] ? [[k, raw[k] as string]] : [])),
  );
  const parsed = financialQuerySchema.safeParse(wanted);
  const problem = parsed.success
    ? null
    : Object.entries(zodDetails(parsed.error, 'parameter'))
        .map(([field, problems]) => `${field} ${problems.join(', ')}`)
        .join('; ');

  const { user, today, now, stats, financial, overdue, dueNow, names } = await asPageUser(async (tx, u) => {
    const now = new Date();
    const today = dashboardToday(u, now);
    const stats = await getStats(tx, u, now);
    // no period in the URL: the page's default, which stops at today (the API's own default is in docs/decisions/0052)
    const query =
      parsed.success && parsed.data.from && parsed.data.to
        ? parsed.data
        : { ...presetRange(PAGE_DEFAULT, today), interval: parsed.success ? parsed.data.interval : ('month' as const) };
    const financial = await getFinancial(tx, u, query, now);
    const overdue = await listInvoices(tx, u, invoiceListQuerySchema.parse({ status: 'overdue', sort: 'due_date', limit: '5' }));
    // what is left to do by the end of today: overdue first, then due today (the card counts exactly these)
    const dueNow = await listTasks(tx, u, taskListQuerySchema.parse({ status: 'pending,in_progress', to: today, sort: 'due_date', limit: '5' }));
    const names = await contactNames(tx, u, dueNow.data.flatMap((t) => (t.contact_id ? [t.contact_id] : [])));
    return { user: u, today, now, stats, financial, overdue, dueNow, names };
  });

  const money = { currency: financial.currency, locale: user.locale };
  const range = rangeLabel(financial, user.locale);
  const period = periodDescription(financial, today, user.locale);
  // the tasks card: overdue ones (their moment has passed) and the rest due today; together, the list
  const tasksOverdue = stats.tasks.overdue;
  const tasksStillToday = Math.max(0, dueNow.page.total - tasksOverdue);
  const previousLabel = `in ${rangeLabel(financial.previous, user.locale)}`;
  const unit = financial.interval === 'day' ? 'day' : financial.interval === 'week' ? 'week' : 'month';
  const chartSummary =
    `Money in and out by ${unit}, ${range}: in ${signedMoney(financial.totals.income, money.currency, money.locale)}, ` +
    `out ${signedMoney(financial.totals.expense, money.currency, money.locale)}, net ${signedMoney(financial.totals.net, money.currency, money.locale)}. ` +
    `Each ${unit}'s figures are in the table below the chart.`;
  const others = Object.entries(financial.by_currency);

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
          <p className="text-sm text-muted-foreground" data-testid="dashboard-summary">
            {formatCalendarDate(today, user)} · {plural(stats.contacts.total, 'contact')} · {plural(stats.tasks.open, 'open task')}
            {stats.tasks.overdue > 0 ? ` (${stats.tasks.overdue} overdue)` : ''}
          </p>
        </div>
        <PeriodPicker key={`${financial.from}:${financial.to}`} from={financial.from} to={financial.to} interval={financial.interval} today={today} />
      </div>

      {problem ? (
        <p role="alert" className="flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
          That period cannot be shown ({problem}); here are the last 12 months instead.
        </p>
      ) : null}

      <div>
        <h2 className="sr-only">The period</h2>
        <p className="mb-2 text-sm text-muted-foreground" data-testid="dashboard-range" data-from={financial.from} data-to={financial.to}>
          {period.name ? <span className="font-medium text-foreground">{period.name}: </span> : null}
          {period.dates}
          {period.future ? ` (${period.future})` : ''}
          {others.length > 0 ? ` · figures in ${financial.currency}` : ''}
        </p>
        <FlowCards totals={financial.totals} previous={financial.previous} previousLabel={previousLabel} {...money} />
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-2">
          <CardHeader>
            <CardTitle>Money in and out</CardTitle>
            <CardDescription>
              Per {unit}, {range}
            </CardDescription>
          </CardHeader>
          <CardContent>
            {financial.totals.income === '0.00' && financial.totals.expense === '0.00' ? (
              <p className="mb-2 text-sm text-muted-foreground" data-testid="no-money">
                Nothing recorded in this period.{' '}
                <Link href="/transactions" className="font-medium text-primary hover:underline">
                  Record money in or out
                </Link>
              </p>
            ) : null}
            <MoneyChart periods={financial.periods} interval={financial.interval} summary={chartSummary} {...money} />
            <MoneyTable periods={financial.periods} interval={financial.interval} {...money} />
          </CardContent>
        </Card>

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
            <AgingList aging={financial.aging} {...money} />
          </CardContent>
        </Card>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Card className="min-w-0">
          <CardHeader className="flex-row items-start justify-between gap-3">
            <div className="grid gap-1">
              <CardTitle>Overdue invoices</CardTitle>
              <CardDescription>{plural(overdue.page.total, 'invoice')} past the due date</CardDescription>
            </div>
            <Link href="/invoices?status=overdue" className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline">
              All <ArrowRight className="size-3.5" aria-hidden />
            </Link>
          </CardHeader>
          <CardContent>
            {overdue.data.length === 0 ? (
              <p className="flex items-center gap-2 text-sm text-muted-foreground">
                <FileWarning className="size-4" aria-hidden /> Nothing overdue. Every sent invoice is within its terms.
              </p>
            ) : (
              <ul className="divide-y" aria-label="Overdue invoices">
                {overdue.data.map((invoice) => {
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
            {dueNow.data.length === 0 ? (
              <p className="flex items-center gap-2 text-sm text-muted-foreground">
                <CalendarCheck className="size-4" aria-hidden /> Nothing overdue and nothing due today.
              </p>
            ) : (
              <ul className="divide-y" aria-label={tasksOverdue > 0 ? 'Tasks overdue or due today' : 'Tasks due today'}>
                {dueNow.data.map((task) => {
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
            {dueNow.page.total > dueNow.data.length ? (
              <p className="mt-2 text-xs text-muted-foreground">
                The first {dueNow.data.length} of {dueNow.page.total}.{' '}
                <Link href="/tasks" className="font-medium text-primary hover:underline">
                  See them all
                </Link>
              </p>
            ) : null}
          </CardContent>
        </Card>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>Top clients</CardTitle>
            <CardDescription>Paid through their invoices, {range}</CardDescription>
          </CardHeader>
          <CardContent>
            <TopClientsList clients={financial.top_clients.slice(0, 5)} {...money} />
          </CardContent>
        </Card>
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>Spending by category</CardTitle>
            <CardDescription>Money out, {range}</CardDescription>
          </CardHeader>
          <CardContent>
            <CategoryList categories={financial.by_category} {...money} />
          </CardContent>
        </Card>
      </div>

      {others.length > 0 ? (
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
              const m = { currency, locale: user.locale };
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
                        <dd className="tabular font-semibold">{signedMoney(figures.totals.income, currency, user.locale)}</dd>
                      </div>
                      <div>
                        <dt className="text-xs text-muted-foreground">Outstanding</dt>
                        <dd className="tabular font-semibold">{signedMoney(open?.outstanding.amount ?? '0.00', currency, user.locale)}</dd>
                      </div>
                      <div>
                        <dt className="text-xs text-muted-foreground">Overdue</dt>
                        <dd className="tabular font-semibold">{signedMoney(open?.overdue.amount ?? '0.00', currency, user.locale)}</dd>
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
      ) : null}
    </div>
  );
}
