import { AlertTriangle } from 'lucide-react';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { contactNames } from '@/features/contacts/service';
import { PipelineCard } from '@/features/deals/components/pipeline-card';
import { pipelineFigures } from '@/features/deals/service';
import { periodDescription, rangeLabel, signedMoney } from '@/features/dashboard/components/format';
import { OtherCurrencies, OverdueInvoicesCard, plural, ReceivablesCard, TasksDueCard } from '@/features/dashboard/components/cards';
import { MoneyChart } from '@/features/dashboard/components/money-chart-lazy';
import { PeriodPicker } from '@/features/dashboard/components/period-picker';
import { CardSkeleton, FlowSkeleton, Shimmer } from '@/features/dashboard/components/skeleton';
import { CategoryList, FlowCards, MoneyTable, TopClientsList } from '@/features/dashboard/components/sections';
import { PAGE_DEFAULT, presetRange } from '@/features/dashboard/periods';
import { type Financial, financialQuerySchema, type FinancialQuery, type Stats } from '@/features/dashboard/schema';
import { dashboardToday, getFinancial, getStats } from '@/features/dashboard/service';
import { invoiceListQuerySchema } from '@/features/invoices/schema';
import { listInvoices } from '@/features/invoices/service';
import { taskListQuerySchema } from '@/features/tasks/schema';
import { listTasks } from '@/features/tasks/service';
import { UpcomingRuns } from '@/features/recurring/components/upcoming-runs';
import { upcomingRuns } from '@/features/recurring/service';
import { asPageUser, getPageUser } from '@/lib/auth/page';
import type { Workspace } from '@/lib/auth/workspace';
import { formatCalendarDate } from '@/lib/format';
import { zodDetails } from '@/lib/validation';

export const metadata: Metadata = { title: 'Dashboard' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The dashboard streams: the frame, the title and the period picker are sent
 * at once; each section follows when its own figures arrive. Every query
 * starts at the top, in parallel, each in its own tenant transaction (no
 * waterfall: the slowest one, not their sum, decides when the page is
 * complete); a section awaits only what it shows.
 */
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

  const { workspace: user } = await getPageUser();
  const now = new Date();
  const today = dashboardToday(user, now);
  // no period in the URL: the page's default, which stops at today (the API's own default is in docs/decisions/0052)
  const query: Pick<FinancialQuery, 'from' | 'to' | 'interval'> & { from: string; to: string } =
    parsed.success && parsed.data.from && parsed.data.to
      ? { from: parsed.data.from, to: parsed.data.to, interval: parsed.data.interval ?? 'month' }
      : { ...presetRange(PAGE_DEFAULT, today), interval: parsed.success ? (parsed.data.interval ?? 'month') : 'month' };

  const data: DashboardData = {
    stats: started(asPageUser((tx, u) => getStats(tx, u, now))),
    financial: started(asPageUser((tx, u) => getFinancial(tx, u, query, now))),
    overdue: started(
      asPageUser((tx, u) => listInvoices(tx, u, invoiceListQuerySchema.parse({ status: 'overdue', sort: 'due_date', limit: '5' }))),
    ),
    // what is left to do by the end of today: overdue first, then due today (the card counts exactly these)
    dueNow: started(
      asPageUser(async (tx, u) => {
        const tasks = await listTasks(
          tx,
          u,
          taskListQuerySchema.parse({ status: 'pending,in_progress', to: today, sort: 'due_date', limit: '5' }),
        );
        const names = await contactNames(
          tx,
          u,
          tasks.data.flatMap((t) => (t.contact_id ? [t.contact_id] : [])),
        );
        return { tasks, names };
      }),
    ),
    pipeline: started(asPageUser((tx, u) => pipelineFigures(tx, u, {}))),
    upcoming: started(asPageUser((tx, u) => upcomingRuns(tx, u, 5))),
  };
  const view: View = { user, today, now, money: { currency: user.currency, locale: user.locale }, data };

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
          <Suspense fallback={<Shimmer className="mt-1 h-5 w-72" />}>
            <Summary {...view} />
          </Suspense>
        </div>
        <PeriodPicker key={`${query.from}:${query.to}`} from={query.from} to={query.to} interval={query.interval} today={today} />
      </div>

      {problem ? (
        <p role="alert" className="flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
          That period cannot be shown ({problem}); here are the last 12 months instead.
        </p>
      ) : null}

      <div>
        <h2 className="sr-only">The period</h2>
        <Suspense fallback={<FlowSkeleton />}>
          <Period {...view} />
        </Suspense>
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <Suspense fallback={<CardSkeleton title="Money in and out" className="lg:col-span-2" lines={8} />}>
          <Chart {...view} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Receivables" description="Unpaid invoices as of today, net of payments" lines={6} />}>
          <Receivables {...view} />
        </Suspense>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Suspense fallback={<CardSkeleton title="Overdue invoices" lines={4} />}>
          <Overdue {...view} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Tasks overdue or due today" lines={4} />}>
          <TasksDue {...view} />
        </Suspense>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Suspense fallback={<CardSkeleton title="Top clients" lines={4} />}>
          <TopClients {...view} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Spending by category" lines={4} />}>
          <Spending {...view} />
        </Suspense>
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>Next recurring invoices</CardTitle>
            <CardDescription>The next run of each active profile</CardDescription>
          </CardHeader>
          <CardContent>
            <Suspense fallback={<Shimmer className="h-16" />}>
              <Upcoming {...view} />
            </Suspense>
          </CardContent>
        </Card>
      </div>

      <Suspense fallback={<CardSkeleton title="Pipeline" lines={3} />}>
        <Pipeline {...view} />
      </Suspense>

      <Suspense fallback={null}>
        <Others {...view} />
      </Suspense>
    </div>
  );
}

interface DashboardData {
  stats: Promise<Stats>;
  financial: Promise<Financial>;
  overdue: Promise<Awaited<ReturnType<typeof listInvoices>>>;
  dueNow: Promise<{ tasks: Awaited<ReturnType<typeof listTasks>>; names: Map<string, string> }>;
  pipeline: Promise<Awaited<ReturnType<typeof pipelineFigures>>>;
  upcoming: Promise<Awaited<ReturnType<typeof upcomingRuns>>>;
}

interface View {
  user: Workspace;
  today: string;
  now: Date;
  money: { currency: string; locale: string };
  data: DashboardData;
}

/**
 * A query started now and awaited later by the section that shows it: marked
 * as handled at once, so that one failing before its section renders is not an
 * unhandled rejection (the section still receives the error).
 */
function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** The period's name and dates, and the labels the sections share. */
function periodText(financial: Financial, { user, today }: Pick<View, 'user' | 'today'>) {
  const range = rangeLabel(financial, user.locale);
  return {
    range,
    period: periodDescription(financial, today, user.locale),
    previousLabel: `in ${rangeLabel(financial.previous, user.locale)}`,
    unit: financial.interval === 'day' ? 'day' : financial.interval === 'week' ? 'week' : 'month',
  };
}

async function Summary({ data, today, user }: View) {
  const stats = await data.stats;
  return (
    <p className="text-sm text-muted-foreground" data-testid="dashboard-summary">
      {formatCalendarDate(today, user)} · {plural(stats.contacts.total, 'contact')} · {plural(stats.tasks.open, 'open task')}
      {stats.tasks.overdue > 0 ? ` (${stats.tasks.overdue} overdue)` : ''}
    </p>
  );
}

async function Period(view: View) {
  const financial = await view.data.financial;
  const { period, previousLabel } = periodText(financial, view);
  const others = Object.keys(financial.by_currency);
  return (
    <>
      <p className="mb-2 text-sm text-muted-foreground" data-testid="dashboard-range" data-from={financial.from} data-to={financial.to}>
        {period.name ? <span className="font-medium text-foreground">{period.name}: </span> : null}
        {period.dates}
        {period.future ? ` (${period.future})` : ''}
        {others.length > 0 ? ` · figures in ${financial.currency}` : ''}
      </p>
      <FlowCards totals={financial.totals} previous={financial.previous} previousLabel={previousLabel} {...view.money} />
    </>
  );
}

async function Chart(view: View) {
  const financial = await view.data.financial;
  const { range, unit } = periodText(financial, view);
  const { currency, locale } = view.money;
  const chartSummary =
    `Money in and out by ${unit}, ${range}: in ${signedMoney(financial.totals.income, currency, locale)}, ` +
    `out ${signedMoney(financial.totals.expense, currency, locale)}, net ${signedMoney(financial.totals.net, currency, locale)}. ` +
    `Each ${unit}'s figures are in the table below the chart.`;
  return (
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
        <MoneyChart periods={financial.periods} interval={financial.interval} summary={chartSummary} {...view.money} />
        <MoneyTable periods={financial.periods} interval={financial.interval} {...view.money} />
      </CardContent>
    </Card>
  );
}

async function Receivables({ data, money }: View) {
  const [stats, financial] = await Promise.all([data.stats, data.financial]);
  return <ReceivablesCard stats={stats} financial={financial} {...money} />;
}

async function Overdue({ data, today, user }: View) {
  const overdue = await data.overdue;
  return <OverdueInvoicesCard overdue={overdue.data} total={overdue.page.total} today={today} user={user} />;
}

async function TasksDue({ data, now, user }: View) {
  const [stats, { tasks, names }] = await Promise.all([data.stats, data.dueNow]);
  return (
    <TasksDueCard tasks={tasks.data} total={tasks.page.total} overdueCount={stats.tasks.overdue} names={names} now={now} user={user} />
  );
}

async function TopClients(view: View) {
  const financial = await view.data.financial;
  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>Top clients</CardTitle>
        <CardDescription>Paid through their invoices, {periodText(financial, view).range}</CardDescription>
      </CardHeader>
      <CardContent>
        <TopClientsList clients={financial.top_clients.slice(0, 5)} {...view.money} />
      </CardContent>
    </Card>
  );
}

async function Spending(view: View) {
  const financial = await view.data.financial;
  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle>Spending by category</CardTitle>
        <CardDescription>Money out, {periodText(financial, view).range}</CardDescription>
      </CardHeader>
      <CardContent>
        <CategoryList categories={financial.by_category} {...view.money} />
      </CardContent>
    </Card>
  );
}

async function Upcoming({ data, user }: View) {
  return <UpcomingRuns runs={await data.upcoming} locale={user.locale} />;
}

async function Pipeline({ data, user }: View) {
  return <PipelineCard figures={await data.pipeline} locale={user.locale} />;
}

async function Others(view: View) {
  const [stats, financial] = await Promise.all([view.data.stats, view.data.financial]);
  return <OtherCurrencies stats={stats} financial={financial} range={periodText(financial, view).range} locale={view.user.locale} />;
}
