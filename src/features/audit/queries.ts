import { and, count, eq, sql } from 'drizzle-orm';
import { type Database, tables } from '@/lib/db';
import { after, type Cursor, orderBy, type SortSpec, sortKey } from '@/lib/pagination';
import type { AuditEntry, AuditEvent } from './schema';

const a = tables.auditLogs;
const SORT: SortSpec = { expr: a.seq, cast: 'bigint', direction: 'desc' };

interface Filters {
  userId: string;
  entity?: string;
  entityId?: string;
}

const where = (f: Filters) =>
  and(eq(a.user_id, f.userId), f.entity ? eq(a.entity, f.entity) : undefined, f.entityId ? eq(a.entity_id, f.entityId) : undefined);

export async function selectAudit(tx: Database, f: Filters, cursor: Cursor | undefined, limit: number) {
  const rows = await tx
    .select({
      id: a.id,
      actor: a.actor,
      action: a.action,
      entity: a.entity,
      entity_id: a.entity_id,
      changes: a.changes,
      created_at: a.created_at,
      _sort: sortKey(SORT),
    })
    .from(a)
    .where(and(where(f), after(SORT, a.id, cursor)))
    .orderBy(...orderBy(SORT, a.id))
    .limit(limit);
  return rows as (AuditEntry & { _sort: string })[];
}

export async function countAudit(tx: Database, f: Filters): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(a).where(where(f));
  return row?.n ?? 0;
}

export async function insertEvent(
  tx: Database,
  event: AuditEvent,
  entity: string,
  entityId: string | null,
  details: Record<string, unknown>,
): Promise<void> {
  await tx.execute(sql`select app.record_event(${event}, ${entity}, ${entityId}::uuid, ${JSON.stringify(details)}::jsonb)`);
}
