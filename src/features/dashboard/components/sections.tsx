import { ArrowDownRight, ArrowRight, ArrowUpRight } from 'lucide-react';
import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { chartCoordinate, compareMoney } from '@/lib/money';
import { cn } from '@/lib/utils';
import type { Interval } from '../periods';
import type { AgingBucket, AgingBucketName, CategoryAmount, MoneyFlow, PeriodFlow, TopClient } from '../schema';
import { comparison, periodLabel, signedMoney } from './format';

/**
 * The dashboard's sections as server components. Every figure is printed as
 * text from the exact strings of the API; bars only illustrate proportions
 * and are hidden from assistive technology.
 */

interface Money {
  currency: string;
  locale: string;
}

/** A proportional bar (decoration: the figure beside it is the information). */
function Proportion({ value, max, tone }: { value: string; max: string; tone: string }) {
  const whole = chartCoordinate(max);
  const part = chartCoordinate(value);
  // nothing is no bar; a little is at least a sliver
  const width = whole > 0 && part > 0 ? Math.max(2, Math.round((part / whole) * 100)) : 0;
  return (
    <div className="h-1.5 w-full overflow-hidden rounded-full bg-muted" aria-hidden>
      <div className={cn('h-full rounded-full', tone)} style={{ width: `${width}%` }} />
    </div>
  );
}

const largest = (values: string[]) => values.reduce((a, b) => (compareMoney(b, a) > 0 ? b : a), '0.00');

const FLOWS = [
  { key: 'income', label: 'Money in', tone: 'text-green-700', good: 'up' },
  { key: 'expense', label: 'Money out', tone: 'text-red-700', good: 'down' },
  { key: 'net', label: 'Net', tone: 'text-foreground', good: 'up' },
] as const;

/**
 * Money in, out and net for the period, each with how it compares with the
 * period before: a percentage when there is one, otherwise what is true
 * ("New this period — nothing in …").
 */
export function FlowCards({
  totals,
  previous,
  previousLabel,
  currency,
  locale,
}: Money & { totals: MoneyFlow; previous: MoneyFlow; previousLabel: string }) {
  return (
    <section aria-label="Money in the period" className="grid grid-cols-1 gap-3 sm:grid-cols-3">
      {FLOWS.map(({ key, label, tone, good }) => {
        const change = comparison(key, totals[key], previous[key], { currency, locale, previousLabel });
        const Icon = change.direction === 'up' ? ArrowUpRight : change.direction === 'down' ? ArrowDownRight : ArrowRight;
        const better = change.direction === 'same' ? null : change.direction === good;
        return (
          <Card key={key} data-testid={`flow-${key}`}>
            <CardHeader className="pb-1">
              <CardTitle className="text-sm font-medium text-muted-foreground">{label}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-1">
              <p
                className={cn(
                  'tabular break-all text-2xl font-semibold',
                  compareMoney(totals[key], '0.00') === 0
                    ? 'text-foreground'
                    : key === 'net' && totals.net.startsWith('-')
                      ? 'text-red-700'
                      : tone,
                )}
              >
                {signedMoney(totals[key], currency, locale)}
              </p>
              <p className="flex flex-wrap items-center gap-x-1 text-xs text-muted-foreground">
                <span
                  className={cn(
                    'inline-flex items-center gap-0.5 font-medium',
                    better === null ? 'text-slate-600' : better ? 'text-green-700' : 'text-red-700',
                  )}
                >
                  <Icon className="size-3.5" aria-hidden />
                  {change.headline}
                </span>
                <span>{change.detail}</span>
              </p>
            </CardContent>
          </Card>
        );
      })}
    </section>
  );
}

/** The chart's figures as a table (open it to read every period exactly). */
export function MoneyTable({ periods, interval, currency, locale }: Money & { periods: PeriodFlow[]; interval: Interval }) {
  return (
    <details className="group mt-3 text-sm">
      <summary className="cursor-pointer text-xs font-medium text-muted-foreground hover:text-foreground">Figures as a table</summary>
      <div className="mt-2 max-h-80 overflow-auto rounded-md border">
        <Table className="text-xs sm:text-sm [&_td]:px-2 [&_th]:px-2 sm:[&_td]:px-3 sm:[&_th]:px-3">
          <caption className="sr-only">Money in, money out and net per period</caption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>Period</TableHead>
              <TableHead className="text-right whitespace-nowrap">Money in</TableHead>
              <TableHead className="text-right whitespace-nowrap">Money out</TableHead>
              <TableHead className="text-right">Net</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {periods.map((p) => (
              <TableRow key={p.start}>
                <TableCell className="sm:whitespace-nowrap">{periodLabel(p, interval, locale, true)}</TableCell>
                <TableCell className="tabular text-right whitespace-nowrap">{signedMoney(p.income, currency, locale)}</TableCell>
                <TableCell className="tabular text-right whitespace-nowrap">{signedMoney(p.expense, currency, locale)}</TableCell>
                <TableCell className="tabular text-right whitespace-nowrap">{signedMoney(p.net, currency, locale)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </details>
  );
}

export const AGING_LABELS: Record<AgingBucketName, string> = {
  current: 'Not yet due',
  '1-30': '1–30 days late',
  '31-60': '31–60 days late',
  '61-90': '61–90 days late',
  '90+': 'Over 90 days late',
};

const AGING_TONES: Record<AgingBucketName, string> = {
  current: 'bg-slate-400',
  '1-30': 'bg-amber-400',
  '31-60': 'bg-orange-500',
  '61-90': 'bg-red-500',
  '90+': 'bg-red-700',
};

/** Unpaid balances by how late they are, as of today. */
export function AgingList({ aging, currency, locale }: Money & { aging: AgingBucket[] }) {
  const max = largest(aging.map((a) => a.amount));
  return (
    <ul className="grid gap-2.5" aria-label="Receivables by days past due">
      {aging.map((a) => (
        <li key={a.bucket} className="grid gap-1" data-testid={`aging-${a.bucket}`}>
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span>
              {AGING_LABELS[a.bucket]}
              <span className="text-muted-foreground">
                {' '}
                · {a.count} {a.count === 1 ? 'invoice' : 'invoices'}
              </span>
            </span>
            <span className="tabular font-medium whitespace-nowrap">{signedMoney(a.amount, currency, locale)}</span>
          </div>
          <Proportion value={a.amount} max={max} tone={AGING_TONES[a.bucket]} />
        </li>
      ))}
    </ul>
  );
}

/** The clients who paid most in the period (through their invoices). */
export function TopClientsList({ clients, currency, locale }: Money & { clients: TopClient[] }) {
  if (clients.length === 0) return <p className="text-sm text-muted-foreground">No invoice payments in this period.</p>;
  const max = largest(clients.map((c) => c.amount));
  return (
    <ol className="grid gap-2.5" aria-label="Top clients">
      {clients.map((c, i) => (
        <li key={c.contact_id} className="grid gap-1">
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className="min-w-0 truncate">
              <span className="tabular mr-1.5 text-muted-foreground">{i + 1}.</span>
              <Link href={`/contacts/${c.contact_id}`} className="font-medium hover:underline">
                {c.name}
              </Link>
            </span>
            <span className="tabular font-medium whitespace-nowrap">{signedMoney(c.amount, currency, locale)}</span>
          </div>
          <Proportion value={c.amount} max={max} tone="bg-green-600" />
        </li>
      ))}
    </ol>
  );
}

/** Where the money went: expense categories, largest first. */
export function CategoryList({ categories, currency, locale }: Money & { categories: CategoryAmount[] }) {
  const spending = categories.filter((c) => c.type === 'expense');
  if (spending.length === 0) return <p className="text-sm text-muted-foreground">No money out in this period.</p>;
  const max = largest(spending.map((c) => c.amount));
  return (
    <ul className="grid gap-2.5" aria-label="Spending by category">
      {spending.slice(0, 8).map((c) => (
        <li key={c.category ?? ''} className="grid gap-1">
          <div className="flex items-baseline justify-between gap-3 text-sm">
            {c.category ? (
              <Link
                href={`/transactions?${new URLSearchParams({ type: 'expense', category: c.category })}`}
                className="min-w-0 truncate hover:underline"
              >
                {c.category}
              </Link>
            ) : (
              <span className="min-w-0 truncate text-muted-foreground">No category</span>
            )}
            <span className="tabular font-medium whitespace-nowrap">{signedMoney(c.amount, currency, locale)}</span>
          </div>
          <Proportion value={c.amount} max={max} tone="bg-red-600" />
        </li>
      ))}
      {spending.length > 8 ? <li className="text-xs text-muted-foreground">and {spending.length - 8} more categories</li> : null}
    </ul>
  );
}
