'use client';

import { Search } from 'lucide-react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import * as React from 'react';
import { Input } from './input';
import { NativeSelect } from './select';

/**
 * List filters kept in the URL (shareable, the back button works): one way to
 * read them, change them and search, for every list page.
 */

/** The current filters, a link to changed ones, and a replace to them (any change starts from the first page). */
export function useUrlFilters() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const href = React.useCallback(
    (changes: Record<string, string>) => {
      const next = new URLSearchParams(params.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      next.delete('cursor');
      const query = next.toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [params, pathname],
  );
  const update = React.useCallback((changes: Record<string, string>) => router.replace(href(changes)), [router, href]);
  return { params, href, update };
}

/** The search text: applied 300 ms after typing stops, at once on Enter. */
export function useSearchText(update: (changes: Record<string, string>) => void) {
  const params = useSearchParams();
  const [q, setQ] = React.useState(params.get('q') ?? '');
  const timer = React.useRef<ReturnType<typeof setTimeout>>(undefined);
  // the search in the URL as this field last knew it (its own searches included): when the URL
  // changes otherwise (a "Clear search" link, the back button), the field follows
  const urlQ = params.get('q') ?? '';
  const [known, setKnown] = React.useState(urlQ);
  if (urlQ !== known) {
    setKnown(urlQ);
    setQ(urlQ);
  }
  const search = (value: string) => {
    setKnown(value);
    update({ q: value });
  };
  // a pending search must not pull the user back after they navigated away
  React.useEffect(() => () => clearTimeout(timer.current), []);
  return {
    q,
    change(value: string) {
      setQ(value);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => search(value.trim()), 300);
    },
    flush() {
      clearTimeout(timer.current);
      search(q.trim());
    },
    clear() {
      clearTimeout(timer.current);
      setQ('');
    },
  };
}

export function SearchField({
  label,
  placeholder,
  search,
}: {
  label: string;
  placeholder: string;
  search: ReturnType<typeof useSearchText>;
}) {
  return (
    <div className="relative flex-1">
      <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
      <Input
        name="q"
        type="search"
        aria-label={label}
        placeholder={placeholder}
        className="pl-8"
        value={search.q}
        onChange={(e) => search.change(e.target.value)}
      />
    </div>
  );
}

/** A sort picker whose default order is left out of the URL. */
export function SortSelect({
  sorts,
  fallback,
  value,
  onChange,
  className,
}: {
  sorts: readonly (readonly [string, string])[];
  fallback: string;
  value: string | null;
  onChange: (sort: string) => void;
  className?: string;
}) {
  return (
    <NativeSelect
      aria-label="Sort"
      className={className}
      value={value ?? fallback}
      onChange={(e) => onChange(e.target.value === fallback ? '' : e.target.value)}
    >
      {sorts.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </NativeSelect>
  );
}

export interface SelectFilter {
  /** the URL parameter it sets */
  name: string;
  /** its accessible name ("Filter by status") */
  label: string;
  /** the first option, which sets nothing ("All statuses") */
  all: string;
  options: readonly (readonly [value: string, label: string])[];
  className?: string;
}

/**
 * A list's filter bar: the search box, one select per filter and the sort,
 * all kept in the URL; Enter searches at once.
 */
export function ListFilterBar({
  searchLabel,
  placeholder,
  filters,
  sorts,
  fallbackSort,
  sortClassName = 'sm:w-44',
}: {
  searchLabel: string;
  placeholder: string;
  filters: readonly SelectFilter[];
  sorts: readonly (readonly [string, string])[];
  fallbackSort: string;
  sortClassName?: string;
}) {
  const { params, update } = useUrlFilters();
  const search = useSearchText(update);
  return (
    <form
      role="search"
      className="flex flex-col gap-2 sm:flex-row sm:items-center"
      onSubmit={(e) => {
        e.preventDefault();
        search.flush();
      }}
    >
      <SearchField label={searchLabel} placeholder={placeholder} search={search} />
      <div className="flex gap-2">
        {filters.map((filter) => (
          <NativeSelect
            key={filter.name}
            aria-label={filter.label}
            className={filter.className ?? 'sm:w-40'}
            value={params.get(filter.name) ?? ''}
            onChange={(e) => update({ [filter.name]: e.target.value })}
          >
            <option value="">{filter.all}</option>
            {filter.options.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </NativeSelect>
        ))}
        <SortSelect
          sorts={sorts}
          fallback={fallbackSort}
          value={params.get('sort')}
          onChange={(sort) => update({ sort })}
          className={sortClassName}
        />
      </div>
    </form>
  );
}
