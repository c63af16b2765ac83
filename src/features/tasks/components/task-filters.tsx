'use client';

import { Search } from 'lucide-react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import * as React from 'react';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/select';
import { cn } from '@/lib/utils';
import { TASK_PRIORITIES } from '../schema';
import { PRIORITY_LABELS } from './task-badges';
import { TASK_VIEWS, type TaskView } from './task-views';


const SORTS = [
  ['due_date', 'Due soonest'],
  ['-priority', 'Most important'],
  ['-created_at', 'Newest'],
  ['created_at', 'Oldest'],
  ['title', 'Title A–Z'],
] as const;

/** View tabs, search, priority and sort, kept in the URL. */
export function TaskFilters({ counts }: { counts: Partial<Record<TaskView, number>> }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [q, setQ] = React.useState(params.get('q') ?? '');
  const timer = React.useRef<ReturnType<typeof setTimeout>>(undefined);
  // a pending search must not pull the user back after they navigated away
  React.useEffect(() => () => clearTimeout(timer.current), []);
  const view = (params.get('view') ?? 'open') as TaskView;

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

  return (
    <div className="grid gap-3">
      <nav aria-label="Task views" className="flex flex-wrap gap-1.5">
        {TASK_VIEWS.map(([key, label]) => (
          <Link
            key={key}
            href={href({ view: key === 'open' ? '' : key })}
            aria-current={view === key ? 'page' : undefined}
            className={cn(
              'inline-flex shrink-0 items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium transition-colors',
              view === key ? 'border-primary bg-primary text-primary-foreground' : 'bg-card hover:bg-muted',
            )}
          >
            {label}
            {counts[key] !== undefined ? (
              <span className={cn('tabular text-xs', view === key ? 'opacity-80' : 'text-muted-foreground')}>{counts[key]}</span>
            ) : null}
          </Link>
        ))}
      </nav>
      <form
        role="search"
        className="flex flex-col gap-2 sm:flex-row sm:items-center"
        onSubmit={(e) => {
          e.preventDefault();
          clearTimeout(timer.current);
          router.replace(href({ q }));
        }}
      >
        <div className="relative flex-1">
          <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input
            type="search"
            aria-label="Search tasks"
            placeholder="Search title or details"
            className="pl-8"
            value={q}
            onChange={(e) => {
              const value = e.target.value;
              setQ(value);
              clearTimeout(timer.current);
              timer.current = setTimeout(() => router.replace(href({ q: value.trim() })), 300);
            }}
          />
        </div>
        <div className="flex gap-2">
          <NativeSelect
            aria-label="Filter by priority"
            className="sm:w-40"
            value={params.get('priority') ?? ''}
            onChange={(e) => router.replace(href({ priority: e.target.value }))}
          >
            <option value="">All priorities</option>
            {[...TASK_PRIORITIES].reverse().map((p) => (
              <option key={p} value={p}>
                {PRIORITY_LABELS[p]}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            aria-label="Sort"
            className="sm:w-44"
            value={params.get('sort') ?? 'due_date'}
            onChange={(e) => router.replace(href({ sort: e.target.value === 'due_date' ? '' : e.target.value }))}
          >
            {SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </div>
      </form>
    </div>
  );
}
