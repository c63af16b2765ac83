import { personLabel } from '@/lib/auth/people';
import { selectPeople } from '@/lib/auth/user';
import type { Workspace } from '@/lib/auth/workspace';
import { getContact } from '@/features/contacts/service';
import { nextOpenTask } from '@/features/tasks/service';
import type { Database } from '@/lib/db';
import { listPage, type Page } from '@/lib/pagination';
import { countTimeline, selectCounts, selectMoneyPicture, selectTimeline, type TimelineRow } from './queries';
import type { ContactSummary, TimelineEntry, TimelineQuery } from './schema';

/**
 * The contact's page as one story: a timeline of everything about a contact,
 * newest first, each saying who made it, and a summary (next open task, money
 * picture, counts). The contact in the path must be the workspace's
 * (otherwise 404).
 */

const TIMESTAMP_FIELDS = ['due_date', 'completed_at', 'created_at'] as const;

function toEntry(row: Omit<TimelineRow, '_sort'>, by: string | null): TimelineEntry {
  const data = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Record<string, unknown>;
  if (row.kind === 'task' || row.kind === 'note') {
    // jsonb renders timestamps as text; the API speaks Dates (ISO 8601, UTC)
    for (const field of TIMESTAMP_FIELDS) {
      if (typeof data[field] === 'string') data[field] = new Date(data[field] as string);
    }
  }
  return { kind: row.kind, id: row.id, at: new Date(row.at), user_id: row.user_id, by, data } as unknown as TimelineEntry;
}

export async function getTimeline(
  tx: Database,
  owner: Pick<Workspace, 'id' | 'time_zone' | 'user'>,
  contactId: string,
  query: TimelineQuery,
): Promise<{ data: TimelineEntry[]; page: Page }> {
  await getContact(tx, owner, contactId);
  const scope = { workspaceId: owner.id, contactId, timeZone: owner.time_zone };
  const page = await listPage(
    query,
    (cursor, limit) => selectTimeline(tx, scope, cursor, limit),
    () => countTimeline(tx, scope),
  );
  const people = await selectPeople(
    tx,
    'id',
    page.data.flatMap((row) => (row.user_id ? [row.user_id] : [])),
  );
  const by = (row: Omit<TimelineRow, '_sort'>) => (row.user_id ? personLabel(row.user_id, owner.user.id, people) : null);
  return { data: page.data.map((row) => toEntry(row, by(row))), page: page.page };
}

export async function getContactSummary(
  tx: Database,
  owner: Pick<Workspace, 'id' | 'time_zone'>,
  contactId: string,
): Promise<ContactSummary> {
  await getContact(tx, owner, contactId);
  const scope = { workspaceId: owner.id, contactId, timeZone: owner.time_zone };
  const [next_task, money, counts] = [
    await nextOpenTask(tx, owner, contactId),
    await selectMoneyPicture(tx, scope),
    await selectCounts(tx, scope),
  ];
  return { next_task, money, counts };
}
