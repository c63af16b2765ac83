'use client';

import { Search } from 'lucide-react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import * as React from 'react';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/select';
import { EFFECTIVE_STATUSES, STATUS_LABELS } from '../schema';

const SORTS = [
  ['-issue_date', 'Newest first'],
  ['issue_date', 'Oldest first'],
  ['due_date', 'Due soonest'],
  ['-total_amount', 'Largest first'],
  ['-invoice_number', 'Number, descending'],
  ['invoice_number', 'Number, ascending'],
] as const;

/** Search, status and sort, kept in the URL (shareable; the back button works). */
export function InvoiceFilters() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [q, setQ] = React.useState(params.get('q') ?? '');
  const timer = React.useRef<ReturnType<typeof setTimeout>>(undefined);

  const update = React.useCallback(
    (changes: Record<string, string>) => {
      const next = new URLSearchParams(params.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      next.delete('cursor');
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname);
    },
    [params, pathname, router],
  );

  return (
    <form
      role="search"
      className="flex flex-col gap-2 sm:flex-row sm:items-center"
      onSubmit={(e) => {
        e.preventDefault();
        clearTimeout(timer.current);
        update({ q });
      }}
    >
      <div className="relative flex-1">
        <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input
          name="q"
          type="search"
          aria-label="Search invoices"
          placeholder="Search number or client"
          className="pl-8"
          value={q}
          onChange={(e) => {
            const value = e.target.value;
            setQ(value);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => update({ q: value.trim() }), 300);
          }}
        />
      </div>
      <div className="flex gap-2">
        <NativeSelect
          aria-label="Filter by status"
          className="sm:w-44"
          value={params.get('status') ?? ''}
          onChange={(e) => update({ status: e.target.value })}
        >
          <option value="">All statuses</option>
          <option value="sent,overdue">Unpaid (sent or overdue)</option>
          {EFFECTIVE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          aria-label="Sort"
          className="sm:w-44"
          value={params.get('sort') ?? '-issue_date'}
          onChange={(e) => update({ sort: e.target.value === '-issue_date' ? '' : e.target.value })}
        >
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
      </div>
    </form>
  );
}
