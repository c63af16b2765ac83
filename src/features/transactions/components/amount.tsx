import { ArrowDownLeft, ArrowUpRight } from 'lucide-react';
import { formatMoney } from '@/lib/money';
import { cn } from '@/lib/utils';
import type { TransactionType } from '../schema';

/** Money in or out: a sign, an arrow and a word for screen readers, not colour alone. */
export function Amount({
  type,
  value,
  currency,
  locale,
  className,
}: {
  type: TransactionType;
  value: string;
  currency: string;
  locale: string;
  className?: string;
}) {
  const income = type === 'income';
  const Icon = income ? ArrowDownLeft : ArrowUpRight;
  return (
    <span
      className={cn(
        'tabular inline-flex items-center gap-1 font-medium whitespace-nowrap',
        income ? 'text-green-700' : 'text-red-700',
        className,
      )}
    >
      <Icon className="size-3.5" aria-hidden />
      <span className="sr-only">{income ? 'Income' : 'Expense'} </span>
      {income ? '+' : '−'}
      {formatMoney(value, currency, locale)}
    </span>
  );
}

export function TypeLabel({ type }: { type: TransactionType }) {
  return (
    <span className={cn('text-xs font-medium', type === 'income' ? 'text-green-700' : 'text-red-700')}>
      {type === 'income' ? 'Income' : 'Expense'}
    </span>
  );
}
