'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { formatMoney } from '@/lib/money';
import { cn } from '@/lib/utils';
import type { MoneyTotals } from '../schema';

type State = { kind: 'ready'; totals: MoneyTotals; count: number | null } | { kind: 'adding' } | { kind: 'failed'; message: string };

/**
 * Money in, money out and net of the whole filtered set. The list brings them
 * with its page when they are cheap (`totals`); for a search matching more
 * than 1 000 transactions it brings none, and these cards ask
 * `/api/transactions/totals` with the same filters after the rows are on
 * screen, saying meanwhile that they are adding up (docs/decisions/0176).
 * Give it `key={filters}` so that new filters start afresh ("Adding up…").
 */
export function LedgerTotals({
  totals,
  filters,
  asOf,
  filtered,
  currency,
  locale,
}: {
  /** the list's own totals; null: ask for them */
  totals: MoneyTotals | null;
  /** the list's filters as a query string (`q=hosting&type=expense`) */
  filters: string;
  /** when the page was rendered: a new render (after a write) asks again */
  asOf: number;
  filtered: boolean;
  currency: string;
  locale: string;
}) {
  const [fetched, setFetched] = useState<State>({ kind: 'adding' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (totals) return;
    let current = true;
    apiFetch<{ data: { count: number; totals: MoneyTotals } }>(`/api/transactions/totals${filters ? `?${filters}` : ''}`)
      .then(({ data }) => {
        if (current) setFetched({ kind: 'ready', totals: data.totals, count: data.count });
      })
      .catch((error: unknown) => {
        if (!current) return;
        const timedOut = error instanceof ApiClientError && error.status === 503;
        setFetched({
          kind: 'failed',
          message: timedOut || !(error instanceof ApiClientError) ? 'These totals could not be added up in time.' : error.message,
        });
      });
    return () => {
      current = false;
    };
  }, [totals, filters, asOf, attempt]);

  // the list's own figures when it brought them (they follow every render), else the ones asked for
  const state: State = totals ? { kind: 'ready', totals, count: null } : fetched;
  // a real minus sign, like the amounts in the list
  const money = (value: string) =>
    value.startsWith('-') ? `−${formatMoney(value.slice(1), currency, locale)}` : formatMoney(value, currency, locale);
  const shown = state.kind === 'ready' ? state.totals : null;
  const cards = [
    ['Money in', shown?.income, 'text-green-700'],
    ['Money out', shown?.expense, 'text-red-700'],
    ['Net', shown?.net, shown?.net.startsWith('-') ? 'text-red-700' : 'text-foreground'],
  ] as const;

  return (
    <section
      aria-label={filtered ? 'Totals of the filtered transactions' : 'Totals'}
      aria-busy={state.kind === 'adding'}
      className="space-y-1.5"
    >
      <div className="grid grid-cols-3 gap-2 sm:gap-3">
        {cards.map(([label, value, tone]) => (
          <Card key={label}>
            <CardHeader className="p-3 pb-1 sm:p-5 sm:pb-1">
              <CardTitle className="text-xs font-medium text-muted-foreground sm:text-sm">
                {label}
                {filtered ? <span className="hidden sm:inline"> (filtered)</span> : null}
              </CardTitle>
            </CardHeader>
            <CardContent className="p-3 pt-0 sm:p-5 sm:pt-0">
              <p
                className={cn(
                  'tabular break-all text-base font-semibold sm:text-2xl',
                  value === undefined ? 'animate-pulse text-muted-foreground' : tone,
                  state.kind === 'failed' ? 'animate-none' : null,
                )}
                data-testid={`total-${label.toLowerCase().replace(' ', '-')}`}
              >
                {value !== undefined ? money(value) : state.kind === 'adding' ? 'Adding up…' : '—'}
              </p>
            </CardContent>
          </Card>
        ))}
      </div>
      {totals ? null : (
        <div role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground sm:text-sm">
          {state.kind === 'adding' ? <span>Adding up every matching transaction…</span> : null}
          {state.kind === 'ready' && state.count !== null ? (
            <span data-testid="totals-scope">
              Totals of all {state.count.toLocaleString(locale)} matching {state.count === 1 ? 'transaction' : 'transactions'}
            </span>
          ) : null}
          {state.kind === 'failed' ? (
            <>
              <span>{state.message} The CSV export lists every match.</span>
              <Button
                type="button"
                variant="outline"
                size="sm"
                onClick={() => {
                  setFetched({ kind: 'adding' });
                  setAttempt((n) => n + 1);
                }}
              >
                Try again
              </Button>
            </>
          ) : null}
        </div>
      )}
    </section>
  );
}
