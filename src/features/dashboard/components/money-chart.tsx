'use client';

import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, type TooltipContentProps, XAxis, YAxis } from 'recharts';
import { chartCoordinate } from '@/lib/money';
import type { Interval } from '../periods';
import type { PeriodFlow } from '../schema';
import { periodLabel, signedMoney } from './format';

/** Colours of the chart; money out is also hatched, so the bars differ without colour. */
const INCOME = '#15803d';
const EXPENSE = '#b91c1c';
const NET = '#0f172a';

interface Point {
  label: string;
  income: number;
  expense: number;
  net: number;
  period: PeriodFlow;
}

function ChartTooltip({
  active,
  payload,
  currency,
  locale,
  interval,
}: TooltipContentProps & { currency: string; locale: string; interval: Interval }) {
  const point = active ? (payload?.[0]?.payload as Point | undefined) : undefined;
  if (!point) return null;
  const { period } = point;
  return (
    <div className="rounded-md border bg-card px-3 py-2 text-xs shadow-md">
      <p className="mb-1 font-medium">{periodLabel(period, interval, locale, true)}</p>
      <dl className="grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5">
        <dt>Money in</dt>
        <dd className="tabular text-right">{signedMoney(period.income, currency, locale)}</dd>
        <dt>Money out</dt>
        <dd className="tabular text-right">{signedMoney(period.expense, currency, locale)}</dd>
        <dt className="font-medium">Net</dt>
        <dd className="tabular text-right font-medium">{signedMoney(period.net, currency, locale)}</dd>
      </dl>
    </div>
  );
}

/** What the chart draws (the figure around it, with its summary, is MoneyChart in money-chart-lazy.tsx). */
export interface MoneyChartProps {
  periods: PeriodFlow[];
  interval: Interval;
  currency: string;
  locale: string;
}

/** The drawing inside the chart's figure (money-chart-lazy.tsx loads it after the first paint). */
export function MoneyChartDrawing({ periods, interval, currency, locale }: MoneyChartProps) {
  const data: Point[] = periods.map((period) => ({
    label: periodLabel(period, interval, locale),
    income: chartCoordinate(period.income),
    expense: chartCoordinate(period.expense),
    net: chartCoordinate(period.net),
    period,
  }));
  const axis = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  return (
    <>
      <div className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-hidden>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm" style={{ background: INCOME }} /> Money in
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span
            className="inline-block size-3 rounded-sm"
            style={{ background: `repeating-linear-gradient(135deg, ${EXPENSE} 0 2px, #fecaca 2px 4px)` }}
          />
          Money out
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block h-0.5 w-4" style={{ background: NET }} /> Net
        </span>
      </div>
      <ComposedChart
        responsive
        data={data}
        accessibilityLayer={false}
        margin={{ top: 4, right: 4, bottom: 0, left: 0 }}
        style={{ width: '100%', height: 260 }}
      >
        <defs>
          <pattern id="money-out-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fecaca" />
            <rect width="3" height="6" fill={EXPENSE} />
          </pattern>
        </defs>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={11} interval="preserveStartEnd" minTickGap={8} />
        <YAxis tickLine={false} axisLine={false} fontSize={11} width={56} tickFormatter={(value: number) => axis.format(value)} />
        <Tooltip
          cursor={{ fill: '#f1f5f9' }}
          content={(props) => <ChartTooltip {...(props as TooltipContentProps)} currency={currency} locale={locale} interval={interval} />}
        />
        <Bar dataKey="income" name="Money in" fill={INCOME} radius={[2, 2, 0, 0]} maxBarSize={28} isAnimationActive={false} />
        <Bar
          dataKey="expense"
          name="Money out"
          fill="url(#money-out-hatch)"
          stroke={EXPENSE}
          radius={[2, 2, 0, 0]}
          maxBarSize={28}
          isAnimationActive={false}
        />
        <Line
          dataKey="net"
          name="Net"
          stroke={NET}
          strokeWidth={1.5}
          dot={periods.length <= 31 ? { r: 2 } : false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </>
  );
}
