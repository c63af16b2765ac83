'use client';

import * as React from 'react';
import { type NumberKind, readTyped, showReading } from '@/lib/money/input';
import { cn } from '@/lib/utils';
import { Input } from './input';

/**
 * A text field for an amount, quantity or percentage, read by the one reader
 * in `@/lib/money/input` in the user's locale. Under the field it shows how
 * the text was read ("= $2,400.00") whenever that is not obvious, or why it
 * cannot be read, before anything is saved. The parent keeps the text and
 * asks `readTyped` for the canonical value when it saves.
 */
export function NumberInput({
  kind,
  locale,
  currency,
  allowNegative,
  value,
  className,
  id,
  ...props
}: Omit<React.ComponentProps<'input'>, 'value'> & {
  kind: NumberKind;
  locale: string;
  currency?: string;
  allowNegative?: boolean;
  value: string;
}) {
  const generatedId = React.useId();
  const readingId = `${id ?? generatedId}-reading`;
  const typed = value.trim();
  const reading = typed === '' ? null : readTyped(typed, kind, locale, { allowNegative });
  let note: { text: string; problem: boolean } | null = null;
  if (reading && !reading.ok) note = { text: `Can’t read this: it ${reading.reason}.`, problem: true };
  else if (reading?.ok) {
    const shown = showReading(reading.value, kind, locale, currency);
    // say how it was read unless the field already says exactly that
    if (kind === 'amount' || typed.replace(/\s/g, '') !== shown.replace(/\s/g, '').replace(/%$/, ''))
      note = { text: `= ${shown}`, problem: false };
  }
  const describedBy = [props['aria-describedby'], note ? readingId : null].filter(Boolean).join(' ') || undefined;
  return (
    <span className="grid gap-0.5">
      <Input
        {...props}
        id={id}
        value={value}
        inputMode="decimal"
        autoComplete="off"
        className={cn('text-right tabular-nums', className)}
        aria-describedby={describedBy}
      />
      <span
        id={readingId}
        aria-live="polite"
        data-testid="number-reading"
        className={cn('min-h-4 text-right text-xs', note?.problem ? 'text-amber-700 dark:text-amber-400' : 'text-muted-foreground')}
      >
        {note?.text ?? ''}
      </span>
    </span>
  );
}
