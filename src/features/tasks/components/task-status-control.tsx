'use client';

import { Check } from 'lucide-react';
import { useRouter } from 'next/navigation';
import * as React from 'react';
import { notify } from '@/components/ui/notify';
import { NativeSelect } from '@/components/ui/select';
import { ApiClientError, apiFetch } from '@/lib/api-client';
import { useCanWrite } from '@/features/workspaces/components/workspace-role';
import { cn } from '@/lib/utils';
import { type Task, TASK_STATUSES, type TaskStatus } from '../schema';
import { STATUS_LABELS } from './task-badges';

async function setStatus(id: string, status: TaskStatus): Promise<void> {
  await apiFetch<{ data: Task }>(`/api/tasks/${id}`, { method: 'PUT', body: { status } });
}

/** What the toast says after a status change (a task marked done may leave the list: the toast is its trace). */
export function statusChangeMessage(from: TaskStatus, to: TaskStatus): string {
  if (to === 'completed') return 'Task marked done';
  if (to === 'cancelled') return 'Task cancelled';
  if (to === 'pending' && (from === 'completed' || from === 'cancelled')) return 'Task reopened';
  return `Task moved to “${STATUS_LABELS[to]}”`;
}

/**
 * Confirms a status change with a toast (the task's title below it) whose
 * Undo puts the previous status back with the same PUT /api/tasks/:id.
 */
function announceStatus(task: Pick<Task, 'id' | 'title'>, from: TaskStatus, to: TaskStatus, refresh: () => void) {
  notify.success(statusChangeMessage(from, to), {
    description: task.title,
    undo: async () => {
      await setStatus(task.id, from);
      refresh();
    },
    undoneMessage: `Task back to “${STATUS_LABELS[from]}”`,
  });
}

/** One click to mark a task done (or to reopen it). */
export function TaskDoneToggle({ task, className }: { task: Pick<Task, 'id' | 'title' | 'status'>; className?: string }) {
  const router = useRouter();
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const done = task.status === 'completed';
  const writable = useCanWrite();
  if (!writable) {
    // a viewer sees the state, without a control
    return (
      <span className={cn('inline-flex', className)}>
        <span
          role="img"
          aria-label={done ? 'Done' : task.status === 'cancelled' ? 'Cancelled' : 'Open'}
          className={cn(
            'grid size-5 shrink-0 place-items-center rounded-full border-2',
            done ? 'border-green-700 bg-green-700 text-white' : 'border-slate-300',
          )}
        >
          {done ? <Check className="size-3" strokeWidth={3} aria-hidden /> : null}
        </span>
      </span>
    );
  }
  return (
    <span className={cn('inline-flex', className)}>
      <button
        type="button"
        role="checkbox"
        aria-checked={done}
        aria-label={done ? `Reopen “${task.title}”` : `Mark “${task.title}” done`}
        title={error ?? (done ? 'Reopen' : 'Mark done')}
        disabled={pending || task.status === 'cancelled'}
        onClick={async () => {
          setPending(true);
          setError(undefined);
          const next: TaskStatus = done ? 'pending' : 'completed';
          try {
            await setStatus(task.id, next);
            router.refresh();
            announceStatus(task, task.status, next, () => router.refresh());
          } catch (e) {
            const problem = e instanceof ApiClientError ? e.message : 'Could not change the task.';
            setError(problem);
            notify.error(problem);
          } finally {
            setPending(false);
          }
        }}
        className={cn(
          'grid size-5 shrink-0 place-items-center rounded-full border-2 transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50',
          done ? 'border-green-700 bg-green-700 text-white' : 'border-slate-400 hover:border-green-700 hover:bg-green-50',
        )}
      >
        {done ? <Check className="size-3" strokeWidth={3} aria-hidden /> : null}
      </button>
      {error ? (
        <span role="alert" className="sr-only">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** The status as a compact select that saves on change. */
export function TaskStatusSelect({ task }: { task: Pick<Task, 'id' | 'title' | 'status'> }) {
  const router = useRouter();
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const writable = useCanWrite();
  if (!writable) {
    return (
      <span className="rounded-md border px-2 py-1 text-xs text-muted-foreground" data-testid="task-status">
        {STATUS_LABELS[task.status]}
      </span>
    );
  }
  return (
    <span className="inline-flex flex-col">
      <NativeSelect
        aria-label={`Status of “${task.title}”`}
        className="h-8 w-auto py-0 pr-8 text-xs md:text-xs"
        value={task.status}
        disabled={pending}
        onChange={async (e) => {
          setPending(true);
          setError(undefined);
          const next = e.target.value as TaskStatus;
          try {
            await setStatus(task.id, next);
            router.refresh();
            announceStatus(task, task.status, next, () => router.refresh());
          } catch (err) {
            setError(err instanceof ApiClientError ? err.message : 'Could not change the task.');
          } finally {
            setPending(false);
          }
        }}
      >
        {TASK_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </NativeSelect>
      {error ? (
        <span role="alert" className="text-xs text-destructive">
          {error}
        </span>
      ) : null}
    </span>
  );
}
