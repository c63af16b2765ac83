import { personLabel, personName, type NamedPerson } from '@/lib/auth/people';

/** Someone a task can be assigned to, as the task pages show them. */
export interface TaskPerson {
  id: string;
  /** their name (personName) */
  name: string;
  /** the person looking at the page */
  you: boolean;
}

/** The members of the workspace (GET /api/workspaces/:id/members) as task pages know them. */
export function taskPeople(members: readonly (NamedPerson & { user_id: string })[], readerId: string): TaskPerson[] {
  return members.map((m) => ({ id: m.user_id, name: personName(m) || 'A member', you: m.user_id === readerId }));
}

/** Assignee ids to what a task row says: "You", a teammate's name, or a former member. */
export function assigneeLabels(people: readonly TaskPerson[], tasks: readonly { assignee_id: string | null }[]): Record<string, string> {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const reader = people.find((p) => p.you)?.id ?? '';
  return Object.fromEntries(
    tasks.flatMap((t) => (t.assignee_id ? [[t.assignee_id, personLabel(t.assignee_id, reader, names)] as const] : [])),
  );
}
