import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Database, tables } from '@/lib/db';
import { after, boundedCount, type Cursor, orderBy, type SortSpec, sortKey, type Total } from '@/lib/pagination';
import type { AuditContext, AuditEntry, AuditEvent } from './schema';

const a = tables.auditLogs;
const SORT: SortSpec = { expr: a.seq, cast: 'bigint', direction: 'desc' };

interface Filters {
  workspaceId: string;
  entity?: string;
  entityId?: string;
}

const where = (f: Filters) =>
  and(
    eq(a.workspace_id, f.workspaceId),
    f.entity ? eq(a.entity, f.entity) : undefined,
    f.entityId ? eq(a.entity_id, f.entityId) : undefined,
  );

/** The columns of an entry as the API shows it. */
const ENTRY_COLUMNS = {
  id: a.id,
  actor: a.actor,
  action: a.action,
  entity: a.entity,
  entity_id: a.entity_id,
  changes: a.changes,
  created_at: a.created_at,
  api_key_id: a.api_key_id,
};

export async function selectAudit(tx: Database, f: Filters, cursor: Cursor | undefined, limit: number) {
  const rows = await tx
    .select({ ...ENTRY_COLUMNS, _sort: sortKey(SORT) })
    .from(a)
    .where(and(where(f), after(SORT, a.id, cursor)))
    .orderBy(...orderBy(SORT, a.id))
    .limit(limit);
  return rows as (AuditEntry & { _sort: string })[];
}

/** The first page's total of a filtered list: at most COUNT_BOUND + 1 rows counted (docs/decisions/0153). */
export async function countAudit(tx: Database, f: Filters): Promise<Total> {
  return boundedCount(tx, a, where(f));
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

// ---------------------------------------------------------------------------
// Changes: the entries of one transaction together (the activity)
// ---------------------------------------------------------------------------

export interface ChangeFilters {
  workspaceId: string;
  /** only changes that touched this invoice (the invoice row, its lines, its payments) */
  invoiceId?: string;
}

export interface ChangeEntry extends AuditEntry {
  txid: number;
  context: AuditContext;
}

// every entry about an invoice (its row, its lines, its payments, its events) names it in its context
const changeWhere = (f: ChangeFilters) =>
  and(eq(a.workspace_id, f.workspaceId), f.invoiceId ? sql`${a.context} ->> 'invoice_id' = ${f.invoiceId}` : undefined);

/**
 * One page of changes, newest first: the transactions (`txid`) ordered by
 * their last entry, `limit` of them after the cursor (whose key is that last
 * entry's seq), then every entry of those transactions in order.
 */
export async function selectChanges(
  tx: Database,
  f: ChangeFilters,
  cursor: Cursor | undefined,
  limit: number,
): Promise<{ groups: { txid: number; last_seq: string }[]; entries: ChangeEntry[] }> {
  const lastSeq = sql`max(${a.seq})`;
  const groups = await tx
    .select({ txid: a.txid, last_seq: sql<string>`${lastSeq}::text` })
    .from(a)
    .where(changeWhere(f))
    .groupBy(a.txid)
    .having(cursor ? sql`${lastSeq} < ${cursor.key}::bigint` : undefined)
    .orderBy(sql`${lastSeq} desc`)
    .limit(limit);
  if (groups.length === 0) return { groups, entries: [] };
  const entries = await tx
    .select({ ...ENTRY_COLUMNS, context: a.context, txid: a.txid })
    .from(a)
    .where(
      and(
        eq(a.workspace_id, f.workspaceId),
        inArray(
          a.txid,
          groups.map((g) => g.txid),
        ),
      ),
    )
    .orderBy(a.seq);
  return { groups, entries: entries as unknown as ChangeEntry[] };
}

/** The number of change groups (one per transaction), bounded like every filtered list's. */
export async function countChanges(tx: Database, f: ChangeFilters): Promise<Total> {
  return boundedCount(tx, a, changeWhere(f), { distinct: a.txid });
}

/** Names of the contacts and invoices some entries refer to by id ("Acme Ltd", "INV-0007"). */
export async function selectNames(tx: Database, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (ids.length === 0) return names;
  const c = tables.contacts;
  const i = tables.invoices;
  const [contacts, invoices] = [
    await tx
      .select({ id: c.id, first_name: c.first_name, last_name: c.last_name })
      .from(c)
      .where(and(eq(c.workspace_id, workspaceId), inArray(c.id, ids))),
    await tx
      .select({ id: i.id, invoice_number: i.invoice_number })
      .from(i)
      .where(and(eq(i.workspace_id, workspaceId), inArray(i.id, ids))),
  ];
  const u = tables.users;
  // the people member changes name (RLS shows the workspace's members and oneself)
  const people = await tx
    .select({ id: u.id, first_name: u.first_name, last_name: u.last_name, email: u.email })
    .from(u)
    .where(inArray(u.id, ids));
  for (const row of contacts) names.set(row.id, [row.first_name, row.last_name].filter(Boolean).join(' '));
  for (const row of invoices) names.set(row.id, row.invoice_number);
  for (const row of people) names.set(row.id, [row.first_name, row.last_name].filter(Boolean).join(' ') || row.email || 'a member');
  return names;
}
