'use client';

import { useRouter } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/select';
import { type DateRange, INTERVALS, type Interval, PRESETS, type Preset, presetOf, presetRange, suggestedInterval } from '../periods';

/** The check of custom dates (the API's schema), loaded once custom dates are chosen: not in the page's first load. */
const loadCheck = () => import('./period-check');

const INTERVAL_LABELS: Record<Interval, string> = { day: 'By day', week: 'By week', month: 'By month' };

/**
 * The dashboard's period: a preset (this month, last 3 months, …) or custom
 * dates, and how to group it. Kept in the URL (`from`, `to`, `interval`), so a
 * view can be bookmarked and shared; the server validates it like the API.
 */
export function PeriodPicker({ from, to, interval, today }: DateRange & { interval: Interval; today: string }) {
  const router = useRouter();
  const [pending, startTransition] = React.useTransition();
  const current = presetOf({ from, to }, today) ?? 'custom';
  const [mode, setMode] = React.useState<Preset | 'custom'>(current);
  const [custom, setCustom] = React.useState({ from, to });
  const [error, setError] = React.useState<string | null>(null);

  const go = (range: DateRange, nextInterval: Interval) => {
    startTransition(() => router.push(`/dashboard?${new URLSearchParams({ ...range, interval: nextInterval })}`));
  };

  // custom dates shown (chosen now, or the page opened on them): their check starts loading
  React.useEffect(() => {
    if (mode === 'custom') void loadCheck();
  }, [mode]);

  const apply = async (event: React.FormEvent) => {
    event.preventDefault();
    const range = custom;
    const problem = (await loadCheck()).periodProblem(range, interval);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    go(range, suggestedInterval(range));
  };

  return (
    <form className="flex flex-wrap items-end gap-2" aria-label="Period" onSubmit={(event) => void apply(event)} aria-busy={pending}>
      <div className="grid gap-1.5">
        <Label htmlFor="period">Period</Label>
        <NativeSelect
          id="period"
          className="w-auto min-w-40"
          value={mode}
          onChange={(e) => {
            const value = e.target.value as Preset | 'custom';
            setMode(value);
            setError(null);
            if (value !== 'custom') {
              const range = presetRange(value, today);
              go(range, suggestedInterval(range));
            }
          }}
        >
          {PRESETS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          <option value="custom">Custom dates</option>
        </NativeSelect>
      </div>
      {mode === 'custom' ? (
        <>
          <div className="grid gap-1.5">
            <Label htmlFor="period-from">From</Label>
            <Input
              id="period-from"
              type="date"
              className="w-auto"
              value={custom.from}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'period-error' : undefined}
              onChange={(e) => setCustom((c) => ({ ...c, from: e.target.value }))}
            />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="period-to">To</Label>
            <Input
              id="period-to"
              type="date"
              className="w-auto"
              value={custom.to}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'period-error' : undefined}
              onChange={(e) => setCustom((c) => ({ ...c, to: e.target.value }))}
            />
          </div>
          <Button type="submit" variant="outline" disabled={pending}>
            Show
          </Button>
        </>
      ) : null}
      <div className="grid gap-1.5">
        <Label htmlFor="period-interval">Group</Label>
        <NativeSelect
          id="period-interval"
          className="w-auto"
          value={interval}
          onChange={(e) => go({ from, to }, e.target.value as Interval)}
        >
          {INTERVALS.map((value) => (
            <option key={value} value={value}>
              {INTERVAL_LABELS[value]}
            </option>
          ))}
        </NativeSelect>
      </div>
      {error ? (
        <p id="period-error" role="alert" className="basis-full text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </form>
  );
}
