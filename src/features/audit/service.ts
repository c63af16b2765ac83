import type { Database } from '@/lib/db';
import { decodeCursor, type Page, toPage } from '@/lib/pagination';
import { countAudit, insertEvent, selectAudit } from './queries';
import type { AuditEntry, AuditEvent, AuditListQuery } from './schema';

/**
 * The audit trail. Row changes are recorded by the database itself (triggers,
 * in the same transaction); events that are not a row change are recorded here,
 * in the caller's transaction, so they commit or roll back with the work.
 */

export async function listAudit(tx: Database, owner: { id: string }, query: AuditListQuery): Promise<{ data: AuditEntry[]; page: Page }> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const filters = { userId: owner.id, entity: query.entity, entityId: query.entity_id };
  const [rows, total] = await Promise.all([
    selectAudit(tx, filters, cursor, query.limit + 1),
    cursor ? Promise.resolve(cursor.total) : countAudit(tx, filters),
  ]);
  return toPage(rows, query.limit, total);
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
