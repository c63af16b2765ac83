import { AlertTriangle } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { contactNames } from '@/features/contacts/service';
import { PipelineCard } from '@/features/deals/components/pipeline-card';
import { pipelineFigures } from '@/features/deals/service';
import { periodDescription, rangeLabel, signedMoney } from '@/features/dashboard/components/format';
import { OtherCurrencies, OverdueInvoicesCard, plural, ReceivablesCard, TasksDueCard } from '@/features/dashboard/components/cards';
import { MoneyChart } from '@/features/dashboard/components/money-chart';
import { PeriodPicker } from '@/features/dashboard/components/period-picker';
import { CategoryList, FlowCards, MoneyTable, TopClientsList } from '@/features/dashboard/components/sections';
import { PAGE_DEFAULT, presetRange } from '@/features/dashboard/periods';
import { financialQuerySchema } from '@/features/dashboard/schema';
import { dashboardToday, getFinancial, getStats } from '@/features/dashboard/service';
import { invoiceListQuerySchema } from '@/features/invoices/schema';
import { listInvoices } from '@/features/invoices/service';
import { taskListQuerySchema } from '@/features/tasks/schema';
import { listTasks } from '@/features/tasks/service';
import { UpcomingRuns } from '@/features/recurring/components/upcoming-runs';
import { upcomingRuns } from '@/features/recurring/service';
import { asPageUser } from '@/lib/auth/page';
import { formatCalendarDate } from '@/lib/format';
import { zodDetails } from '@/lib/validation';

export const metadata: Metadata = { title: 'Dashboard' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

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

  const { user, today, now, stats, financial, overdue, dueNow, names, pipeline, upcoming } = await asPageUser(async (tx, u) => {
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
    const dueNow = await listTasks(
      tx,
      u,
      taskListQuerySchema.parse({ status: 'pending,in_progress', to: today, sort: 'due_date', limit: '5' }),
    );
    const names = await contactNames(
      tx,
      u,
      dueNow.data.flatMap((t) => (t.contact_id ? [t.contact_id] : [])),
    );
    const pipeline = await pipelineFigures(tx, u, {});
    const upcoming = await upcomingRuns(tx, u, 5);
    return { user: u, today, now, stats, financial, overdue, dueNow, names, pipeline, upcoming };
  });

  const money = { currency: financial.currency, locale: user.locale };
  const range = rangeLabel(financial, user.locale);
  const period = periodDescription(financial, today, user.locale);
  const previousLabel = `in ${rangeLabel(financial.previous, user.locale)}`;
  const unit = financial.interval === 'day' ? 'day' : financial.interval === 'week' ? 'week' : 'month';
  const chartSummary =
    `Money in and out by ${unit}, ${range}: in ${signedMoney(financial.totals.income, money.currency, money.locale)}, ` +
    `out ${signedMoney(financial.totals.expense, money.currency, money.locale)}, net ${signedMoney(financial.totals.net, money.currency, money.locale)}. ` +
    `Each ${unit}'s figures are in the table below the chart.`;
  const others = Object.keys(financial.by_currency);

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
        <PeriodPicker
          key={`${financial.from}:${financial.to}`}
          from={financial.from}
          to={financial.to}
          interval={financial.interval}
          today={today}
        />
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

        <ReceivablesCard stats={stats} financial={financial} {...money} />
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <OverdueInvoicesCard overdue={overdue.data} total={overdue.page.total} today={today} user={user} />
        <TasksDueCard
          tasks={dueNow.data}
          total={dueNow.page.total}
          overdueCount={stats.tasks.overdue}
          names={names}
          now={now}
          user={user}
        />
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
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>Next recurring invoices</CardTitle>
            <CardDescription>The next run of each active profile</CardDescription>
          </CardHeader>
          <CardContent>
            <UpcomingRuns runs={upcoming} locale={user.locale} />
          </CardContent>
        </Card>
      </div>

      <PipelineCard figures={pipeline} locale={user.locale} />

      <OtherCurrencies stats={stats} financial={financial} range={range} locale={user.locale} />
    </div>
  );
}
