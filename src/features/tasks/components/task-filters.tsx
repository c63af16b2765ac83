'use client';

import Link from 'next/link';
import { NativeSelect } from '@/components/ui/select';
import { SearchField, SortSelect, useSearchText, useUrlFilters } from '@/components/ui/url-filters';
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
  const { params, href, update } = useUrlFilters();
  const search = useSearchText(update);
  const view = (params.get('view') ?? 'open') as TaskView;

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
          search.flush();
        }}
      >
        <SearchField label="Search tasks" placeholder="Search title or details" search={search} />
        <div className="flex gap-2">
          <NativeSelect
            aria-label="Filter by priority"
            className="sm:w-40"
            value={params.get('priority') ?? ''}
            onChange={(e) => update({ priority: e.target.value })}
          >
            <option value="">All priorities</option>
            {[...TASK_PRIORITIES].reverse().map((p) => (
              <option key={p} value={p}>
                {PRIORITY_LABELS[p]}
              </option>
            ))}
          </NativeSelect>
          <SortSelect sorts={SORTS} fallback="due_date" value={params.get('sort')} onChange={(sort) => update({ sort })} className="sm:w-44" />
        </div>
      </form>
    </div>
  );
}
