'use client';

import { UserCheck } from 'lucide-react';
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

const chip = 'inline-flex shrink-0 items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium transition-colors';

/** View tabs, "Mine" (in a shared workspace), search, priority and sort, kept in the URL. */
export function TaskFilters({ counts, shared = false }: { counts: Partial<Record<TaskView, string>>; shared?: boolean }) {
  const { params, href } = useUrlFilters();
  const view = (params.get('view') ?? 'open') as TaskView;
  const mine = params.get('mine') === 'true';

  return (
    <div className="grid gap-3">
      <nav aria-label="Task views" className="flex flex-wrap gap-1.5">
        {TASK_VIEWS.map(([key, label]) => (
          <Link
            key={key}
            href={href({ view: key === 'open' ? '' : key })}
            aria-current={view === key ? 'page' : undefined}
            className={cn(chip, view === key ? 'border-primary bg-primary text-primary-foreground' : 'bg-card hover:bg-muted')}
          >
            {label}
            {counts[key] !== undefined ? (
              <span className={cn('tabular text-xs', view === key ? 'opacity-80' : 'text-muted-foreground')}>{counts[key]}</span>
            ) : null}
          </Link>
        ))}
        {shared ? (
          <Link
            href={href({ mine: mine ? '' : 'true' })}
            aria-current={mine ? 'true' : undefined}
            title={mine ? 'Show everyone’s tasks' : 'Only the tasks assigned to you'}
            className={cn(chip, 'sm:ml-auto', mine ? 'border-primary bg-primary/10 text-primary' : 'bg-card hover:bg-muted')}
            data-testid="tasks-mine"
          >
            <UserCheck className="size-3.5" aria-hidden />
            Mine
          </Link>
        ) : null}
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
