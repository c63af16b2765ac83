'use client';

import Link from 'next/link';
import { ListFilterBar, useUrlFilters } from '@/components/ui/url-filters';
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
  const { params, href } = useUrlFilters();
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
      <ListFilterBar
        searchLabel="Search tasks"
        placeholder="Search title or details"
        filters={[
          {
            name: 'priority',
            label: 'Filter by priority',
            all: 'All priorities',
            options: [...TASK_PRIORITIES].reverse().map((p) => [p, PRIORITY_LABELS[p]] as const),
          },
        ]}
        sorts={SORTS}
        fallbackSort="due_date"
      />
    </div>
  );
}
