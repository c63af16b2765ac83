'use client';

import { Search, X } from 'lucide-react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import * as React from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/select';

const SORTS = [
  ['-date', 'Newest first'],
  ['date', 'Oldest first'],
  ['-amount', 'Largest first'],
  ['amount', 'Smallest first'],
] as const;

/** Type, category, date range, search and sort, kept in the URL. */
export function TransactionFilters({ categories }: { categories: string[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [q, setQ] = React.useState(params.get('q') ?? '');
  const timer = React.useRef<ReturnType<typeof setTimeout>>(undefined);
  // a pending search must not pull the user back after they navigated away
  React.useEffect(() => () => clearTimeout(timer.current), []);

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
  const any = ['q', 'type', 'category', 'from', 'to'].some((k) => params.get(k));

  return (
    <form
      role="search"
      className="grid gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        clearTimeout(timer.current);
        update({ q });
      }}
    >
      <div className="flex flex-col gap-2 sm:flex-row">
        <div className="relative flex-1">
          <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input
            type="search"
            aria-label="Search transactions"
            placeholder="Search description or category"
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
        <div className="grid grid-cols-2 gap-2 sm:flex">
          <NativeSelect aria-label="Filter by type" className="sm:w-36" value={params.get('type') ?? ''} onChange={(e) => update({ type: e.target.value })}>
            <option value="">In and out</option>
            <option value="income">Money in</option>
            <option value="expense">Money out</option>
          </NativeSelect>
          <NativeSelect
            aria-label="Filter by category"
            className="sm:w-44"
            value={params.get('category') ?? ''}
            onChange={(e) => update({ category: e.target.value })}
          >
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>
      <div className="grid grid-cols-2 items-end gap-2 sm:flex sm:flex-wrap">
        <div className="grid gap-1">
          <Label htmlFor="filter-from" className="text-xs text-muted-foreground">
            From
          </Label>
          <Input id="filter-from" type="date" className="sm:w-40" value={params.get('from') ?? ''} onChange={(e) => update({ from: e.target.value })} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="filter-to" className="text-xs text-muted-foreground">
            To
          </Label>
          <Input id="filter-to" type="date" className="sm:w-40" value={params.get('to') ?? ''} onChange={(e) => update({ to: e.target.value })} />
        </div>
        <NativeSelect aria-label="Sort" className="sm:w-40" value={params.get('sort') ?? '-date'} onChange={(e) => update({ sort: e.target.value === '-date' ? '' : e.target.value })}>
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </NativeSelect>
        {any ? (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="justify-self-start"
            onClick={() => {
              setQ('');
              update({ q: '', type: '', category: '', from: '', to: '' });
            }}
          >
            <X aria-hidden /> Clear filters
          </Button>
        ) : null}
      </div>
    </form>
  );
}
