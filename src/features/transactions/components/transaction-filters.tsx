'use client';

import { X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/select';
import { SearchField, SortSelect, useSearchText, useUrlFilters } from '@/components/ui/url-filters';

const SORTS = [
  ['-date', 'Newest first'],
  ['date', 'Oldest first'],
  ['-amount', 'Largest first'],
  ['amount', 'Smallest first'],
] as const;

/** Type, category, date range, search and sort, kept in the URL. */
export function TransactionFilters({ categories }: { categories: string[] }) {
  const { params, update } = useUrlFilters();
  const search = useSearchText(update);
  const any = ['q', 'type', 'category', 'from', 'to'].some((k) => params.get(k));

  return (
    <form
      role="search"
      className="grid gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        search.flush();
      }}
    >
      <div className="flex flex-col gap-2 sm:flex-row">
        <SearchField label="Search transactions" placeholder="Search description or category" search={search} />
        <div className="grid grid-cols-2 gap-2 sm:flex">
          <NativeSelect
            aria-label="Filter by type"
            className="sm:w-36"
            value={params.get('type') ?? ''}
            onChange={(e) => update({ type: e.target.value })}
          >
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
          <Input
            id="filter-from"
            type="date"
            className="sm:w-40"
            value={params.get('from') ?? ''}
            onChange={(e) => update({ from: e.target.value })}
          />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="filter-to" className="text-xs text-muted-foreground">
            To
          </Label>
          <Input
            id="filter-to"
            type="date"
            className="sm:w-40"
            value={params.get('to') ?? ''}
            onChange={(e) => update({ to: e.target.value })}
          />
        </div>
        <SortSelect sorts={SORTS} fallback="-date" value={params.get('sort')} onChange={(sort) => update({ sort })} className="sm:w-40" />
        {any ? (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="justify-self-start"
            onClick={() => {
              search.clear();
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
