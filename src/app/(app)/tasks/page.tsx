import { CheckCircle2, Download, ListTodo, Plus } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Pager } from '@/components/ui/pager';
import { EmptyState, NoMatches } from '@/components/ui/empty-state';
import { contactNames } from '@/features/contacts/service';
import { PRIORITY_LABELS } from '@/features/tasks/components/task-badges';
import { TaskFilters } from '@/features/tasks/components/task-filters';
import { TaskFormDialog } from '@/features/tasks/components/task-form-dialog';
import { TaskList } from '@/features/tasks/components/task-list';
import { assigneeLabels, taskPeople } from '@/features/tasks/components/task-people';
import { TASK_VIEWS, type TaskView } from '@/features/tasks/components/task-views';
import { taskListQuerySchema } from '@/features/tasks/schema';
import { listTasks } from '@/features/tasks/service';
import { workspaceMembers } from '@/features/workspaces/service';
import { ReadOnlyNote } from '@/features/workspaces/components/workspace-role';
import { canWrite } from '@/features/workspaces/schema';
import { asPageUser } from '@/lib/auth/page';
import { clearHref, exportHref, listHref, parseListQuery, pickParams, type SearchParams } from '@/lib/http/list-page';
import { safeTimeZone, todayIn } from '@/lib/time';
import { formatTotal } from '@/lib/pagination/count';

export const metadata: Metadata = { title: 'Tasks' };

/** Each tab's tasks, as the empty state names them. */
const VIEW_NOUN: Record<TaskView, string> = {
  open: 'open tasks',
  overdue: 'overdue tasks',
  today: 'tasks due today',
  done: 'finished tasks',
  all: 'tasks',
};

/** The API query a view stands for. */
function viewQuery(view: TaskView, today: string): Record<string, string> {
  switch (view) {
    case 'open':
      return { status: 'pending,in_progress' };
    case 'overdue':
      return { overdue: 'true' };
    case 'today':
      return { status: 'pending,in_progress', from: today, to: today };
    case 'done':
      return { status: 'completed', sort: '-updated_at' };
    case 'all':
      return {};
  }
}

export default async function TasksPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const picked = pickParams(raw, ['view']).view ?? '';
  const view = (TASK_VIEWS.map(([v]) => v) as string[]).includes(picked) ? (picked as TaskView) : 'open';
  const wanted = pickParams(raw, ['q', 'priority', 'sort', 'cursor', 'contact_id', 'mine']);

  const { user, query, result, names, counts, forContact, people } = await asPageUser(async (tx, u) => {
    const today = todayIn(safeTimeZone(u.time_zone));
    const base = viewQuery(view, today);
    const query = parseListQuery(taskListQuerySchema, wanted, { ...base, limit: '50' });
    const result = await listTasks(tx, u, query);
    const names = await contactNames(
      tx,
      u,
      result.data.flatMap((t) => (t.contact_id ? [t.contact_id] : [])),
    );
    // the tabs count what "Mine" shows when it is on
    const mine = query.mine ? { mine: 'true' } : {};
    const count = async (v: TaskView) =>
      (await listTasks(tx, u, taskListQuerySchema.parse({ ...viewQuery(v, today), ...mine, limit: '1' }))).page;
    const counts = { open: await count('open'), overdue: await count('overdue'), today: await count('today') };
    const forContact = query.contact_id
      ? { id: query.contact_id, name: (await contactNames(tx, u, [query.contact_id])).get(query.contact_id) ?? 'a contact' }
      : null;
    const people = taskPeople(await workspaceMembers(tx, u), u.user.id);
    return { user: u, query, result, names: Object.fromEntries(names), counts, forContact, people };
  });
  const shared = people.length > 1;

  // what the list actually applied (a value the schema refused is not applied)
  const filtered = Boolean(query.q || query.priority || query.contact_id || query.mine);
  const exportLink = exportHref('/api/tasks', { ...viewQuery(view, todayIn(safeTimeZone(user.time_zone))), ...wanted });
  // clearing the search and filters keeps the tab and the order
  const tab = view === 'open' ? undefined : view;
  const writable = canWrite(user.role);

  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Tasks</h1>
          <p className="text-sm text-muted-foreground" data-testid="tasks-total">
            {formatTotal(result.page)} {result.page.total === 1 ? 'task' : 'tasks'}
            {counts.overdue.total > 0 ? ` · ${formatTotal(counts.overdue)} overdue` : ''}
          </p>
        </div>
        <div className="flex gap-2">
          <Button asChild variant="outline">
            <a href={exportLink} download>
              <Download aria-hidden /> Export CSV
            </a>
          </Button>
          {writable ? (
            <TaskFormDialog
              timeZone={user.time_zone}
              locale={user.locale}
              people={people}
              openWith="task"
              trigger={
                <Button>
                  <Plus aria-hidden /> New task
                </Button>
              }
            />
          ) : null}
        </div>
      </div>

      <ReadOnlyNote />

      <TaskFilters
        counts={{ open: formatTotal(counts.open), overdue: formatTotal(counts.overdue), today: formatTotal(counts.today) }}
        shared={shared}
      />

      {forContact ? (
        <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="tasks-for-contact">
          Tasks about{' '}
          <Link href={`/contacts/${forContact.id}`} className="font-medium hover:underline">
            {forContact.name}
          </Link>
          <Link href={listHref('/tasks', { ...wanted, view: tab }, ['contact_id', 'cursor'])} className="text-primary hover:underline">
            Show all tasks
          </Link>
        </p>
      ) : null}

      {result.data.length === 0 ? (
        filtered ? (
          <NoMatches
            filters={{
              noun: VIEW_NOUN[view],
              qualifiers: [
                ...(query.priority ? [`with ${PRIORITY_LABELS[query.priority].toLowerCase()} priority`] : []),
                ...(forContact ? [`about ${forContact.name}`] : []),
                ...(query.mine ? ['assigned to you'] : []),
              ],
              search: query.q,
            }}
            filtered={Boolean(query.priority || query.contact_id || query.mine)}
            clearHref={clearHref('/tasks', wanted, { view: tab })}
          />
        ) : view === 'open' || view === 'today' || view === 'overdue' ? (
          <EmptyState
            icon={CheckCircle2}
            title={view === 'overdue' ? 'Nothing overdue' : view === 'today' ? 'Nothing due today' : 'All done'}
            description={writable ? 'Add a task for the next thing you promised someone.' : 'The tasks your team adds will show here.'}
            action={
              writable ? (
                <TaskFormDialog timeZone={user.time_zone} locale={user.locale} people={people} trigger={<Button>New task</Button>} />
              ) : undefined
            }
          />
        ) : (
          <EmptyState icon={ListTodo} title={view === 'done' ? 'No finished tasks yet' : 'No tasks yet'} />
        )
      ) : (
        <TaskList tasks={result.data} contactNames={names} assignees={assigneeLabels(people, result.data)} people={people} user={user} />
      )}

      <Pager path="/tasks" params={{ ...wanted, ...(view === 'open' ? {} : { view }) }} nextCursor={result.page.next_cursor} />
    </div>
  );
}
