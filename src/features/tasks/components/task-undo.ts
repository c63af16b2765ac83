import { asSent, reversal } from '@/components/ui/undo';
import type { Task } from '../schema';

/** What an edit of a task may change (besides when it is due). */
const FIELDS = ['title', 'description', 'priority', 'status', 'contact_id', 'assignee_id'] as const;

type Due = Pick<Task, 'due_date'> & { due_on?: string | null };

/**
 * The PUT body that puts a task back as it was before an edit, or null when
 * the edit changed nothing. A task is due either on a whole day (`due_on`)
 * or at a moment (`due_date`), never both: when the due date changed, the one
 * it had is sent back and the other set to null.
 */
export function taskUndo(before: Pick<Task, (typeof FIELDS)[number]> & Due, after: Pick<Task, (typeof FIELDS)[number]> & Due) {
  const body: Record<string, unknown> = reversal(before, after, FIELDS) ?? {};
  if (
    reversal({ due_on: before.due_on ?? null, due_date: before.due_date }, { due_on: after.due_on ?? null, due_date: after.due_date }, [
      'due_on',
      'due_date',
    ])
  ) {
    if (before.due_on) Object.assign(body, { due_on: before.due_on, due_date: null });
    else Object.assign(body, { due_date: asSent(before.due_date), due_on: null });
  }
  return Object.keys(body).length > 0 ? body : null;
}
