import { selectPeople } from '@/lib/auth/user';
import type { Database } from '@/lib/db';
import { decodeCursor, listPage, type Page, toPage } from '@/lib/pagination';
import { type ChangeEntry, countAudit, countChanges, insertEvent, selectAudit, selectChanges, selectNames } from './queries';
import { describeActor, describeChange, describeInvoiceEdit, type Reader } from './describe';
import type { ActivityItem, AuditEntry, AuditEvent, AuditListQuery } from './schema';

/**
 * The audit trail. Row changes are recorded by the database itself (triggers,
 * in the same transaction); events that are not a row change are recorded here,
 * in the caller's transaction, so they commit or roll back with the work.
 */

export async function listAudit(tx: Database, owner: { id: string }, query: AuditListQuery): Promise<{ data: AuditEntry[]; page: Page }> {
  const filters = { workspaceId: owner.id, entity: query.entity, entityId: query.entity_id };
  return listPage(
    query,
    (cursor, limit) => selectAudit(tx, filters, cursor, limit),
    () => countAudit(tx, filters),
  );
}

export async function recordEvent(
  tx: Database,
  event: AuditEvent,
  entity: string,
  entityId: string | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await insertEvent(tx, event, entity, entityId, details);
}

// ---------------------------------------------------------------------------
// The activity: one entry per change, in plain words
// ---------------------------------------------------------------------------

/** The person reading: their workspace, their sign-in id, and how they read dates and amounts. */
export interface ActivityReader extends Reader {
  id: string;
  user: { clerk_id: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The contacts and invoices the entries point at by id (a client changed, a payment moved). */
function referencedIds(entries: ChangeEntry[]): string[] {
  const ids = new Set<string>();
  const take = (value: unknown) => {
    if (typeof value === 'string' && UUID.test(value)) ids.add(value.toLowerCase());
  };
  for (const entry of entries) {
    for (const field of entry.entity === 'workspace_members' ? ['user_id'] : ['contact_id', 'invoice_id']) {
      const value = entry.changes?.[field];
      if (Array.isArray(value)) value.forEach(take);
      else take(value);
    }
  }
  return [...ids];
}

async function loadChanges(
  tx: Database,
  reader: ActivityReader,
  filters: { invoiceId?: string },
  cursorText: string | undefined,
  limit: number,
) {
  const cursor = cursorText ? decodeCursor(cursorText) : undefined;
  const f = { workspaceId: reader.id, ...filters };
  const [{ groups, entries }, total] = await Promise.all([
    selectChanges(tx, f, cursor, limit + 1),
    cursor ? Promise.resolve({ total: cursor.total, exact: cursor.exact !== false }) : countChanges(tx, f),
  ]);
  const names = await selectNames(tx, reader.id, referencedIds(entries));
  const others = [...new Set(entries.map((e) => e.actor).filter((a): a is string => a !== null && a !== reader.user.clerk_id))];
  const people = await selectPeople(tx, 'clerk_id', others);
  const byTx = new Map<number, ChangeEntry[]>();
  for (const entry of entries) byTx.set(entry.txid, [...(byTx.get(entry.txid) ?? []), entry]);
  return { groups: groups.map((g) => ({ ...g, entries: byTx.get(g.txid) ?? [] })), total, names, people };
}

/**
 * The account's activity, newest first: one item per change (everything one
 * request wrote), described for this reader; pages by cursor like every list.
 */
export async function listActivity(
  tx: Database,
  reader: ActivityReader,
  query: Pick<AuditListQuery, 'limit' | 'cursor'>,
): Promise<{ data: ActivityItem[]; page: Page }> {
  const { groups, total, names, people } = await loadChanges(tx, reader, {}, query.cursor, query.limit);
  const items = groups.flatMap((g) => {
    const last = g.entries.at(-1);
    if (!last) return [];
    const line = describeChange(g.entries, reader, names);
    return [
      {
        id: last.id,
        actor: describeActor(last.actor, reader.user.clerk_id, people),
        created_at: last.created_at,
        ...line,
        _sort: g.last_seq,
      },
    ];
  });
  return toPage(items, query.limit, total);
}

/**
 * The edits of one invoice's content (its lines, discount, dates, client…),
 * one item per edit, newest first: what the invoice's own history (sends,
 * payments, status changes) does not already say.
 */
export async function listInvoiceEdits(tx: Database, reader: ActivityReader, invoiceId: string, limit = 50): Promise<ActivityItem[]> {
  const { groups, names, people } = await loadChanges(tx, reader, { invoiceId }, undefined, limit);
  return groups.slice(0, limit).flatMap((g) => {
    const last = g.entries.at(-1);
    const line = last ? describeInvoiceEdit(g.entries, reader, invoiceId, names) : null;
    return last && line
      ? [{ id: last.id, actor: describeActor(last.actor, reader.user.clerk_id, people), created_at: last.created_at, ...line }]
      : [];
  });
}
