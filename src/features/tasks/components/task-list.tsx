import { CalendarClock, User, UserCheck } from 'lucide-react';
import Link from 'next/link';
import type { Locale } from '@/lib/format';
import { WriteOnly } from '@/features/workspaces/components/workspace-role';
import { cn } from '@/lib/utils';
import { isOverdue, type Task } from '../schema';
import { formatDue } from './due';
import { OverdueBadge, PriorityBadge } from './task-badges';
import { TaskFormDialog } from './task-form-dialog';
import type { TaskPerson } from './task-people';
import { TaskDoneToggle, TaskStatusSelect } from './task-status-control';

/**
 * Tasks as rows: a one-click done toggle, the title (opens the editor), who it
 * is about, when it is due (overdue said in words, not only in red), who is to
 * do it, priority and status.
 */
export function TaskList({
  tasks,
  contactNames,
  assignees = {},
  people,
  user,
  showContact = true,
  now = new Date(),
}: {
  tasks: Task[];
  contactNames: Record<string, string>;
  /** assignee ids to "You" or a teammate's name (assigneeLabels) */
  assignees?: Record<string, string>;
  /** who a task can be assigned to in the editor */
  people?: TaskPerson[];
  user: Locale;
  showContact?: boolean;
  now?: Date;
}) {
  return (
    <ul className="divide-y rounded-lg border bg-card shadow-sm" aria-label="Tasks">
      {tasks.map((task) => {
        const overdue = isOverdue(task, now, user.time_zone);
        const contactName = task.contact_id ? contactNames[task.contact_id] : undefined;
        const assignee = task.assignee_id ? assignees[task.assignee_id] : undefined;
        const finished = task.status === 'completed' || task.status === 'cancelled';
        return (
          <li key={task.id} className="flex items-start gap-3 p-3" data-testid="task-row">
            <TaskDoneToggle task={task} className="mt-0.5" />
            <div className="grid min-w-0 flex-1 gap-2 sm:flex sm:items-center sm:justify-between sm:gap-3">
              <div className="min-w-0">
                <WriteOnly
                  fallback={
                    <p className={cn('max-w-full break-words font-medium sm:truncate', finished && 'text-muted-foreground line-through')}>
                      {task.title}
                    </p>
                  }
                >
                  <TaskFormDialog
                    task={task}
                    timeZone={user.time_zone}
                    locale={user.locale}
                    people={people}
                    contact={task.contact_id && contactName ? { id: task.contact_id, name: contactName } : null}
                    trigger={
                      <button
                        type="button"
                        className={cn(
                          'max-w-full break-words text-left font-medium hover:underline sm:block sm:truncate',
                          finished && 'text-muted-foreground line-through',
                        )}
                      >
                        {task.title}
                      </button>
                    }
                  />
                </WriteOnly>
                <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
                  {task.due_date || task.due_on ? (
                    <span className={cn('inline-flex items-center gap-1', overdue && 'font-medium text-red-700')}>
                      <CalendarClock className="size-3.5" aria-hidden />
                      <span className="sr-only">Due </span>
                      {formatDue(task, user, { now })}
                    </span>
                  ) : null}
                  {showContact && task.contact_id && contactName ? (
                    <Link href={`/contacts/${task.contact_id}`} className="inline-flex min-w-0 items-center gap-1 hover:underline">
                      <User className="size-3.5 shrink-0" aria-hidden />
                      <span className="truncate">{contactName}</span>
                    </Link>
                  ) : null}
                  {assignee ? (
                    <span className="inline-flex min-w-0 items-center gap-1" data-testid="task-assignee">
                      <UserCheck className="size-3.5 shrink-0" aria-hidden />
                      <span className="sr-only">Assigned to </span>
                      <span className="truncate">{assignee}</span>
                    </span>
                  ) : null}
                  {overdue ? <OverdueBadge /> : null}
                </div>
              </div>
              <div className="flex items-center gap-2 sm:shrink-0">
                <PriorityBadge priority={task.priority} />
                <TaskStatusSelect task={task} />
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
